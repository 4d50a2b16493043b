// SPDX-License-Identifier: GPL-3.0-or-later
// musterctl's command line, which scripts and chat bots call. They rely on each of the nine
// commands taking exactly the arguments and options docs/musterctl.md shows, with options allowed
// after the positional arguments; on the global options (data directory made absolute, relay URL,
// workspace, user) arriving intact; and on every mistake (no command, an unknown one, a wrong
// number of arguments, an option the command does not take, an out-of-range value) being refused
// with a usage message before anything touches the database, which musterctl turns into
// exitcode::Usage.
#include "cli/ctlcommandline.h"

#include <QDir>
#include <QTest>

using namespace muster;

namespace {

QStringList words(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class TestCtlCommandLine : public QObject
{
    Q_OBJECT

    static CtlCommandLine parse(QStringList args)
    {
        args.prepend(QStringLiteral("musterctl"));
        return parseCtlCommandLine(args);
    }

private Q_SLOTS:
    void commandsTakeTheirArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("declare") << words({"declare", "--title", "Checkout 500s", "--severity", "2",
                                           "--summary", "Card payments fail", "--service", "checkout",
                                           "--service", "payments"})
                                 << QStringLiteral("declare") << QStringList();
        QTest::newRow("log") << words({"log", "INC", "Rolled back 4.2.1", "--kind", "decision"})
                             << QStringLiteral("log") << words({"INC", "Rolled back 4.2.1"});
        QTest::newRow("assign") << words({"assign", "INC", "ic", "Alice"}) << QStringLiteral("assign")
                                << words({"INC", "ic", "Alice"});
        QTest::newRow("status") << words({"status", "INC", "mitigated"}) << QStringLiteral("status")
                                << words({"INC", "mitigated"});
        QTest::newRow("severity") << words({"severity", "INC", "1"}) << QStringLiteral("severity")
                                  << words({"INC", "1"});
        QTest::newRow("list") << words({"list", "--json"}) << QStringLiteral("list") << QStringList();
        QTest::newRow("show") << words({"show", "INC", "--json"}) << QStringLiteral("show") << words({"INC"});
        QTest::newRow("sync") << words({"sync", "--timeout", "7"}) << QStringLiteral("sync") << QStringList();
        QTest::newRow("export") << words({"export", "INC", "--format", "json", "--output", "f.json"})
                                << QStringLiteral("export") << words({"INC"});
        QTest::newRow("audience") << words(
            {"audience", "Exec team", "--type", "executives", "--to", "a@example.com"})
                                  << QStringLiteral("audience") << words({"Exec team"});
        QTest::newRow("comms") << words({"comms", "INC", "--audience", "Exec team", "--text"})
                               << QStringLiteral("comms") << words({"INC"});
        QTest::newRow("alerts") << words({"alerts", "--alertmanager", "http://127.0.0.1:9093", "--json"})
                                << QStringLiteral("alerts") << QStringList();
        QTest::newRow("acknowledge") << words(
            {"acknowledge", "6a4f37c34a2d1e4b", "8b1d", "--alertmanager", "https://am.example/am/"})
                                     << QStringLiteral("acknowledge") << words({"6a4f37c34a2d1e4b", "8b1d"});
        QTest::newRow("options before the command")
            << words({"--workspace", "payments", "--kind", "action", "log", "INC", "Paged DBA"})
            << QStringLiteral("log") << words({"INC", "Paged DBA"});
    }
    void commandsTakeTheirArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        QFETCH(QStringList, arguments);
        const CtlCommandLine cli = parse(args);
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QVERIFY(cli.output.isEmpty());
        QCOMPARE(cli.command, command);
        QCOMPARE(cli.arguments, arguments);
    }

    void declareTakesItsOptions()
    {
        const CtlCommandLine cli
            = parse(words({"declare", "--title", "Checkout 500s", "--severity", "2", "--summary",
                           "Card payments fail", "--service", "checkout", "--service", "payments"}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(cli.title, QStringLiteral("Checkout 500s"));
        QCOMPARE(cli.severity, 2);
        QCOMPARE(cli.summary, QStringLiteral("Card payments fail"));
        QCOMPARE(cli.services, words({"checkout", "payments"}));

        const CtlCommandLine bare = parse(words({"declare", "--title", "Login slow", "--severity", "4"}));
        QVERIFY2(bare.error.isEmpty(), qPrintable(bare.error));
        QCOMPARE(bare.severity, 4);
        QVERIFY(bare.summary.isEmpty());
        QVERIFY(bare.services.isEmpty());
    }

    void commandOptions()
    {
        const CtlCommandLine log = parse(words({"log", "INC", "Rolled back", "--kind", "decision"}));
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QCOMPARE(log.kind, QStringLiteral("decision"));
        QCOMPARE(parse(words({"log", "INC", "Rolled back"})).kind, QStringLiteral("note"));

        QVERIFY(parse(words({"list", "--json"})).json);
        QVERIFY(!parse(words({"list"})).json);
        QVERIFY(parse(words({"show", "INC", "--json"})).json);

        const CtlCommandLine sync = parse(words({"sync", "--timeout", "7"}));
        QVERIFY2(sync.error.isEmpty(), qPrintable(sync.error));
        QCOMPARE(sync.timeoutSeconds, 7);
        QCOMPARE(parse(words({"sync"})).timeoutSeconds, 30);

        const CtlCommandLine exported
            = parse(words({"export", "INC", "--format", "json", "--output", "f.json"}));
        QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
        QCOMPARE(exported.format, QStringLiteral("json"));
        QCOMPARE(exported.outputPath, QStringLiteral("f.json"));
        QVERIFY(parse(words({"export", "INC", "--format", "json"})).outputPath.isEmpty());
        const CtlCommandLine audience
            = parse(words({"audience", "Exec team", "--type", "executives", "--to", "a@example.com", "--to",
                           "b@example.com", "--cc", "c@example.com", "--zone", "Europe/Berlin"}));
        QVERIFY2(audience.error.isEmpty(), qPrintable(audience.error));
        QCOMPARE(audience.to, words({"a@example.com", "b@example.com"}));
        QCOMPARE(audience.cc, words({"c@example.com"}));
        QCOMPARE(audience.zone, QStringLiteral("Europe/Berlin"));
        const CtlCommandLine draft
            = parse(words({"comms", "INC", "--audience", "Exec team", "--stage", "resolved", "--eml", "u.eml",
                           "--sent", "--remaining", "None"}));
        QVERIFY2(draft.error.isEmpty(), qPrintable(draft.error));
        QCOMPARE(draft.stage, QStringLiteral("resolved"));
        QCOMPARE(draft.emlPath, QStringLiteral("u.eml"));
        QVERIFY(draft.markSent && !draft.text);
        QCOMPARE(draft.remaining, QStringLiteral("None"));
        for (const char *format : {"md", "pdf"}) {
            const CtlCommandLine other = parse(words({"export", "INC", "--format", format}));
            QVERIFY2(other.error.isEmpty(), qPrintable(other.error));
            QCOMPARE(other.format, QString::fromLatin1(format));
        }

        const CtlCommandLine ack
            = parse(words({"acknowledge", "6a4f", "--alertmanager", "http://am:9093/prefix", "--incident",
                           "01M86", "--timeout", "5"}));
        QVERIFY2(ack.error.isEmpty(), qPrintable(ack.error));
        QCOMPARE(ack.alertmanager, QUrl(QStringLiteral("http://am:9093/prefix")));
        QCOMPARE(ack.incident, QStringLiteral("01M86"));
        QCOMPARE(ack.timeoutSeconds, 5);
    }

    void globalOptions()
    {
        const CtlCommandLine cli
            = parse(words({"--data-dir", "rel/dir", "--relay", "ws://127.0.0.1:7447", "--workspace",
                           "payments", "--user", " Priya Raman ", "list"}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QVERIFY(QDir::isAbsolutePath(cli.dataDir));
        QVERIFY2(cli.dataDir.endsWith(QStringLiteral("/rel/dir")), qPrintable(cli.dataDir));
        QCOMPARE(cli.relay, QUrl(QStringLiteral("ws://127.0.0.1:7447")));
        QCOMPARE(cli.workspace, QStringLiteral("payments"));
        QCOMPARE(cli.user, QStringLiteral("Priya Raman"));

        const CtlCommandLine secure = parse(words({"--relay", "wss://relay.example.com/muster", "sync"}));
        QVERIFY2(secure.error.isEmpty(), qPrintable(secure.error));
        QCOMPARE(secure.relay, QUrl(QStringLiteral("wss://relay.example.com/muster")));

        // Global options may follow the command too.
        const CtlCommandLine after
            = parse(words({"list", "--workspace", "payments", "--data-dir", "/srv/m"}));
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QCOMPARE(after.workspace, QStringLiteral("payments"));
        QCOMPARE(after.dataDir, QStringLiteral("/srv/m"));
    }

    void globalDefaults()
    {
        const CtlCommandLine cli = parse(words({"list"}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(cli.workspace, QStringLiteral("default"));
        QVERIFY(cli.relay.isEmpty()); // local only
        QVERIFY(!cli.user.isEmpty());
        // The desktop app's own data directory, so musterctl sees the same incidents.
        QVERIFY2(cli.dataDir.endsWith(QStringLiteral("Muster/muster")), qPrintable(cli.dataDir));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << QStringLiteral("no command");
        QTest::newRow("only global options")
            << words({"--workspace", "payments"}) << QStringLiteral("no command");
        QTest::newRow("unknown command") << words({"resolve", "INC"}) << QStringLiteral("'resolve'");
        QTest::newRow("log with one argument") << words({"log", "INC"}) << QStringLiteral("musterctl log ");
        QTest::newRow("assign with two arguments")
            << words({"assign", "INC", "ic"}) << QStringLiteral("musterctl assign ");
        QTest::newRow("status with three arguments")
            << words({"status", "INC", "mitigated", "now"}) << QStringLiteral("musterctl status ");
        QTest::newRow("show without incident") << words({"show"}) << QStringLiteral("musterctl show ");
        QTest::newRow("list with an argument") << words({"list", "all"}) << QStringLiteral("musterctl list ");
        QTest::newRow("list --title") << words({"list", "--title", "x"}) << QStringLiteral("--title");
        QTest::newRow("show --kind") << words({"show", "INC", "--kind", "note"}) << QStringLiteral("--kind");
        QTest::newRow("sync --json") << words({"sync", "--json"}) << QStringLiteral("--json");
        QTest::newRow("status --severity")
            << words({"status", "INC", "mitigated", "--severity", "1"}) << QStringLiteral("--severity");
        QTest::newRow("metrics without chart")
            << words({"metrics"}) << QStringLiteral("--chart wants one of");
        QTest::newRow("metrics unknown chart")
            << words({"metrics", "--chart", "pie"}) << QStringLiteral("response-over-time");
        QTest::newRow("metrics bad day")
            << words({"metrics", "--chart", "mtbf", "--from", "2026-02-30"}) << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("metrics backwards")
            << words({"metrics", "--chart", "mtbf", "--from", "2026-11-02", "--to", "2026-11-01"})
            << QStringLiteral("before --from");
        QTest::newRow("metrics two services")
            << words({"metrics", "--chart", "mtbf", "--service", "a", "--service", "b"})
            << QStringLiteral("one --service");
        QTest::newRow("metrics bad severity")
            << words({"metrics", "--chart", "mtbf", "--severity", "5"}) << QStringLiteral("1, 2, 3 or 4");
        QTest::newRow("metrics by year")
            << words({"metrics", "--chart", "mtbf", "--by", "year"}) << QStringLiteral("week or month");
        QTest::newRow("declare without title")
            << words({"declare", "--severity", "2"}) << QStringLiteral("musterctl declare ");
        QTest::newRow("declare with blank title") << words({"declare", "--title", "   ", "--severity", "2"})
                                                  << QStringLiteral("musterctl declare ");
        QTest::newRow("declare without severity")
            << words({"declare", "--title", "Checkout 500s"}) << QStringLiteral("musterctl declare ");
        QTest::newRow("severity 5") << words({"declare", "--title", "T", "--severity", "5"})
                                    << QStringLiteral("--severity");
        QTest::newRow("severity 0") << words({"declare", "--title", "T", "--severity", "0"})
                                    << QStringLiteral("--severity");
        QTest::newRow("severity as text")
            << words({"declare", "--title", "T", "--severity", "high"}) << QStringLiteral("--severity");
        QTest::newRow("relay over http")
            << words({"--relay", "http://x", "sync"}) << QStringLiteral("--relay");
        QTest::newRow("relay not a url")
            << words({"--relay", "not a url", "sync"}) << QStringLiteral("--relay");
        QTest::newRow("relay without host")
            << words({"--relay", "ws://", "sync"}) << QStringLiteral("--relay");
        QTest::newRow("workspace with spaces")
            << words({"--workspace", "no spaces", "list"}) << QStringLiteral("workspace");
        QTest::newRow("workspace escaping")
            << words({"--workspace", "../etc", "list"}) << QStringLiteral("workspace");
        QTest::newRow("empty workspace") << words({"--workspace", "", "list"}) << QStringLiteral("workspace");
        QTest::newRow("timeout 0") << words({"sync", "--timeout", "0"}) << QStringLiteral("--timeout");
        QTest::newRow("timeout above a day")
            << words({"sync", "--timeout", "86401"}) << QStringLiteral("--timeout");
        QTest::newRow("timeout as text")
            << words({"sync", "--timeout", "soon"}) << QStringLiteral("--timeout");
        QTest::newRow("audience of no type")
            << words({"audience", "X", "--type", "press", "--to", "a@example.com"})
            << QStringLiteral("--type");
        QTest::newRow("audience without to")
            << words({"audience", "X", "--type", "support"}) << QStringLiteral("--to");
        QTest::newRow("comms without audience")
            << words({"comms", "INC", "--text"}) << QStringLiteral("--audience");
        QTest::newRow("comms with both outputs")
            << words({"comms", "INC", "--audience", "X", "--text", "--eml", "u.eml"})
            << QStringLiteral("one of");
        QTest::newRow("comms with neither output")
            << words({"comms", "INC", "--audience", "X"}) << QStringLiteral("one of");
        QTest::newRow("comms of an unknown stage")
            << words({"comms", "INC", "--audience", "X", "--text", "--stage", "final"})
            << QStringLiteral("--stage");
        QTest::newRow("export as docx")
            << words({"export", "INC", "--format", "docx"}) << QStringLiteral("md, pdf or json");
        QTest::newRow("export without format") << words({"export", "INC"}) << QStringLiteral("--format");
        QTest::newRow("alerts without alertmanager") << words({"alerts"}) << QStringLiteral("--alertmanager");
        QTest::newRow("alertmanager over ws")
            << words({"alerts", "--alertmanager", "ws://127.0.0.1:9093"}) << QStringLiteral("http://");
        QTest::newRow("alertmanager not a url")
            << words({"alerts", "--alertmanager", "http://[::1"}) << QStringLiteral("--alertmanager");
        QTest::newRow("acknowledge nothing") << words({"acknowledge", "--alertmanager", "http://am:9093"})
                                             << QStringLiteral("musterctl acknowledge ");
        QTest::newRow("fingerprint with SQL")
            << words({"acknowledge", "x'; DROP TABLE ops; --", "--alertmanager", "http://am:9093"})
            << QStringLiteral("not an alert fingerprint");
        QTest::newRow("fingerprint too long")
            << QStringList {QStringLiteral("acknowledge"), QString(65, u'a'),
                            QStringLiteral("--alertmanager"), QStringLiteral("http://am:9093")}
            << QStringLiteral("not an alert fingerprint");
        QTest::newRow("list --alertmanager")
            << words({"list", "--alertmanager", "http://am:9093"}) << QStringLiteral("--alertmanager");
        QTest::newRow("log --incident")
            << words({"log", "INC", "x", "--incident", "INC"}) << QStringLiteral("--incident");
        QTest::newRow("unknown option") << words({"list", "--frobnicate"}) << QStringLiteral("frobnicate");
        QTest::newRow("missing option value")
            << words({"list", "--data-dir"}) << QStringLiteral("--data-dir");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CtlCommandLine cli = parse(args);
        QVERIFY2(!cli.error.isEmpty(), "the command line was accepted");
        QVERIFY2(cli.error.contains(message), qPrintable(cli.error));
        QVERIFY(cli.output.isEmpty());
    }

    void metricsTakesItsOptions()
    {
        const CtlCommandLine cli = parse(
            words({"metrics", "--chart", "role-time", "--from", "2026-09-01", "--to", "2026-11-30",
                   "--service", "checkout", "--severity", "1", "--by", "month", "--output", "load.csv"}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(cli.chart, QStringLiteral("role-time"));
        QCOMPARE(cli.fromDate, QStringLiteral("2026-09-01"));
        QCOMPARE(cli.toDate, QStringLiteral("2026-11-30"));
        QCOMPARE(cli.services, QStringList {QStringLiteral("checkout")});
        QCOMPARE(cli.severity, 1);
        QVERIFY(cli.byMonth);
        QCOMPARE(cli.outputPath, QStringLiteral("load.csv"));
        QVERIFY(!parse(words({"metrics", "--chart", "mtbf"})).byMonth);
        QCOMPARE(parse(words({"metrics", "--chart", "mtbf"})).severity, 0);
    }

    void helpListsEveryCommand()
    {
        const CtlCommandLine cli = parse(words({"--help"}));
        QVERIFY(cli.error.isEmpty());
        for (const char *command : {"declare", "log", "assign", "status", "severity", "list", "show", "sync",
                                    "export", "metrics"}) {
            QVERIFY2(cli.output.contains(QStringLiteral("\n  ") + QString::fromUtf8(command) + u' '),
                     command);
        }
        for (const char *option : {"--data-dir", "--relay", "--workspace", "--user"})
            QVERIFY2(cli.output.contains(QString::fromUtf8(option)), option);
        // Help wins over a command line that is otherwise wrong.
        QCOMPARE(parse(words({"resolve", "--help"})).output, cli.output);
    }

    void versionNamesTheProgram()
    {
        const CtlCommandLine cli = parse(words({"--version"}));
        QVERIFY(cli.error.isEmpty());
        QVERIFY2(cli.output.startsWith(QStringLiteral("musterctl ")), qPrintable(cli.output));
    }
};

QTEST_GUILESS_MAIN(TestCtlCommandLine)
#include "tst_ctlcommandline.moc"

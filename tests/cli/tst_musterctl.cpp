// SPDX-License-Identifier: GPL-3.0-or-later
// Real processes: a muster-relay and three musterctl replicas making concurrent, conflicting
// changes, one of them offline for part of the run, the relay killed with SIGKILL and restarted.
// Afterwards every replica prints the same list and the same incident, every log entry once.
#include "cli/ctlcommandline.h"
#include "integrations/realalertmanager.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestMusterctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_relay;
    QString m_url;
    quint16 m_port = 0;
    QString m_token; // a member token of the workspace "default", in MUSTER_TOKEN of every musterctl
    QByteArrayList m_everyOutput; // what every process printed: no token may be in it

    // `muster-relay token create …` on the test's relay database; the token it printed.
    QString createToken(const QString &workspace, const QString &role)
    {
        QProcess create;
        create.start(QStringLiteral(RELAY_BINARY),
                     {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--workspace"),
                      workspace, QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("--role"),
                      role, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("relay.sqlite"))});
        if (!create.waitForFinished(30'000) || create.exitCode() != 0)
            return {};
        m_everyOutput.append(create.readAllStandardError());
        return QString::fromLatin1(create.readAllStandardOutput()).trimmed();
    }

    QProcess *startCtl(const QString &replica, const QStringList &arguments, bool online = true,
                       const QString &token = QStringLiteral("default"))
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MUSTER_TOKEN"), token == u"default" ? m_token : token);
        process->setProcessEnvironment(environment);
        QStringList all {QStringLiteral("--data-dir"), m_dir.filePath(replica), QStringLiteral("--user"),
                         replica};
        if (online)
            all << QStringLiteral("--relay") << m_url;
        process->start(QStringLiteral(MUSTERCTL_BINARY), all + arguments);
        return process;
    }
    Result finish(QProcess *process)
    {
        Result result;
        if (!process->waitForFinished(60'000))
            process->kill();
        result.code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        result.out = process->readAllStandardOutput();
        result.err = process->readAllStandardError();
        process->deleteLater();
        m_everyOutput << result.out << result.err;
        return result;
    }
    Result ctl(const QString &replica, const QStringList &arguments, bool online = true,
               const QString &token = QStringLiteral("default"))
    {
        return finish(startCtl(replica, arguments, online, token));
    }

    void startRelay(quint16 port)
    {
        m_relay = std::make_unique<QProcess>();
        m_relay->start(QStringLiteral(RELAY_BINARY),
                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                        QStringLiteral("--db"), m_dir.filePath(QStringLiteral("relay.sqlite"))});
        QVERIFY(m_relay->waitForStarted(10'000));
        QVERIFY(QTest::qWaitFor([&] { return m_relay->canReadLine(); }, 10'000));
        const QString line = QString::fromUtf8(m_relay->readLine()).trimmed();
        const auto match
            = QRegularExpression(QStringLiteral("^listening on (ws://127\\.0\\.0\\.1:(\\d+))$")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        m_url = match.captured(1);
        m_port = quint16(match.captured(2).toUInt());
        QVERIFY(m_port != 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_token = createToken(QStringLiteral("default"), QStringLiteral("member"));
        QVERIFY(m_token.startsWith(QStringLiteral("mst_")));
        startRelay(0);
    }

    void cleanupTestCase()
    {
        if (m_relay && m_relay->state() == QProcess::Running) {
            m_relay->terminate();
            QVERIFY(m_relay->waitForFinished(10'000));
            QCOMPARE(m_relay->exitStatus(), QProcess::NormalExit);
            QCOMPARE(m_relay->exitCode(), 0); // SIGTERM: a clean stop
            m_everyOutput << m_relay->readAllStandardOutput() << m_relay->readAllStandardError();
        }
        // Tokens are secrets: no program printed one, except `token create` on its own stdout.
        for (const QByteArray &output : std::as_const(m_everyOutput)) {
            QVERIFY2(!output.contains(m_token.mid(17).toLatin1()), output.constData());
            QVERIFY(!output.contains(m_token.toLatin1()));
        }
    }

    void theRelayLetsInOnlyTheTokensOfTheWorkspace()
    {
        const QString replica = QStringLiteral("eve");
        const QElapsedTimer timer = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        const Result none = ctl(replica, {QStringLiteral("sync")}, true, QStringLiteral(" "));
        QCOMPARE(none.code, exitcode::SyncIncomplete);
        QVERIFY2(none.err.contains("refused the access token: an access token is required"),
                 none.err.constData());
        QVERIFY2(timer.elapsed() < 20'000, "a refused token is reported at once, not after the timeout");

        const Result wrong = ctl(replica, {QStringLiteral("sync")}, true,
                                 QStringLiteral("mst_0123456789ab_") + QString(43, u'A'));
        QCOMPARE(wrong.code, exitcode::SyncIncomplete);
        QVERIFY2(wrong.err.contains("the token is not valid"), wrong.err.constData());

        const QString other = createToken(QStringLiteral("payments"), QStringLiteral("member"));
        const Result elsewhere = ctl(replica, {QStringLiteral("sync")}, true, other);
        QCOMPARE(elsewhere.code, exitcode::SyncIncomplete);
        QVERIFY2(elsewhere.err.contains("refused the workspace"), elsewhere.err.constData());

        // A viewer token reads the workspace but cannot change it; the change stays pending here.
        const QString viewer = createToken(QStringLiteral("default"), QStringLiteral("viewer"));
        const Result declared
            = ctl(replica,
                  {QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("From the wall"),
                   QStringLiteral("--severity"), QStringLiteral("3")},
                  true, viewer);
        QCOMPARE(declared.code, 0); // saved here
        QVERIFY2(declared.err.contains("read the workspace but not change it"), declared.err.constData());
        const Result pushed = ctl(replica, {QStringLiteral("sync")}, true, viewer);
        QCOMPARE(pushed.code, exitcode::SyncIncomplete);
        QVERIFY2(pushed.err.contains("changes not yet acknowledged")
                     && pushed.err.contains("may read the workspace but not change it"),
                 pushed.err.constData());
        QVERIFY2(pushed.err.count('\n') == 1, pushed.err.constData());
    }

    void threeReplicasConvergeThroughConflictsOfflineWorkAndARelayKill()
    {
        const QString a = QStringLiteral("alice"), b = QStringLiteral("bob"), c = QStringLiteral("carol");
        Result declared = ctl(a,
                              {QStringLiteral("declare"), QStringLiteral("--title"),
                               QStringLiteral("Checkout 500s"), QStringLiteral("--severity"),
                               QStringLiteral("2"), QStringLiteral("--service"), QStringLiteral("checkout")});
        QCOMPARE(declared.code, 0);
        QVERIFY2(declared.err.isEmpty(), declared.err.constData());
        const QString id = QString::fromUtf8(declared.out).trimmed();
        QCOMPARE(id.size(), 26);
        QCOMPARE(ctl(b, {QStringLiteral("sync")}).code, 0);
        QCOMPARE(ctl(c, {QStringLiteral("sync")}).code, 0);

        // Carol goes offline and keeps working.
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(
                ctl(c, {QStringLiteral("log"), id, QStringLiteral("carol offline note %1").arg(i)}, false)
                    .code,
                0);
        QCOMPARE(ctl(c, {QStringLiteral("severity"), id, QStringLiteral("1")}, false).code, 0);

        // Alice and Bob at the same moment: both set the severity, both assign IC, both log.
        QList<QProcess *> racing {
            startCtl(a, {QStringLiteral("severity"), id, QStringLiteral("3")}),
            startCtl(b, {QStringLiteral("severity"), id, QStringLiteral("4")}),
        };
        for (QProcess *p : racing)
            QCOMPARE(finish(p).code, 0);
        racing = {startCtl(a, {QStringLiteral("assign"), id, QStringLiteral("ic"), QStringLiteral("bob")}),
                  startCtl(b, {QStringLiteral("assign"), id, QStringLiteral("ic"), QStringLiteral("alice")})};
        for (QProcess *p : racing)
            QCOMPARE(finish(p).code, 0);
        racing = {startCtl(a,
                           {QStringLiteral("log"), id, QStringLiteral("alice: rolled back 4411"),
                            QStringLiteral("--kind"), QStringLiteral("action")}),
                  startCtl(b,
                           {QStringLiteral("log"), id, QStringLiteral("bob: error rate falling"),
                            QStringLiteral("--kind"), QStringLiteral("decision")})};
        for (QProcess *p : racing)
            QCOMPARE(finish(p).code, 0);

        // Alice's last entry was acknowledged (exit 0, no warning). Then the relay dies hard.
        Result acked = ctl(a, {QStringLiteral("log"), id, QStringLiteral("acknowledged before the kill")});
        QCOMPARE(acked.code, 0);
        QVERIFY2(acked.err.isEmpty(), acked.err.constData());
        m_relay->kill();
        QVERIFY(m_relay->waitForFinished(10'000));

        // Meanwhile Bob writes; his sync cannot finish (exit 0: saved, with a warning).
        Result whileDown = ctl(b, {QStringLiteral("log"), id, QStringLiteral("bob while the relay is down")});
        QCOMPARE(whileDown.code, 0);
        QVERIFY(whileDown.err.contains("saved here"));
        Result syncDown = ctl(b, {QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(syncDown.code, exitcode::SyncIncomplete);
        QVERIFY2(syncDown.err.count('\n') == 1, syncDown.err.constData()); // one clear line

        startRelay(m_port);
        // Everyone syncs twice: the first round pushes, the second pulls what others pushed.
        for (int round = 0; round < 2; ++round) {
            for (const QString &replica : {a, b, c})
                QCOMPARE(
                    ctl(replica, {QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("20")})
                        .code,
                    0);
        }

        const QByteArray listA = ctl(a, {QStringLiteral("list"), QStringLiteral("--json")}, false).out;
        const QByteArray showA = ctl(a, {QStringLiteral("show"), id, QStringLiteral("--json")}, false).out;
        for (const QString &replica : {b, c}) {
            QCOMPARE(ctl(replica, {QStringLiteral("list"), QStringLiteral("--json")}, false).out, listA);
            QCOMPARE(ctl(replica, {QStringLiteral("show"), id, QStringLiteral("--json")}, false).out, showA);
        }

        const QJsonObject incident = QJsonDocument::fromJson(showA).object();
        const QJsonArray log = incident.value(QStringLiteral("log")).toArray();
        QSet<QString> ids;
        QStringList texts;
        for (const QJsonValue &entry : log) {
            ids.insert(entry.toObject().value(QStringLiteral("id")).toString());
            texts.append(entry.toObject().value(QStringLiteral("text")).toString());
            QVERIFY(entry.toObject().value(QStringLiteral("synced")).toBool());
        }
        QCOMPARE(ids.size(), log.size()); // nothing twice
        for (const QString &text :
             {QStringLiteral("carol offline note 1"), QStringLiteral("carol offline note 3"),
              QStringLiteral("alice: rolled back 4411"), QStringLiteral("bob: error rate falling"),
              QStringLiteral("acknowledged before the kill"), QStringLiteral("bob while the relay is down")})
            QCOMPARE(texts.count(text), 1); // nothing lost
        const int severity = incident.value(QStringLiteral("severity")).toInt();
        QVERIFY(severity >= 1 && severity <= 4);
        const QString commander = incident.value(QStringLiteral("roles"))
                                      .toObject()
                                      .value(QStringLiteral("ic"))
                                      .toObject()
                                      .value(QStringLiteral("name"))
                                      .toString();
        QVERIFY2(commander == u"bob" || commander == u"alice", qPrintable(commander));

        // A newcomer catches up on everything from the relay alone.
        QCOMPARE(ctl(QStringLiteral("dave"), {QStringLiteral("sync")}).code, 0);
        QCOMPARE(
            ctl(QStringLiteral("dave"), {QStringLiteral("show"), id, QStringLiteral("--json")}, false).out,
            showA);
    }

    void errorsHaveDocumentedExitCodesAndOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addRow("no command") << QStringList {} << exitcode::Usage;
        QTest::addRow("unknown incident")
            << QStringList {QStringLiteral("show"), QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA9")}
            << exitcode::NotFound;
        QTest::addRow("control characters")
            << QStringList {QStringLiteral("declare"), QStringLiteral("--title"),
                            QStringLiteral("bad\x01title"), QStringLiteral("--severity"), QStringLiteral("2")}
            << exitcode::Invalid;
        QTest::addRow("bad state") << QStringList {QStringLiteral("status"),
                                                   QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA9"),
                                                   QStringLiteral("on-fire")}
                                   << exitcode::NotFound;
    }
    void errorsHaveDocumentedExitCodesAndOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const Result result = ctl(QStringLiteral("errors"), arguments, false);
        QCOMPARE(result.code, code);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.startsWith("musterctl: "));
        QVERIFY(result.out.isEmpty());
    }

    void exportWritesTheWholeIncidentAsJson()
    {
        const Result declared
            = ctl(QStringLiteral("exporter"),
                  {QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Ünïcode «title» 🚒"),
                   QStringLiteral("--severity"), QStringLiteral("3")},
                  false);
        QCOMPARE(declared.code, 0);
        const QString id = QString::fromUtf8(declared.out).trimmed();
        const QString file = m_dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(ctl(QStringLiteral("exporter"),
                     {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--output"), file},
                     false)
                     .code,
                 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("muster-incident"));
        QCOMPARE(document.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(
            document.value(QStringLiteral("incident")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("Ünïcode «title» 🚒"));
    }

    // The evidence a retrospective rests on: after a sync, verify finds every chain whole and
    // says the head the export carries; an entry edited in the database afterwards is named,
    // with exit code 7.
    void verifyChecksTheLogChainAndFindsAnEditedEntry()
    {
        const QString replica = QStringLiteral("witness");
        const Result declared = ctl(replica,
                                    {QStringLiteral("declare"), QStringLiteral("--title"),
                                     QStringLiteral("DNS resolution failing"), QStringLiteral("--severity"),
                                     QStringLiteral("2")});
        QCOMPARE(declared.code, 0);
        const QString id = QString::fromUtf8(declared.out).trimmed();
        for (const QString &text :
             {QStringLiteral("Flushed resolver caches"), QStringLiteral("Pinned TTL to 60 s")})
            QCOMPARE(ctl(replica, {QStringLiteral("log"), id, text}).code, 0);
        QCOMPARE(ctl(replica, {QStringLiteral("sync")}).code, 0);

        const Result verified = ctl(replica, {QStringLiteral("verify"), id, QStringLiteral("--json")}, false);
        QCOMPARE(verified.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(verified.out).object();
        QVERIFY(report.value(QStringLiteral("holds")).toBool());
        const QJsonObject incident = report.value(QStringLiteral("incidents")).toArray().first().toObject();
        QCOMPARE(incident.value(QStringLiteral("id")).toString(), id);
        QCOMPARE_GE(incident.value(QStringLiteral("entries")).toInt(), 3);
        QCOMPARE(incident.value(QStringLiteral("unsequenced")).toInt(), 0);
        const QString head = incident.value(QStringLiteral("head")).toString();
        QCOMPARE(head.size(), 64);
        const Result exported
            = ctl(replica, {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("json")},
                  false);
        QCOMPARE(exported.code, 0);
        const QJsonObject chain
            = QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("logChain")).toObject();
        QCOMPARE(chain.value(QStringLiteral("head")).toString(), head);
        QCOMPARE(chain.value(QStringLiteral("entries")).toInt(),
                 incident.value(QStringLiteral("entries")).toInt());

        {
            Database db;
            QVERIFY(
                !db.open(QDir(m_dir.filePath(replica)).filePath(QStringLiteral("default.muster.sqlite"))));
            QVERIFY(!db.exec(QStringLiteral("UPDATE log_entries SET text = ? WHERE text = ?"),
                             {QStringLiteral("Did nothing"), QStringLiteral("Flushed resolver caches")}));
        }
        const Result broken = ctl(replica, {QStringLiteral("verify")}, false);
        QCOMPARE(broken.code, 7);
        QVERIFY2(broken.out.contains("BROKEN"), broken.out.constData());
        QVERIFY2(broken.out.contains("does not match its recorded hash"), broken.out.constData());
        QCOMPARE(broken.err.count('\n'), 1);
    }

    // A script's monthly report: the CSV behind a chart of the Metrics screen, drills left out.
    void metricsWritesTheCsvBehindAChart()
    {
        const QString me = QStringLiteral("reporter");
        for (const char *severity : {"1", "2", "2"}) {
            QCOMPARE(
                ctl(me,
                    {QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Checkout down"),
                     QStringLiteral("--severity"), QString::fromLatin1(severity), QStringLiteral("--service"),
                     QStringLiteral("checkout")},
                    false)
                    .code,
                0);
        }
        const Result csv = ctl(
            me,
            {QStringLiteral("metrics"), QStringLiteral("--chart"), QStringLiteral("incidents-per-period")},
            false);
        QCOMPARE(csv.code, 0);
        QVERIFY2(csv.err.isEmpty(), csv.err.constData());
        const QStringList lines
            = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13); // the header and the twelve weeks up to today
        QCOMPARE(lines.first(), QStringLiteral("period_start,sev1,sev2,sev3,sev4,total"));
        QVERIFY2(lines.last().endsWith(QStringLiteral(",1,2,0,0,3")), qPrintable(lines.last()));

        const QString file = m_dir.filePath(QStringLiteral("severity.csv"));
        QCOMPARE(ctl(me,
                     {QStringLiteral("metrics"), QStringLiteral("--chart"), QStringLiteral("by-severity"),
                      QStringLiteral("--severity"), QStringLiteral("2"), QStringLiteral("--output"), file},
                     false)
                     .code,
                 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = written.readAll().split('\n');
        QVERIFY(rows.at(1).startsWith("SEV1,0,")); // filtered out
        QCOMPARE(ctl(me, {QStringLiteral("metrics"), QStringLiteral("--chart"), QStringLiteral("pie")}, false)
                     .code,
                 2);
    }

    // What a Communications Lead's script does: set up an audience, draft the first notice from the
    // live incident, write it as an .eml and record it as sent.
    void commsDraftsFromTheIncidentWritesAnEmlAndRecordsItAsSent()
    {
        const Result declared
            = ctl(QStringLiteral("comms"),
                  {QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Zahlungen gestört"),
                   QStringLiteral("--severity"), QStringLiteral("1"), QStringLiteral("--service"),
                   QStringLiteral("payments")},
                  false);
        QCOMPARE(declared.code, 0);
        const QString id = QString::fromUtf8(declared.out).trimmed();
        QCOMPARE(
            ctl(QStringLiteral("comms"),
                {QStringLiteral("audience"), QStringLiteral("Exec team"), QStringLiteral("--type"),
                 QStringLiteral("executives"), QStringLiteral("--to"), QStringLiteral("execs@example.com"),
                 QStringLiteral("--cc"), QStringLiteral("Chief Finance <cfo@example.com>"),
                 QStringLiteral("--zone"), QStringLiteral("Europe/Berlin")},
                false)
                .code,
            0);
        const Result listed
            = ctl(QStringLiteral("comms"), {QStringLiteral("audiences"), QStringLiteral("--json")}, false);
        QCOMPARE(
            QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("audiences")).toArray().size(),
            1);

        // Printed: the template filled from the incident, and a warning for what nobody wrote yet.
        const Result text = ctl(QStringLiteral("comms"),
                                {QStringLiteral("comms"), id, QStringLiteral("--audience"),
                                 QStringLiteral("exec team"), QStringLiteral("--text")},
                                false);
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.startsWith("To: execs@example.com\nCc: Chief Finance <cfo@example.com>\n"
                                    "Subject: [SEV1] Incident declared: Zahlungen gestört\n"));
        QVERIFY(text.out.contains("Affected: payments"));
        QVERIFY(text.out.contains(" CET"));
        QVERIFY(text.err.contains("warning: placeholder “{{impact}}”"));

        const QString eml = m_dir.filePath(QStringLiteral("first.eml"));
        QCOMPARE(ctl(QStringLiteral("comms"),
                     {QStringLiteral("comms"), id, QStringLiteral("--audience"), QStringLiteral("Exec team"),
                      QStringLiteral("--eml"), eml, QStringLiteral("--sent")},
                     false)
                     .code,
                 0);
        QFile file(eml);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\r\nTo: execs@example.com\r\n"));
        QVERIFY(bytes.contains("\r\nSubject: =?UTF-8?B?"));
        QVERIFY(bytes.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));

        // Recorded: the incident's history and its log have it, and the stage moves on.
        const QJsonObject shown
            = QJsonDocument::fromJson(
                  ctl(QStringLiteral("comms"), {QStringLiteral("show"), id, QStringLiteral("--json")}, false)
                      .out)
                  .object();
        const QJsonArray updates = shown.value(QStringLiteral("updates")).toArray();
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.at(0).toObject().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("initial"));
        QCOMPARE(updates.at(0).toObject().value(QStringLiteral("to")).toArray().at(0).toString(),
                 QStringLiteral("execs@example.com"));
        const QJsonArray log = shown.value(QStringLiteral("log")).toArray();
        QVERIFY(log.last()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(
                        QStringLiteral("Stakeholder update sent to Exec team: [SEV1] Incident declared")));
        const Result second = ctl(QStringLiteral("comms"),
                                  {QStringLiteral("comms"), id, QStringLiteral("--audience"),
                                   QStringLiteral("Exec team"), QStringLiteral("--text")},
                                  false);
        QVERIFY(second.out.contains("Subject: [SEV1] Update: Zahlungen gestört (Investigating)"));

        // Refused: a bad address, an unknown audience.
        QCOMPARE(ctl(QStringLiteral("comms"),
                     {QStringLiteral("audience"), QStringLiteral("Bad"), QStringLiteral("--type"),
                      QStringLiteral("support"), QStringLiteral("--to"),
                      QStringLiteral("support@example.com\nBcc: x@y.z")},
                     false)
                     .code,
                 4);
        QCOMPARE(ctl(QStringLiteral("comms"),
                     {QStringLiteral("comms"), id, QStringLiteral("--audience"), QStringLiteral("Nobody"),
                      QStringLiteral("--text")},
                     false)
                     .code,
                 3);
    }

    void exportWritesMarkdownAndPdfToStdoutOrAFile()
    {
        const Result declared
            = ctl(QStringLiteral("writer"),
                  {QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Search | index lag"),
                   QStringLiteral("--severity"), QStringLiteral("2")},
                  false);
        QCOMPARE(declared.code, 0);
        const QString id = QString::fromUtf8(declared.out).trimmed();
        QCOMPARE(ctl(QStringLiteral("writer"),
                     {QStringLiteral("log"), id, QStringLiteral("Paused the reindex job"),
                      QStringLiteral("--kind"), QStringLiteral("decision")},
                     false)
                     .code,
                 0);

        const Result markdown
            = ctl(QStringLiteral("writer"),
                  {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("md")}, false);
        QCOMPARE(markdown.code, 0);
        QVERIFY2(markdown.out.startsWith("# Retrospective: Search \\| index lag\n"),
                 markdown.out.left(80).constData());
        QVERIFY(markdown.out.contains("Paused the reindex job"));

        // Binary on standard output, byte for byte (a pipe here, as in `> file`).
        const Result pdf
            = ctl(QStringLiteral("writer"),
                  {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf")}, false);
        QCOMPARE(pdf.code, 0);
        QVERIFY(pdf.out.startsWith("%PDF-"));
        QVERIFY(pdf.out.trimmed().endsWith("%%EOF"));
        const QString file = m_dir.filePath(QStringLiteral("retro.pdf"));
        QCOMPARE(ctl(QStringLiteral("writer"),
                     {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("--output"), file},
                     false)
                     .code,
                 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("%PDF-"));

        // A place that cannot be written: one line, exit 1, nothing left behind.
        const Result refused
            = ctl(QStringLiteral("writer"),
                  {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("md"),
                   QStringLiteral("--output"), m_dir.filePath(QStringLiteral("no/such/dir/r.md"))},
                  false);
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY(refused.err.startsWith("musterctl: cannot write"));
    }

    // What a script does when a page arrives: list what fires in a real Alertmanager, declare
    // an incident from two alerts, then add a third to it.
    void acknowledgeDeclaresFromARealAlertmanagerWithTheTimeTheFirstAlertStarted()
    {
        testing::RealAlertmanager am;
        QVERIFY2(am.start(), am.output().constData());
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-7 * 60).addMSecs(-123);
        QCOMPARE(am.post(QStringLiteral("/api/v2/alerts"),
                         QJsonDocument(QJsonArray {
                             testing::alertJson(QStringLiteral("HighErrorRate"),
                                                QStringLiteral("checkout-api"), QStringLiteral("critical"),
                                                QStringLiteral("5xx above 5%"), started),
                             testing::alertJson(QStringLiteral("HighErrorRate"),
                                                QStringLiteral("payments-api"), QStringLiteral("warning"),
                                                QStringLiteral("5xx above 1%"), started.addSecs(60)),
                             testing::alertJson(QStringLiteral("DiskFull"), QStringLiteral("orders-db"),
                                                QStringLiteral("warning"), QStringLiteral("disk 93%"),
                                                started.addSecs(-600))})),
                 200);
        const QString url = am.url().toString();
        const QString pager = QStringLiteral("pager");
        QJsonArray listed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (listed = QJsonDocument::fromJson(ctl(pager,
                                                  {QStringLiteral("alerts"), QStringLiteral("--alertmanager"),
                                                   url, QStringLiteral("--json")},
                                                  false)
                                                  .out)
                          .array())
                    .size()
                == 3,
            10'000);
        // Most severe first.
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("service")).toString(),
                 QStringLiteral("checkout-api"));
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("severity")).toInt(), 2);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("incident")).toString(), QString());
        QString checkout, payments, disk;
        for (const QJsonValue &alert : listed) {
            const QString service = alert.toObject().value(QStringLiteral("service")).toString();
            const QString fingerprint = alert.toObject().value(QStringLiteral("fingerprint")).toString();
            (service == u"checkout-api"       ? checkout
                 : service == u"payments-api" ? payments
                                              : disk)
                = fingerprint;
        }

        const Result declared = ctl(
            pager, {QStringLiteral("acknowledge"), payments, checkout, QStringLiteral("--alertmanager"), url},
            false);
        QCOMPARE(declared.code, 0);
        const QString id = QString::fromUtf8(declared.out).trimmed();
        QCOMPARE(id.size(), 26);
        QJsonObject incident
            = QJsonDocument::fromJson(
                  ctl(pager, {QStringLiteral("show"), id, QStringLiteral("--json")}, false).out)
                  .object();
        QCOMPARE(incident.value(QStringLiteral("title")).toString(),
                 QStringLiteral("checkout-api: 5xx above 5%"));
        QCOMPARE(incident.value(QStringLiteral("severity")).toInt(), 2);
        QCOMPARE(incident.value(QStringLiteral("alerts")).toArray().size(), 2);
        const QString detected = incident.value(QStringLiteral("milestones"))
                                     .toObject()
                                     .value(QStringLiteral("detected"))
                                     .toString();
        QCOMPARE(QDateTime::fromString(detected, Qt::ISODateWithMs), started);
        QVERIFY(incident.value(QStringLiteral("milestones"))
                    .toObject()
                    .value(QStringLiteral("acknowledged"))
                    .toString()
                > detected);

        // Again: the same incident, nothing new.
        const Result again = ctl(
            pager, {QStringLiteral("acknowledge"), checkout, payments, QStringLiteral("--alertmanager"), url},
            false);
        QCOMPARE(again.code, 0);
        QCOMPARE(QString::fromUtf8(again.out).trimmed(), id);

        // The disk alert started ten minutes earlier still: added, it moves Detected back.
        const Result added = ctl(pager,
                                 {QStringLiteral("acknowledge"), disk, QStringLiteral("--alertmanager"), url,
                                  QStringLiteral("--incident"), id.left(10)},
                                 false);
        QCOMPARE(added.code, 0);
        incident = QJsonDocument::fromJson(
                       ctl(pager, {QStringLiteral("show"), id, QStringLiteral("--json")}, false).out)
                       .object();
        QCOMPARE(incident.value(QStringLiteral("alerts")).toArray().size(), 3);
        QCOMPARE(QDateTime::fromString(incident.value(QStringLiteral("milestones"))
                                           .toObject()
                                           .value(QStringLiteral("detected"))
                                           .toString(),
                                       Qt::ISODateWithMs),
                 started.addSecs(-600));
        const QJsonArray alertsNow
            = QJsonDocument::fromJson(ctl(pager,
                                          {QStringLiteral("alerts"), QStringLiteral("--alertmanager"), url,
                                           QStringLiteral("--json")},
                                          false)
                                          .out)
                  .array();
        for (const QJsonValue &alert : alertsNow)
            QCOMPARE(alert.toObject().value(QStringLiteral("incident")).toString(), id);

        // Mistakes: an alert that does not fire, an Alertmanager that is not there.
        const Result unknown = ctl(pager,
                                   {QStringLiteral("acknowledge"), QStringLiteral("0000ffff"),
                                    QStringLiteral("--alertmanager"), url},
                                   false);
        QCOMPARE(unknown.code, exitcode::NotFound);
        QCOMPARE(unknown.err.count('\n'), 1);
        const Result nowhere = ctl(pager,
                                   {QStringLiteral("alerts"), QStringLiteral("--alertmanager"),
                                    QStringLiteral("http://127.0.0.1:%1").arg(testing::freePort())},
                                   false);
        QCOMPARE(nowhere.code, exitcode::AlertmanagerUnreachable);
        QVERIFY2(nowhere.err.contains("cannot be reached"), nowhere.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMusterctl)
#include "tst_musterctl.moc"

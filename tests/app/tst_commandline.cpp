// SPDX-License-Identifier: GPL-3.0-or-later
#include "../relay/tlsfixtures.h"
#include "app/commandline.h"

#include <QTest>

using namespace muster;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLine parse(QStringList args)
    {
        args.prepend(QStringLiteral("muster"));
        return parseCommandLine(args);
    }

private Q_SLOTS:
    void defaults()
    {
        const CommandLine cli = parse({});
        QVERIFY(cli.error.isEmpty());
        QCOMPARE(cli.options.workspace, QStringLiteral("default"));
        QVERIFY(!cli.options.dataDir.isEmpty());
        QCOMPARE(cli.view, QStringLiteral("board"));
        QVERIFY(!cli.size.isValid());
        QVERIFY(!cli.options.demo);
    }

    void everything()
    {
        const CommandLine cli
            = parse({QStringLiteral("--data-dir"), QStringLiteral("rel/dir"), QStringLiteral("--workspace"),
                     QStringLiteral("payments"), QStringLiteral("--user"), QStringLiteral(" Priya Raman "),
                     QStringLiteral("--demo"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"),
                     QStringLiteral("--view"), QStringLiteral("incident"), QStringLiteral("--size"),
                     QStringLiteral("1920x1080"), QStringLiteral("--theme"), QStringLiteral("dark")});
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QVERIFY(cli.options.dataDir.endsWith(QStringLiteral("/rel/dir")));
        QVERIFY(QDir::isAbsolutePath(cli.options.dataDir));
        QCOMPARE(cli.options.workspace, QStringLiteral("payments"));
        QCOMPARE(cli.options.userName, QStringLiteral("Priya Raman"));
        QVERIFY(cli.options.demo);
        QCOMPARE(cli.screenshotPath, QStringLiteral("/tmp/x.png"));
        QCOMPARE(cli.view, QStringLiteral("incident"));
        QCOMPARE(cli.size, QSize(1920, 1080));
        QCOMPARE(cli.theme, QStringLiteral("dark"));
        QCOMPARE(cli.options.theme, QStringLiteral("dark"));
        QVERIFY(!cli.options.rememberAppearance); // a screenshot keeps nobody's look
        const CommandLine larger = parse({QStringLiteral("--theme"), QStringLiteral("contrast"),
                                          QStringLiteral("--font-scale"), QStringLiteral("1.5")});
        QVERIFY2(larger.error.isEmpty(), qPrintable(larger.error));
        QCOMPARE(larger.options.theme, QStringLiteral("contrast"));
        QCOMPARE(larger.options.fontScale, 1.5);
        QVERIFY(larger.options.rememberAppearance);
    }

    void aPinnedRelayCaIsReadAtOnce()
    {
        const QString ca = testing::tlsFixture("ca.pem");
        const CommandLine pinned = parse({QStringLiteral("--relay-ca"), ca});
        QVERIFY2(pinned.error.isEmpty(), qPrintable(pinned.error));
        QCOMPARE(pinned.options.relayCertificates.size(), 1);
        QVERIFY(parse({}).options.relayCertificates.isEmpty()); // the system's CAs
        const CommandLine missing
            = parse({QStringLiteral("--relay-ca"), QStringLiteral("/nonexistent/ca.pem")});
        QVERIFY2(missing.error.contains(QStringLiteral("--relay-ca: cannot read /nonexistent/ca.pem")),
                 qPrintable(missing.error));
    }

    void wallDisplay()
    {
        QVERIFY(!parse({}).options.wall);
        QCOMPARE(parse({}).options.wallPageSeconds, 15);
        const CommandLine cli
            = parse({QStringLiteral("--wall"), QStringLiteral("--wall-page-seconds"), QStringLiteral("30")});
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QVERIFY(cli.options.wall);
        QCOMPARE(cli.options.wallPageSeconds, 30);
        for (const char *bad : {"4", "301", "ten", ""}) {
            const CommandLine refused
                = parse({QStringLiteral("--wall-page-seconds"), QString::fromLatin1(bad)});
            QVERIFY2(refused.error.contains(QStringLiteral("5 to 300")), bad);
        }
        QVERIFY(parse({QStringLiteral("--view"), QStringLiteral("wall")}).error.isEmpty());
        QVERIFY(parse({QStringLiteral("--view"), QStringLiteral("metrics")}).error.isEmpty());
    }

    void alertmanagersCanBeGivenSeveralTimes()
    {
        const CommandLine cli
            = parse({QStringLiteral("--alertmanager"), QStringLiteral("http://127.0.0.1:9093"),
                     QStringLiteral("--alertmanager"), QStringLiteral("https://am.example.org/am/")});
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(cli.options.alertmanagers.size(), 2);
        QCOMPARE(cli.options.alertmanagers.at(1), QUrl(QStringLiteral("https://am.example.org/am/")));
        for (const char *bad : {"ws://127.0.0.1:9093", "127.0.0.1:9093", "http://", "file:///etc/passwd"}) {
            const CommandLine refused = parse({QStringLiteral("--alertmanager"), QString::fromLatin1(bad)});
            QVERIFY2(refused.error.contains(QStringLiteral("--alertmanager")), bad);
        }
    }

    void settingsIsAScreenshotView()
    {
        const CommandLine cli = parse({QStringLiteral("--screenshot"), QStringLiteral("/tmp/s.png"),
                                       QStringLiteral("--view"), QStringLiteral("settings")});
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(cli.view, QStringLiteral("settings"));
        const CommandLine second = parse({QStringLiteral("--screenshot"), QStringLiteral("/tmp/s.png"),
                                          QStringLiteral("--view"), QStringLiteral("incident:2")});
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.view, QStringLiteral("incident:2"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("bad size") << QStringList {QStringLiteral("--size"), QStringLiteral("big")}
                                  << QStringLiteral("WIDTHxHEIGHT");
        QTest::newRow("bad view") << QStringList {QStringLiteral("--view"), QStringLiteral("dashboard")}
                                  << QStringLiteral("unknown view");
        QTest::newRow("incident at position 0")
            << QStringList {QStringLiteral("--view"), QStringLiteral("incident:0")}
            << QStringLiteral("unknown view");
        QTest::newRow("incident at no position")
            << QStringList {QStringLiteral("--view"), QStringLiteral("incident:x")}
            << QStringLiteral("unknown view");
        QTest::newRow("bad theme") << QStringList {QStringLiteral("--theme"), QStringLiteral("pink")}
                                   << QStringLiteral("light, dark or contrast");
        QTest::newRow("font scale too large")
            << QStringList {QStringLiteral("--font-scale"), QStringLiteral("3")}
            << QStringLiteral("0.5 to 2");
        QTest::newRow("font scale not a number")
            << QStringList {QStringLiteral("--font-scale"), QStringLiteral("big")}
            << QStringLiteral("0.5 to 2");
        QTest::newRow("bad workspace")
            << QStringList {QStringLiteral("--workspace"), QStringLiteral("../etc")}
            << QStringLiteral("workspace");
        QTest::newRow("bad language") << QStringList {QStringLiteral("--language"), QStringLiteral("klingon")}
                                      << QStringLiteral("en, de, es");
        QTest::newRow("stray argument")
            << QStringList {QStringLiteral("extra")} << QStringLiteral("unexpected");
        QTest::newRow("missing value")
            << QStringList {QStringLiteral("--data-dir")} << QStringLiteral("data-dir");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CommandLine cli = parse(args);
        QVERIFY2(cli.error.contains(message), qPrintable(cli.error));
    }

    void theLanguageIsFoundBeforeTheParse()
    {
        const auto args = [](std::initializer_list<const char *> list) {
            QStringList out {QStringLiteral("muster")};
            for (const char *a : list)
                out << QString::fromUtf8(a);
            return out;
        };
        QCOMPARE(requestedLanguage(args({"--demo", "--language", "de"})), QStringLiteral("de"));
        QCOMPARE(requestedLanguage(args({"--language=es", "--demo"})), QStringLiteral("es"));
        QCOMPARE(requestedLanguage(args({"--demo"})), QString());
        QCOMPARE(requestedLanguage(args({"--language"})), QString()); // the parse reports it
        QCOMPARE(parse({QStringLiteral("--language"), QStringLiteral("es")}).language, QStringLiteral("es"));
        QVERIFY(parse({QStringLiteral("--language"), QStringLiteral("system")}).error.isEmpty());
    }

    void aLanguageKeepsTheUsersCountryForDatesAndNumbers()
    {
        const QLocale swiss(QLocale::French, QLocale::Switzerland);
        QCOMPARE(localeFor(QStringLiteral("de"), swiss), QLocale(QLocale::German, QLocale::Switzerland));
        const QLocale american(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(localeFor(QStringLiteral("es"), american), QLocale(QLocale::Spanish, QLocale::UnitedStates));
        QCOMPARE(localeFor(QStringLiteral("en"), swiss).language(), QLocale::English);
        // The C locale names no country: the language's own conventions.
        QCOMPARE(localeFor(QStringLiteral("de"), QLocale::c()), QLocale(QLocale::German));
        QCOMPARE(localeFor(QStringLiteral("system"), swiss), swiss);
        QCOMPARE(localeFor(QString(), swiss), swiss);
        QCOMPARE(localeFor(QStringLiteral("klingon"), swiss), swiss);
        QCOMPARE(shippedLanguages(),
                 (QStringList {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")}));
    }

    void helpAndVersionPrintAndExit()
    {
        QVERIFY(parse({QStringLiteral("--version")}).output.startsWith(QStringLiteral("muster 0.")));
        QVERIFY(parse({QStringLiteral("--help")}).output.contains(QStringLiteral("--screenshot")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

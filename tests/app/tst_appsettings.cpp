// SPDX-License-Identifier: GPL-3.0-or-later
// Sync settings: what the dialog saves is used at the next start unless the command line says
// otherwise, and nothing unusable is saved.
#include "appsettings.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    }

    void savedSettingsComeBack()
    {
        writeSavedSettings({QStringLiteral("ws://relay.example.org:7447"), QStringLiteral("payments"),
                            QStringLiteral("Priya Raman")});
        const SavedSettings saved = readSavedSettings();
        QCOMPARE(saved.relayUrl, QStringLiteral("ws://relay.example.org:7447"));
        QCOMPARE(saved.workspace, QStringLiteral("payments"));
        QCOMPARE(saved.userName, QStringLiteral("Priya Raman"));
    }

    void theCommandLineWinsForOneRun()
    {
        const SavedSettings saved {QStringLiteral("ws://saved:7447"), QStringLiteral("payments"),
                                   QStringLiteral("Saved")};
        CommandLine given = parseCommandLine({QStringLiteral("muster"), QStringLiteral("--relay"),
                                              QStringLiteral("ws://given:1"), QStringLiteral("--user"),
                                              QStringLiteral("Given")});
        QVERIFY(given.error.isEmpty());
        applySavedSettings(given, saved);
        QCOMPARE(given.options.relayUrl, QUrl(QStringLiteral("ws://given:1")));
        QCOMPARE(given.options.userName, QStringLiteral("Given"));
        QCOMPARE(given.options.workspace, QStringLiteral("payments"));

        CommandLine plain = parseCommandLine({QStringLiteral("muster")});
        applySavedSettings(plain, saved);
        QCOMPARE(plain.options.relayUrl, QUrl(QStringLiteral("ws://saved:7447")));
        QCOMPARE(plain.options.userName, QStringLiteral("Saved"));

        // --relay "" turns sync off for this run even when one is saved.
        CommandLine off = parseCommandLine({QStringLiteral("muster"), QStringLiteral("--relay"), QString()});
        applySavedSettings(off, saved);
        QVERIFY(off.options.relayUrl.isEmpty());
    }

    void unusableValuesAreRefusedWithASentence_data()
    {
        QTest::addColumn<QString>("relay");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addRow("all fine") << "ws://127.0.0.1:7447"
                                  << "default"
                                  << "Priya" << true;
        QTest::addRow("local only") << ""
                                    << "default"
                                    << "Priya" << true;
        QTest::addRow("secure") << "wss://relay.example.org"
                                << "ops"
                                << "Ünïcode 名前" << true;
        QTest::addRow("http") << "http://relay:7447"
                              << "default"
                              << "Priya" << false;
        QTest::addRow("no host") << "ws://"
                                 << "default"
                                 << "Priya" << false;
        QTest::addRow("bad workspace") << ""
                                       << "two words"
                                       << "Priya" << false;
        QTest::addRow("control character") << ""
                                           << "default"
                                           << "Pri\x07ya" << false;
    }
    void unusableValuesAreRefusedWithASentence()
    {
        QFETCH(QString, relay);
        QFETCH(QString, workspace);
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(validateSettings({relay, workspace, name}).isEmpty(), ok);
    }

    void aBadRelayOnTheCommandLineIsAUsageError()
    {
        const CommandLine cli = parseCommandLine(
            {QStringLiteral("muster"), QStringLiteral("--relay"), QStringLiteral("not a url")});
        QVERIFY(cli.error.contains(QStringLiteral("--relay")));
    }

    void savedAlertmanagersArePolledUnlessTheCommandLineNamesOthers()
    {
        writeSavedDetection(
            {{QStringLiteral("http://am-1:9093"), QStringLiteral("https://am-2.example")}, 30});
        const SavedDetection saved = readSavedDetection();
        QCOMPARE(saved.alertmanagers,
                 (QStringList {QStringLiteral("http://am-1:9093"), QStringLiteral("https://am-2.example")}));
        QCOMPARE(saved.pollSeconds, 30);

        CommandLine plain = parseCommandLine({QStringLiteral("muster")});
        applySavedDetection(plain, saved);
        QCOMPARE(plain.options.alertmanagers,
                 (QList<QUrl> {QUrl(QStringLiteral("http://am-1:9093")),
                               QUrl(QStringLiteral("https://am-2.example"))}));
        QCOMPARE(plain.options.alertPollSeconds, 30);

        CommandLine given = parseCommandLine({QStringLiteral("muster"), QStringLiteral("--alertmanager"),
                                              QStringLiteral("http://given:9093")});
        applySavedDetection(given, saved);
        QCOMPARE(given.options.alertmanagers, QList<QUrl> {QUrl(QStringLiteral("http://given:9093"))});
        QCOMPARE(given.options.alertPollSeconds, 30); // the interval still applies

        // A file edited by hand into something unusable leaves the defaults.
        CommandLine edited = parseCommandLine({QStringLiteral("muster")});
        applySavedDetection(edited, {{QStringLiteral("ftp://am")}, 1});
        QVERIFY(edited.options.alertmanagers.isEmpty());
        QCOMPARE(edited.options.alertPollSeconds, 15);
    }

    void unusableDetectionSettingsAreRefusedWithASentence_data()
    {
        QTest::addColumn<QStringList>("urls");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("says");
        QTest::addRow("fine") << QStringList {QStringLiteral("http://127.0.0.1:9093")} << 15 << QString();
        QTest::addRow("none") << QStringList {} << 5 << QString();
        QTest::addRow("no scheme") << QStringList {QStringLiteral("alertmanager:9093")} << 15
                                   << QStringLiteral("'alertmanager:9093'");
        QTest::addRow("websocket") << QStringList {QStringLiteral("ws://am:9093")} << 15
                                   << QStringLiteral("ws://");
        QTest::addRow("too often") << QStringList {} << 4 << QStringLiteral("5 to 300");
        QTest::addRow("too rarely") << QStringList {} << 301 << QStringLiteral("5 to 300");
        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven << QStringLiteral("http://am-%1:9093").arg(i);
        QTest::addRow("eleven") << eleven << 15 << QStringLiteral("at most 10");
    }

    void unusableDetectionSettingsAreRefusedWithASentence()
    {
        QFETCH(QStringList, urls);
        QFETCH(int, seconds);
        QFETCH(QString, says);
        const QString problem = validateDetection({urls, seconds});
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

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
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

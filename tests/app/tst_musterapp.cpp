// SPDX-License-Identifier: GPL-3.0-or-later
#include "../relay/tlsfixtures.h"
#include "app/appsettings.h"
#include "app/boardmodel.h"
#include "app/incidentroom.h"
#include "app/navigator.h"
#include "app/peoplemodel.h"
#include "app/relaycredentials.h"
#include "app/runbooklibrary.h"
#include "app/synccontroller.h"
#include "apptesting.h"
#include "core/changes.h"
#include "core/ids.h"
#include "relay/relayserver.h"
#include "relay/sqliterelaystorage.h"
#include "store/storeclient.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace muster;

namespace {

// A relay on a loopback port that admits only tokens, as a team runs it.
struct TokenRelay
{
    QTemporaryDir dir;
    SqliteRelayStorage storage;
    AuthThrottle throttle {1000};
    std::unique_ptr<TokenAuthority> authority;
    std::unique_ptr<RelayServer> server;

    bool start(std::optional<QSslConfiguration> tls = std::nullopt)
    {
        if (storage.open(dir.filePath(QStringLiteral("relay.sqlite"))))
            return false;
        authority = std::make_unique<TokenAuthority>(storage, throttle, false);
        RelayServerOptions options;
        options.port = 0;
        options.tls = tls;
        server = std::make_unique<RelayServer>(storage, *authority, options);
        return server->listen();
    }
    QString token(const QString &workspace = QStringLiteral("default"))
    {
        const IssuedToken issued = issueToken(workspace, QStringLiteral("Alex Kim"), TokenRole::Member, 1);
        return storage.saveToken(issued.record) ? QString() : issued.text;
    }
};

} // namespace

class TestMusterApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    // A started app syncing with `relay`, its keyring in `keyring`.
    static std::unique_ptr<MusterApp> appWith(const QString &dataDir, const QUrl &relay, SecretStore *keyring,
                                              const QString &environmentToken = {})
    {
        StartupOptions options;
        options.dataDir = dataDir;
        options.userName = QStringLiteral("Alex Kim");
        options.relayUrl = relay;
        options.secrets = keyring;
        options.accessToken = environmentToken;
        auto app = std::make_unique<MusterApp>(options);
        app->start();
        return app;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // saveSettings() writes QSettings: into a directory of the test's, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void theTokenInTheKeyringLetsTheDesktopSync()
    {
        TokenRelay relay;
        QVERIFY(relay.start());
        MemorySecretStore keyring;
        const QUrl url(relay.server->url());
        keyring.secrets.insert(RelayCredentials::keyFor(url, QStringLiteral("default")), relay.token());
        QTemporaryDir data;
        auto app = appWith(data.path(), url, &keyring);
        QTRY_COMPARE_WITH_TIMEOUT(app->sync()->state(), SyncController::State::Synced, 10'000);
        QCOMPARE(app->credentials()->source(), RelayCredentials::Source::Keyring);
    }

    void overWssTheDesktopTrustsThePinnedCa()
    {
        const auto tls = testing::relayTls();
        QVERIFY(tls);
        TokenRelay relay;
        QVERIFY(relay.start(tls));
        const QUrl url(relay.server->url());
        QCOMPARE(url.scheme(), QStringLiteral("wss"));
        MemorySecretStore keyring;
        keyring.secrets.insert(RelayCredentials::keyFor(url, QStringLiteral("default")), relay.token());
        StartupOptions options;
        QTemporaryDir data;
        options.dataDir = data.path();
        options.userName = QStringLiteral("Alex Kim");
        options.relayUrl = url;
        options.secrets = &keyring;
        options.relayCertificates = testing::trustedCa("ca.pem");
        QCOMPARE(options.relayCertificates.size(), 1);
        MusterApp app(options);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(app.sync()->state(), SyncController::State::Synced, 10'000);
    }

    void aRefusedTokenSaysSoAndANewOneIsUsedAtOnceAndKept()
    {
        TokenRelay relay;
        QVERIFY(relay.start());
        MemorySecretStore keyring;
        const QUrl url(relay.server->url());
        const QString key = RelayCredentials::keyFor(url, QStringLiteral("default"));
        keyring.secrets.insert(key,
                               QStringLiteral("mst_0123456789ab_") + QString(43, u'A')); // revoked long ago
        QTemporaryDir data;
        auto app = appWith(data.path(), url, &keyring);
        QTRY_COMPARE_WITH_TIMEOUT(app->sync()->state(), SyncController::State::Refused, 10'000);
        QVERIFY2(app->sync()->lastError().contains(
                     QStringLiteral("refused the access token: the token is not valid")),
                 qPrintable(app->sync()->lastError()));
        // Retrying does not turn it into "offline": the token is what must change.
        QTest::qWait(1500);
        QCOMPARE(app->sync()->state(), SyncController::State::Refused);

        const QString good = relay.token();
        QCOMPARE(
            app->saveSettings(url.toString(), QStringLiteral("default"), QStringLiteral("Alex Kim"), good),
            QString());
        QTRY_COMPARE_WITH_TIMEOUT(app->sync()->state(), SyncController::State::Synced, 10'000);
        QTRY_COMPARE(keyring.secrets.value(key), good);
        QCOMPARE(app->credentials()->source(), RelayCredentials::Source::Keyring);
        // Never in the settings file.
        QSettings settings;
        for (const QString &name : settings.allKeys())
            QVERIFY2(!settings.value(name).toString().contains(good.mid(17)), qPrintable(name));
    }

    void withoutAKeyringMusterAsksForTheTokenEachSession()
    {
        TokenRelay relay;
        QVERIFY(relay.start());
        MemorySecretStore keyring;
        keyring.unavailable = true;
        QTemporaryDir data;
        const QUrl url(relay.server->url());
        auto app = appWith(data.path(), url, &keyring);
        QSignalSpy asked(app->navigator(), &Navigator::syncSettingsRequested);
        QVERIFY(asked.wait(10'000));
        QVERIFY(app->credentials()->keyringUnavailable());
        QCOMPARE(app->saveSettings(url.toString(), QStringLiteral("default"), QStringLiteral("Alex Kim"),
                                   relay.token()),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(app->sync()->state(), SyncController::State::Synced, 10'000);
        QCOMPARE(app->credentials()->source(), RelayCredentials::Source::Session);
    }

    void aTokenThatCannotBeOneIsRefusedBeforeAnythingIsSaved()
    {
        testing::StartedApp app;
        QVERIFY(app.settle());
        QVERIFY(!app->saveSettings(QStringLiteral("ws://127.0.0.1:9"), QStringLiteral("default"),
                                   QStringLiteral("Alex Kim"), QStringLiteral("mst_a b"))
                     .isEmpty());
        QCOMPARE(app->sync()->relayUrl(), QString()); // nothing changed
        QVERIFY(!app->saveSettings({}, QStringLiteral("default"), QStringLiteral("Alex Kim"),
                                   QStringLiteral("mst_abc"))
                     .isEmpty()); // a token without a relay
    }

    void theLanguageChosenInSettingsIsSavedForTheNextStart()
    {
        testing::StartedApp app;
        QVERIFY(app.settle());
        const QVariantList choices = app->languageChoices();
        QStringList values;
        QStringList names;
        for (const QVariant &choice : choices) {
            values << choice.toMap().value(QStringLiteral("value")).toString();
            names << choice.toMap().value(QStringLiteral("text")).toString();
        }
        QCOMPARE(values,
                 (QStringList {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"),
                               QStringLiteral("es")}));
        QCOMPARE(
            names.mid(1),
            (QStringList {QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Español")}));
        QVERIFY(app->saveLanguage(QStringLiteral("de")).isEmpty());
        QCOMPARE(app->savedLanguage(), QStringLiteral("de"));
        QCOMPARE(readSavedLanguage(), QStringLiteral("de"));
        QVERIFY(app->saveLanguage(QStringLiteral("klingon")).contains(QStringLiteral("klingon")));
        QCOMPARE(app->savedLanguage(), QStringLiteral("de")); // nothing unusable is saved
        QVERIFY(app->saveLanguage(QStringLiteral("system")).isEmpty());
        QCOMPARE(app->savedLanguage(), QStringLiteral("system"));
    }

    void emptyStartCreatesTheUser()
    {
        testing::StartedApp app(false, QStringLiteral("Alex Kim"));
        QVERIFY(app.settle());
        QVERIFY(app->ready());
        QVERIFY(app->fatalError().isEmpty());
        QCOMPARE(app->board()->rowCount(), 0);
        QCOMPARE(app->people()->rowCount(), 1);
        QCOMPARE(app->people()->nameOf(app->userId()), QStringLiteral("Alex Kim"));
        QVERIFY(QFile::exists(app->databasePath()));
        QVERIFY(app->runbooks()->rowCount() >= 4); // the bundled templates
    }

    void demoFillsOnceAndTheUserIsFoundAgain()
    {
        auto dir = std::make_unique<QTemporaryDir>();
        QString userId;
        int incidents = 0;
        for (int run = 0; run < 2; ++run) {
            StartupOptions options;
            options.dataDir = dir->path();
            options.userName = QStringLiteral("Priya Raman");
            options.demo = true;
            MusterApp app(options);
            app.start();
            QVERIFY(QTest::qWaitFor([&] { return app.ready() && !app.storeClient()->isBusy(); }, 10'000));
            if (run == 0) {
                userId = app.userId();
                incidents = app.board()->rowCount();
                QCOMPARE(incidents, 8);
                QCOMPARE(app.people()->rowCount(), 8); // Priya is one of the sample team
            } else {
                QCOMPARE(app.userId(), userId);
                QCOMPARE(app.board()->rowCount(), incidents);
                QCOMPARE(app.people()->rowCount(), 8);
            }
        }
    }

    void corruptDatabaseStopsStartupWithoutTouchingIt()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath(QStringLiteral("default.muster.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a database, it is a grocery list");
        garbage.close();
        StartupOptions options;
        options.dataDir = dir.path();
        MusterApp app(options);
        app.start();
        QTRY_VERIFY(!app.fatalError().isEmpty());
        QVERIFY(!app.ready());
        QVERIFY(app.fatalError().contains(QStringLiteral("not a Muster database")));
        QVERIFY(garbage.open(QIODevice::ReadOnly));
        QCOMPARE(garbage.readAll(), QByteArray("this is not a database, it is a grocery list"));
        garbage.close();
        QVERIFY(app.databaseDamaged());
    }

    void aDamagedDatabaseIsKeptAsideAndAFreshOneSyncsBackFromTheRelay()
    {
        // A teammate's history on the relay; this computer's file is damaged (and has a WAL).
        TokenRelay relay;
        QVERIFY(relay.start());
        const QUrl url(relay.server->url());
        MemorySecretStore keyring;
        keyring.secrets.insert(RelayCredentials::keyFor(url, QStringLiteral("default")), relay.token());
        QString incidentId;
        {
            QTemporaryDir teammate;
            auto app = appWith(teammate.path(), url, &keyring);
            QTRY_COMPARE_WITH_TIMEOUT(app->sync()->state(), SyncController::State::Synced, 10'000);
            incidentId = newEntityId(1'795'500'000'000);
            Declaration declaration;
            declaration.title = QStringLiteral("Checkout 502s");
            QSignalSpy committed(app->storeClient(), &StoreClient::committed);
            app->commit(changes::declareIncident(incidentId, declaration, 1'795'500'000'000), app.get());
            QVERIFY(committed.wait(5000));
            QTRY_COMPARE_WITH_TIMEOUT(app->pendingCount(), 0, 10'000);
        }
        QTemporaryDir data;
        const QString path = data.filePath(QStringLiteral("default.muster.sqlite"));
        const QByteArray damaged = "SQLite format 3" + QByteArray(4000, '\xff');
        QByteArray wal(512, 'w');
        for (const auto &[name, bytes] :
             {std::pair(path, damaged), std::pair(path + QStringLiteral("-wal"), wal)}) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        auto app = appWith(data.path(), url, &keyring);
        QTRY_VERIFY(!app->fatalError().isEmpty());
        QVERIFY(app->databaseDamaged());
        QVERIFY(app->relayConfigured());

        app->startFresh();
        QTRY_VERIFY_WITH_TIMEOUT(app->ready(), 10'000);
        QVERIFY(app->fatalError().isEmpty());
        QVERIFY(!app->databaseDamaged());
        // The damaged file and its WAL are kept byte for byte, under a name the notice gives.
        const QStringList kept
            = QDir(data.path()).entryList({QStringLiteral("default.muster.sqlite.damaged-*")});
        QCOMPARE(kept.size(), 2);
        const QString keptPath = data.filePath(kept.first());
        QVERIFY2(app->notice().contains(keptPath), qPrintable(app->notice()));
        QFile keptFile(keptPath), keptWal(keptPath + QStringLiteral("-wal"));
        QVERIFY(keptFile.open(QIODevice::ReadOnly) && keptWal.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), damaged);
        QCOMPARE(keptWal.readAll(), wal);
        // And the team's incident is back from the relay.
        QTRY_VERIFY_WITH_TIMEOUT(app->board()->rowCount() == 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(app->sync()->state(), SyncController::State::Synced, 10'000);
    }

    void lockedDatabaseShowsANoticeAndLosesNothing()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        const QString incident = app->board()->topIncidentId();
        app->room()->open(incident);
        QVERIFY(app.settle());
        {
            // Another program holds a write lock for longer than the busy timeout.
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            other.setDatabaseName(app->databasePath());
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            app->room()->setSeverity(2);
            QTRY_VERIFY_WITH_TIMEOUT(!app->notice().isEmpty(), 10'000);
            QVERIFY(app->notice().contains(QStringLiteral("another program")));
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QCOMPARE(app->room()->severity(), 1); // unchanged, and saying so
        app->dismissNotice();
        QVERIFY(app->notice().isEmpty());
        app->room()->setSeverity(2); // works once the other program is gone
        QTRY_COMPARE(app->room()->severity(), 2);
    }

    void failBeforeStartKeepsTheStoreClosed()
    {
        testing::StartedApp app;
        app->fail(QStringLiteral("Muster is already running"));
        QCOMPARE(app->fatalError(), QStringLiteral("Muster is already running"));
    }

    void splitList()
    {
        QCOMPARE(MusterApp::splitList(QStringLiteral(" a, b,,a , c ")),
                 (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(MusterApp::splitList(QString()), QStringList());
    }
};

QTEST_MAIN(TestMusterApp)
#include "tst_musterapp.moc"

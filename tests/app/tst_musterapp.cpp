// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/incidentroom.h"
#include "app/peoplemodel.h"
#include "app/runbooklibrary.h"
#include "apptesting.h"
#include "core/changes.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace muster;

class TestMusterApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

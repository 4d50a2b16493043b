// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/migrations.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestMigrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fixtureDir() const
    {
        return qEnvironmentVariable("MUSTER_SOURCE_DIR") + QStringLiteral("/tests/store/fixtures");
    }

private Q_SLOTS:
    void freshDatabaseReachesLatest()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("fresh.db"))));
        QCOMPARE(db.userVersion(), 0);
        QVERIFY(!schema::migrate(db));
        QCOMPARE(db.userVersion(), schema::latestVersion());
        // Running again is a no-op.
        QVERIFY(!schema::migrate(db));
        QCOMPARE(db.userVersion(), schema::latestVersion());
        for (const char *table : {"ops", "registers", "incidents", "log_entries", "log_fts", "people"}) {
            QSqlQuery &q = db.prepared(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
            QVERIFY(!db.exec(q, {QString::fromLatin1(table)}));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
        }
    }

    // One fixture per released schema, written by the Muster that used it: each must open,
    // upgrade to the latest schema and keep its data.
    void upgradesEveryReleasedSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        const QStringList fixtures
            = QDir(fixtureDir()).entryList({QStringLiteral("schema-v*.sqlite")}, QDir::Files);
        QVERIFY(!fixtures.isEmpty());
        for (const QString &name : fixtures)
            QTest::newRow(qPrintable(name)) << name;
    }
    void upgradesEveryReleasedSchema()
    {
        QFETCH(QString, fixture);
        const QString copy = m_dir.filePath(fixture);
        QFile::remove(copy);
        QVERIFY(QFile::copy(QDir(fixtureDir()).filePath(fixture), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Store store;
        const StoreError error = store.open(copy, QStringLiteral("default"));
        QVERIFY2(!error, qPrintable(error.message));
        const auto count = store.incidentCount();
        QVERIFY(count.ok());
        QCOMPARE_GT(count.value, 0);
        const auto active = store.activeIncidents();
        QVERIFY(active.ok());
        QVERIFY(!active.value.isEmpty());
        const auto log = store.logPage(active.value.first().id, {}, 10);
        QVERIFY(log.ok());
        QVERIFY(!log.value.isEmpty());
        QVERIFY(store.alertLinks().ok()); // incident_alerts has every column, whatever the fixture
        QVERIFY(store.distributionLists().ok()); // and the tables of later schemas exist
        QVERIFY(store.commsSettings().ok());
        // Schema 9: an incident from before has no bridge, and reads whole.
        const auto first = store.incident(active.value.first().id);
        QVERIFY(first.ok() && first.value);
        QCOMPARE(first.value->bridge, QString());
        QCOMPARE(active.value.first().bridge, QString());
        // Schema 10: action items read with their (absent) Jira issues.
        const auto items = store.openActionItems();
        QVERIFY(items.ok());
        for (const ActionItem &item : items.value)
            QVERIFY(item.task.tracker.isNull());
        // Search finds the fixture's log through the index rebuilt by schema 7.
        const QString text = log.value.first().entry.text;
        const QString word = QRegularExpression(QStringLiteral("\\p{L}{3,}")).match(text).captured();
        QVERIFY2(!word.isEmpty(), qPrintable(text));
        const auto found = store.searchLog(word, QString(), 10);
        QVERIFY2(found.ok() && !found.value.isEmpty(), qPrintable(word));
        store.close();
        Database db;
        QVERIFY(!db.open(copy));
        QCOMPARE(db.userVersion(), schema::latestVersion());
    }

    // Schema 6 kept a row per pending op; 7 keeps the counter acknowledged. The fixture has
    // 18 ops of its own, the first 5 acknowledged: 13 are still pending after the upgrade.
    void outboxRowsBecomeTheAcknowledgedCounter()
    {
        const QString copy = m_dir.filePath(QStringLiteral("outbox-v6.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(QDir(fixtureDir()).filePath(QStringLiteral("schema-v6.sqlite")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Store store;
        QVERIFY(!store.open(copy, QStringLiteral("default")));
        QCOMPARE(store.pendingCount().value, 13);
        const auto own = store.ownOpsFrom(1, 100);
        QVERIFY(own.ok());
        QCOMPARE(own.value.size(), 18);
        // The fixture's two log entries were written after the declaration: pending.
        QString incident;
        for (const IncidentSummary &s : store.activeIncidents().value) {
            if (s.title == u"Search latency over SLO")
                incident = s.id;
        }
        QVERIFY(!incident.isEmpty());
        int pending = 0;
        for (const LogLine &line : store.logPage(incident, {}, 100).value)
            pending += line.pending ? 1 : 0;
        QCOMPARE_GE(pending, 2);
        // The demo's entries (another replica) were never this replica's to push.
        for (const LogLine &line : store.searchLog(QStringLiteral("primary"), QString(), 20).value)
            QVERIFY(!line.pending);
        QVERIFY(!store.acknowledge(18));
        QCOMPARE(store.pendingCount().value, 0);
    }

    // Schema 8 chains the log as the relay sequences it, from the relay's first op: the v7
    // fixture had applied up to sequence 3 of its relay and catches up again from 0.
    void theLogChainStartsFromTheRelaysFirstOp()
    {
        const QString copy = m_dir.filePath(QStringLiteral("chain-v7.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(QDir(fixtureDir()).filePath(QStringLiteral("schema-v7.sqlite")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        {
            Database db;
            QVERIFY(!db.open(copy));
            QCOMPARE(db.userVersion(), 7);
        }
        Store store;
        QVERIFY(!store.open(copy, QStringLiteral("default")));
        QCOMPARE(store.relayCursor(QStringLiteral("ws://127.0.0.1:7447")).value, 0);
        const auto active = store.activeIncidents();
        QCOMPARE(active.value.size(), 1);
        const auto status = store.chainStatus(active.value.first().id);
        QVERIFY(status.ok());
        QVERIFY(status.value.head.isNull());
        QCOMPARE(status.value.unchained, store.wholeLog(active.value.first().id).value.size());
        QVERIFY(!status.value.divergence);
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.db"));
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Store store;
        const StoreError error = store.open(path, QStringLiteral("default"));
        QCOMPARE(error.code, StoreError::Code::TooNew);
        QVERIFY(error.message.contains(QStringLiteral("newer version")));
        QVERIFY(!store.isOpen());
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.userVersion(), 999);
        QSqlQuery &q = db.prepared(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // no tables were created
        q.finish();
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's SQLite storage, on real files. The team relies on it to number each workspace's ops
// 1, 2, 3… without gaps, independently of every other workspace, even when one append mixes them;
// to page them back in order after any cursor within the op and byte limits; to refuse a second
// copy of an op without moving the head; to keep everything across a restart; to store any
// workspace name and op bytes exactly; and to refuse, without writing a byte, a file that is not a
// relay database or that a newer relay wrote, since that file holds the team's shared history.
#include "relay/sqliterelaystorage.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {

const QString kReplicaA = QStringLiteral("a000000000000001");
const QString kReplicaB = QStringLiteral("b000000000000002");

RelayOp relayOp(const QString &workspace, const QString &replica, qint64 counter, QByteArray body = {})
{
    if (body.isEmpty())
        body = "op " + workspace.toUtf8() + ' ' + replica.toUtf8() + ' ' + QByteArray::number(counter);
    return {workspace, replica, counter, body};
}

QList<qint64> seqsOf(const QList<SequencedOp> &ops)
{
    QList<qint64> out;
    for (const SequencedOp &op : ops)
        out.append(op.seq);
    return out;
}

QList<QByteArray> bodiesOf(const QList<SequencedOp> &ops)
{
    QList<QByteArray> out;
    for (const SequencedOp &op : ops)
        out.append(op.body);
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSqliteRelayStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString fixtureCopy()
    {
        const QString path = newPath();
        QFile::remove(path);
        if (!QFile::copy(qEnvironmentVariable("MUSTER_SOURCE_DIR")
                             + QStringLiteral("/tests/relay/fixtures/relay-schema-v3.sqlite"),
                         path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QString newPath() { return m_dir.filePath(QStringLiteral("relay-%1.sqlite").arg(++m_files)); }

    // 3,000 ops in workspace "w" in batches of 1 to 97: replica A writes most of them, B every
    // seventh, C one at the start and one near the end, far past any mark of its own; workspace
    // "x" takes every fifth from A as well. Returns each op with the sequence number it got.
    static QList<std::pair<RelayOp, qint64>> appendMixed(SqliteRelayStorage &storage)
    {
        const QString replicaC = QStringLiteral("c000000000000003");
        QHash<std::pair<QString, QString>, qint64> counters;
        QList<std::pair<RelayOp, qint64>> stored;
        QList<RelayOp> batch;
        int batchSize = 1;
        for (int i = 0; i < 3000; ++i) {
            const QString workspace = i % 5 == 4 ? QStringLiteral("x") : QStringLiteral("w");
            const QString replica = (i == 3 || i == 2950) ? replicaC : i % 7 == 0 ? kReplicaB : kReplicaA;
            batch.append(relayOp(workspace, replica, ++counters[{workspace, replica}]));
            if (batch.size() < batchSize && i < 2999)
                continue;
            const auto appended = storage.append(batch);
            if (!appended.ok() || appended.value.size() != batch.size())
                return {};
            for (qsizetype j = 0; j < batch.size(); ++j)
                stored.append({batch.at(j), appended.value.at(j)});
            batch.clear();
            batchSize = batchSize % 97 + 13;
        }
        return stored;
    }

    // What a relay answers a replica that pushes again: every op's sequence number and each
    // replica's newest counter.
    static void checkCounters(SqliteRelayStorage &storage, const QList<std::pair<RelayOp, qint64>> &stored)
    {
        QHash<std::pair<QString, QString>, qint64> last;
        for (const auto &[op, seq] : stored) {
            const auto found = storage.sequenceOf(op.workspace, op.replica, op.counter);
            QVERIFY2(found.ok(), qPrintable(found.error.message));
            QCOMPARE(found.value.seq, seq);
            last[{op.workspace, op.replica}] = op.counter;
        }
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            QCOMPARE(storage.lastCounter(it.key().first, it.key().second).value, it.value());
            QCOMPARE(storage.sequenceOf(it.key().first, it.key().second, it.value() + 1).value.seq, 0);
            QCOMPARE(storage.sequenceOf(it.key().first, it.key().second, 0).value.seq, 0);
        }
    }

    static qint64 countRows(const QString &path, const QString &sql)
    {
        Database db;
        if (db.open(path))
            return -1;
        QSqlQuery &query = db.prepared(sql);
        if (db.exec(query) || !query.next())
            return -1;
        const qint64 count = query.value(0).toLongLong();
        query.finish();
        return count;
    }

    // Ten ops of one replica in workspace "w", bodies "body 1" … "body 10".
    static void appendTen(SqliteRelayStorage &storage)
    {
        QList<RelayOp> ops;
        for (int counter = 1; counter <= 10; ++counter)
            ops.append(
                relayOp(QStringLiteral("w"), kReplicaA, counter, "body " + QByteArray::number(counter)));
        const auto appended = storage.append(ops);
        QVERIFY2(appended.ok(), qPrintable(appended.error.message));
        QCOMPARE(appended.value, (QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newFileIsEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("not/there/yet/relay.sqlite"));
        SqliteRelayStorage storage;
        const StoreError error = storage.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(QFile::exists(path));
        for (const QString &workspace : {QStringLiteral("default"), QStringLiteral("payments")}) {
            const auto head = storage.head(workspace);
            QVERIFY(head.ok());
            QCOMPARE(head.value, qint64(0));
            const auto ops = storage.readSince(workspace, 0, 100, 1 << 20);
            QVERIFY(ops.ok());
            QVERIFY(ops.value.isEmpty());
            QCOMPARE(storage.lastCounter(workspace, kReplicaA).value, qint64(0));
            QCOMPARE(storage.sequenceOf(workspace, kReplicaA, 1).value.seq, qint64(0));
        }
        storage.close();

        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.userVersion(), SqliteRelayStorage::latestSchemaVersion());
    }

    void appendNumbersEachWorkspaceOnItsOwn()
    {
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(newPath()));
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const auto first
            = storage.append({relayOp(a, kReplicaA, 1), relayOp(b, kReplicaA, 1), relayOp(a, kReplicaA, 2),
                              relayOp(b, kReplicaB, 1), relayOp(a, kReplicaB, 1)});
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        QCOMPARE(first.value, (QList<qint64> {1, 1, 2, 2, 3}));
        QCOMPARE(storage.head(a).value, qint64(3));
        QCOMPARE(storage.head(b).value, qint64(2));

        const auto inA = storage.readSince(a, 0, 100, 1 << 20);
        QVERIFY(inA.ok());
        QCOMPARE(seqsOf(inA.value), (QList<qint64> {1, 2, 3}));
        QCOMPARE(bodiesOf(inA.value),
                 (QList<QByteArray> {relayOp(a, kReplicaA, 1).body, relayOp(a, kReplicaA, 2).body,
                                     relayOp(a, kReplicaB, 1).body}));
        const auto inB = storage.readSince(b, 0, 100, 1 << 20);
        QVERIFY(inB.ok());
        QCOMPARE(bodiesOf(inB.value),
                 (QList<QByteArray> {relayOp(b, kReplicaA, 1).body, relayOp(b, kReplicaB, 1).body}));

        // The next append continues each workspace's numbering.
        const auto second = storage.append({relayOp(b, kReplicaA, 2), relayOp(a, kReplicaA, 3)});
        QVERIFY2(second.ok(), qPrintable(second.error.message));
        QCOMPARE(second.value, (QList<qint64> {3, 4}));
        QCOMPARE(storage.head(a).value, qint64(4));
        QCOMPARE(storage.head(b).value, qint64(3));

        const auto nothing = storage.append({});
        QVERIFY(nothing.ok());
        QVERIFY(nothing.value.isEmpty());
        QCOMPARE(storage.head(a).value, qint64(4));
    }

    void readSincePagesInOrder_data()
    {
        QTest::addColumn<qint64>("after");
        QTest::addColumn<int>("maxOps");
        QTest::addColumn<QList<qint64>>("seqs");
        QTest::newRow("everything") << qint64(0) << 100 << QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QTest::newRow("after a cursor") << qint64(4) << 100 << QList<qint64> {5, 6, 7, 8, 9, 10};
        QTest::newRow("first page") << qint64(0) << 3 << QList<qint64> {1, 2, 3};
        QTest::newRow("middle page") << qint64(3) << 3 << QList<qint64> {4, 5, 6};
        QTest::newRow("last op") << qint64(9) << 3 << QList<qint64> {10};
        QTest::newRow("at head") << qint64(10) << 100 << QList<qint64> {};
        QTest::newRow("beyond head") << qint64(50) << 100 << QList<qint64> {};
    }
    void readSincePagesInOrder()
    {
        QFETCH(qint64, after);
        QFETCH(int, maxOps);
        QFETCH(QList<qint64>, seqs);
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(newPath()));
        appendTen(storage);
        if (QTest::currentTestFailed())
            return;
        const auto page = storage.readSince(QStringLiteral("w"), after, maxOps, 1 << 20);
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        QCOMPARE(seqsOf(page.value), seqs);
        for (const SequencedOp &op : page.value)
            QCOMPARE(op.body, "body " + QByteArray::number(op.seq));
        // Other workspaces' ops never leak into the page.
        QVERIFY(storage.readSince(QStringLiteral("other"), after, maxOps, 1 << 20).value.isEmpty());
    }

    void readSinceRespectsMaxBytes_data()
    {
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("count");
        QTest::newRow("room for two and a half") << qint64(250) << 2;
        QTest::newRow("exactly three") << qint64(300) << 3;
        QTest::newRow("less than one") << qint64(10) << 1; // never an empty page while ops remain
        QTest::newRow("zero") << qint64(0) << 1;
        QTest::newRow("plenty") << qint64(1 << 20) << 5;
    }
    void readSinceRespectsMaxBytes()
    {
        QFETCH(qint64, maxBytes);
        QFETCH(int, count);
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(newPath()));
        QList<RelayOp> ops;
        for (int counter = 1; counter <= 5; ++counter)
            ops.append(
                relayOp(QStringLiteral("w"), kReplicaA, counter, QByteArray(100, char('a' + counter))));
        QVERIFY(storage.append(ops).ok());
        const auto page = storage.readSince(QStringLiteral("w"), 0, 100, maxBytes);
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        QCOMPARE(page.value.size(), qsizetype(count));
        for (qsizetype i = 0; i < page.value.size(); ++i) {
            QCOMPARE(page.value.at(i).seq, qint64(i + 1));
            QCOMPARE(page.value.at(i).body, ops.at(i).body);
        }
    }

    void lastCounterAndSequenceOf()
    {
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(newPath()));
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        QVERIFY(storage
                    .append({relayOp(a, kReplicaA, 1), relayOp(a, kReplicaB, 1), relayOp(a, kReplicaA, 2),
                             relayOp(a, kReplicaA, 3), relayOp(b, kReplicaA, 1), relayOp(a, kReplicaB, 2)})
                    .ok());
        QCOMPARE(storage.lastCounter(a, kReplicaA).value, qint64(3));
        QCOMPARE(storage.lastCounter(a, kReplicaB).value, qint64(2));
        QCOMPARE(storage.lastCounter(b, kReplicaA).value, qint64(1));
        QCOMPARE(storage.lastCounter(b, kReplicaB).value, qint64(0));
        QCOMPARE(storage.lastCounter(QStringLiteral("c"), kReplicaA).value, qint64(0));

        QCOMPARE(storage.sequenceOf(a, kReplicaA, 1).value.seq, qint64(1));
        QCOMPARE(storage.sequenceOf(a, kReplicaB, 1).value.seq, qint64(2));
        QCOMPARE(storage.sequenceOf(a, kReplicaA, 3).value.seq, qint64(4));
        QCOMPARE(storage.sequenceOf(a, kReplicaB, 2).value.seq, qint64(5));
        QCOMPARE(storage.sequenceOf(b, kReplicaA, 1).value.seq, qint64(1));
        QCOMPARE(storage.sequenceOf(a, kReplicaA, 4).value.seq, qint64(0));
        QCOMPARE(storage.sequenceOf(b, kReplicaB, 1).value.seq, qint64(0));
    }

    void duplicateOpIsRefusedWithoutMovingTheHead()
    {
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(newPath()));
        const QString w = QStringLiteral("w");
        QVERIFY(storage.append({relayOp(w, kReplicaA, 1)}).ok());

        const auto again = storage.append({relayOp(w, kReplicaA, 1, "a second copy")});
        QVERIFY(!again.ok());
        QVERIFY(!again.error.message.isEmpty());
        QCOMPARE(storage.head(w).value, qint64(1));

        // A batch that ends in a duplicate is refused whole: its first op is not kept either.
        const auto batch = storage.append({relayOp(w, kReplicaA, 2), relayOp(w, kReplicaA, 1)});
        QVERIFY(!batch.ok());
        QCOMPARE(storage.head(w).value, qint64(1));
        QCOMPARE(storage.lastCounter(w, kReplicaA).value, qint64(1));
        const auto stored = storage.readSince(w, 0, 100, 1 << 20);
        QCOMPARE(bodiesOf(stored.value), (QList<QByteArray> {relayOp(w, kReplicaA, 1).body}));

        // And the numbering carries on without a gap.
        const auto next = storage.append({relayOp(w, kReplicaA, 2)});
        QVERIFY2(next.ok(), qPrintable(next.error.message));
        QCOMPARE(next.value, (QList<qint64> {2}));

        // The same replica and counter in another workspace is a different op.
        const auto elsewhere = storage.append({relayOp(QStringLiteral("other"), kReplicaA, 1)});
        QVERIFY2(elsewhere.ok(), qPrintable(elsewhere.error.message));
        QCOMPARE(elsewhere.value, (QList<qint64> {1}));
    }

    // Each replica's ops are found through a few marks, not an index row per op: across
    // thousands of ops, batches of every size, a replica that writes rarely and a reopen.
    void countersAreFoundAmongThousandsOfOpsAndAfterAReopen()
    {
        const QString path = newPath();
        QList<std::pair<RelayOp, qint64>> stored;
        {
            SqliteRelayStorage storage;
            QVERIFY(!storage.open(path));
            stored = appendMixed(storage);
            QCOMPARE(stored.size(), 3000);
            checkCounters(storage, stored);
        }
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path));
        checkCounters(storage, stored);

        // After the reopen a second copy of a stored op is still refused, and nothing of its
        // batch is kept.
        const QString w = QStringLiteral("w");
        const qint64 head = storage.head(w).value;
        const qint64 lastA = storage.lastCounter(w, kReplicaA).value;
        const auto again = storage.append({relayOp(w, kReplicaB, storage.lastCounter(w, kReplicaB).value + 1),
                                           relayOp(w, kReplicaA, lastA)});
        QVERIFY(!again.ok());
        QVERIFY2(again.error.message.contains(kReplicaA), qPrintable(again.error.message));
        QCOMPARE(storage.head(w).value, head);
        QCOMPARE(storage.lastCounter(w, kReplicaA).value, lastA);
        const auto next = storage.append({relayOp(w, kReplicaA, lastA + 1)});
        QVERIFY2(next.ok(), qPrintable(next.error.message));
        QCOMPARE(storage.sequenceOf(w, kReplicaA, lastA + 1).value.seq, head + 1);
        storage.close();

        // Two workspaces, three replicas: A and B are marked about once per 1,024 sequence
        // numbers, C at each of its two ops.
        const qint64 marks = countRows(path, QStringLiteral("SELECT count(*) FROM relay_counter_marks"));
        QVERIFY2(marks >= 5 && marks <= 12, qPrintable(QString::number(marks)));
    }

    void dataSurvivesCloseAndReopen()
    {
        const QString path = newPath();
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QList<RelayOp> ops {relayOp(a, kReplicaA, 1), relayOp(b, kReplicaB, 1),
                                  relayOp(a, kReplicaA, 2)};
        {
            SqliteRelayStorage storage;
            QVERIFY(!storage.open(path));
            QVERIFY(storage.append(ops).ok());
            storage.close();
        }
        {
            SqliteRelayStorage storage;
            const StoreError error = storage.open(path);
            QVERIFY2(!error, qPrintable(error.message));
            QCOMPARE(storage.head(a).value, qint64(2));
            QCOMPARE(storage.head(b).value, qint64(1));
            QCOMPARE(bodiesOf(storage.readSince(a, 0, 100, 1 << 20).value),
                     (QList<QByteArray> {ops.at(0).body, ops.at(2).body}));
            QCOMPARE(bodiesOf(storage.readSince(b, 0, 100, 1 << 20).value),
                     (QList<QByteArray> {ops.at(1).body}));
            QCOMPARE(storage.lastCounter(a, kReplicaA).value, qint64(2));
            QCOMPARE(storage.sequenceOf(b, kReplicaB, 1).value.seq, qint64(1));
            const auto next = storage.append({relayOp(a, kReplicaA, 3)});
            QVERIFY2(next.ok(), qPrintable(next.error.message));
            QCOMPARE(next.value, (QList<qint64> {3}));
            // No close(): going out of scope must be enough.
        }
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path));
        QCOMPARE(storage.head(a).value, qint64(3));

        // Reopening the same object works too.
        storage.close();
        QVERIFY(!storage.open(path));
        QCOMPARE(storage.head(a).value, qint64(3));
        QCOMPARE(storage.readSince(a, 0, 100, 1 << 20).value.size(), qsizetype(3));
    }

    void alertGroupsAreReplacedPerGroupAndSurviveAReopen()
    {
        const QString path = newPath();
        protocol::AlertRecord disk;
        disk.fingerprint = QStringLiteral("48c0674ebf9ac78b");
        disk.labels
            = {{QStringLiteral("alertname"), QStringLiteral("DiskFull 'x'; DROP TABLE relay_ops;--")}};
        disk.startsAt = 1'700'000'000'000;
        disk.source = QStringLiteral("http://am:9093");
        protocol::AlertRecord errors = disk;
        errors.fingerprint = QStringLiteral("e1");
        {
            SqliteRelayStorage storage;
            QVERIFY(!storage.open(path));
            QVERIFY(storage.alertGroups(QStringLiteral("w")).value.isEmpty());
            QVERIFY(
                !storage.saveAlertGroup(QStringLiteral("w"), {disk.source, QStringLiteral("g1"), {disk}, 5}));
            QVERIFY(!storage.saveAlertGroup(QStringLiteral("w"),
                                            {disk.source, QStringLiteral("g2"), {errors}, 6}));
            QVERIFY(!storage.saveAlertGroup(QStringLiteral("other"),
                                            {disk.source, QStringLiteral("g1"), {disk}, 7}));
            // The group's next webhook replaces it; nothing firing removes it.
            QVERIFY(!storage.saveAlertGroup(QStringLiteral("w"),
                                            {disk.source, QStringLiteral("g1"), {disk, errors}, 8}));
            QVERIFY(!storage.saveAlertGroup(QStringLiteral("w"), {disk.source, QStringLiteral("g2"), {}, 9}));
        }
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path));
        const auto groups = storage.alertGroups(QStringLiteral("w"));
        QVERIFY(groups.ok());
        QCOMPARE(groups.value.size(), 1);
        QCOMPARE(groups.value.first().groupKey, QStringLiteral("g1"));
        QCOMPARE(groups.value.first().receivedAtMs, 8);
        QCOMPARE(groups.value.first().firing, (QList<protocol::AlertRecord> {disk, errors}));
        QCOMPARE(storage.alertGroups(QStringLiteral("other")).value.size(), 1);
        QCOMPARE(storage.head(QStringLiteral("w")).value, 0); // alerts are not ops
    }

    void aVersionOneFileIsUpgradedWithItsOps()
    {
        // A relay database as the first released relay wrote it: schema 1, ops only.
        const QString path = newPath();
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(!db.exec(QStringLiteral("CREATE TABLE relay_ops (workspace TEXT NOT NULL, seq INTEGER "
                                            "NOT NULL, replica TEXT NOT NULL,"
                                            " counter INTEGER NOT NULL, body BLOB NOT NULL, PRIMARY KEY "
                                            "(workspace, seq)) WITHOUT ROWID")));
            QVERIFY(!db.exec(QStringLiteral(
                "CREATE UNIQUE INDEX relay_ops_by_replica ON relay_ops (workspace, replica, counter)")));
            QVERIFY(!db.exec(
                QStringLiteral("INSERT INTO relay_ops VALUES ('w', 1, '%1', 1, x'a1')").arg(kReplicaA)));
            QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        SqliteRelayStorage storage;
        const StoreError error = storage.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(storage.head(QStringLiteral("w")).value, 1);
        QCOMPARE(storage.readSince(QStringLiteral("w"), 0, 10, 1 << 20).value.first().body,
                 QByteArray("\xa1"));
        QVERIFY(storage.alertGroups(QStringLiteral("w")).value.isEmpty());
        QVERIFY(!storage.saveAlertGroup(QStringLiteral("w"),
                                        {QStringLiteral("http://am"), QStringLiteral("g"), {}, 1}));
        storage.close();
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.userVersion(), SqliteRelayStorage::latestSchemaVersion());
    }

    void aVersionTwoFileIsUpgradedAndHasNoTokensYet()
    {
        // As the relay of schema 2 wrote it: ops and alert groups, no tokens.
        const QString path = fixtureCopy();
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(!db.exec(QStringLiteral("DROP TABLE relay_tokens")));
            QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = 2")));
            db.close();
        }
        SqliteRelayStorage storage;
        const StoreError error = storage.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(storage.head(QStringLiteral("default")).value, 27);
        const auto tokens = storage.tokens();
        QVERIFY(tokens.ok());
        QVERIFY(tokens.value.isEmpty());
    }

    void aVersionFourFileIsUpgradedAndHasNoIntegrationsYet()
    {
        // As the relay of schema 4 left it: the v3 fixture chained, without the integration
        // tables that schema 5 adds.
        const QString path = fixtureCopy();
        {
            SqliteRelayStorage upgraded;
            QVERIFY(!upgraded.open(path));
            upgraded.close();
            Database db;
            QVERIFY(!db.open(path));
            for (const char *table :
                 {"relay_integrations", "relay_outbound", "relay_integration_cursors", "relay_counter_marks"})
                QVERIFY(!db.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = 4")));
            db.close();
        }
        SqliteRelayStorage storage;
        const StoreError error = storage.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(storage.head(QStringLiteral("default")).value, 27);
        QVERIFY(storage.integrations().ok());
        QVERIFY(storage.integrations().value.isEmpty());
        QCOMPARE(storage.integrationCursor(QStringLiteral("default")).value, std::nullopt);
        Integration integration;
        integration.id = QStringLiteral("int-upgraded");
        integration.workspace = QStringLiteral("default");
        integration.url = QStringLiteral("https://hooks.example.com/x");
        integration.events = {IncidentEventKind::Declared};
        QVERIFY(!storage.saveIntegration(integration));
        QCOMPARE(storage.integrations().value.size(), 1);
    }

    void aVersionFiveFileKeepsItsIntegrationsAndTakesJiraOnes()
    {
        // As the relay of schema 5 left it: a Slack integration, no settings column.
        const QString path = fixtureCopy();
        Integration slack;
        slack.id = QStringLiteral("int-slack");
        slack.workspace = QStringLiteral("default");
        slack.url = QStringLiteral("https://hooks.example.com/x");
        slack.events = {IncidentEventKind::Declared};
        {
            SqliteRelayStorage upgraded;
            QVERIFY(!upgraded.open(path));
            QVERIFY(!upgraded.saveIntegration(slack));
            upgraded.close();
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(!db.exec(QStringLiteral("ALTER TABLE relay_integrations DROP COLUMN settings")));
            QVERIFY(!db.exec(QStringLiteral("DROP TABLE relay_counter_marks")));
            QVERIFY(!db.exec(QStringLiteral("PRAGMA user_version = 5")));
            db.close();
        }
        SqliteRelayStorage storage;
        const StoreError error = storage.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(storage.integrations().value.size(), 1);
        QCOMPARE(storage.integrations().value.constFirst().url, slack.url);
        Integration jira;
        jira.id = QStringLiteral("int-jira");
        jira.workspace = QStringLiteral("default");
        jira.kind = IntegrationKind::Jira;
        jira.name = QStringLiteral("Follow-ups");
        jira.url = QStringLiteral("https://acme.atlassian.net");
        jira.secret = QStringLiteral("token");
        jira.events = {IncidentEventKind::ActionItemFiled};
        jira.jira = {QStringLiteral("OPS"), QStringLiteral("Task"), QStringLiteral("bot@example.com")};
        QVERIFY(!storage.saveIntegration(jira));
        const auto all = storage.integrations().value;
        QCOMPARE(all.size(), 2);
        const auto read = std::find_if(all.cbegin(), all.cend(),
                                       [](const Integration &i) { return i.id == u"int-jira"; });
        QVERIFY(read != all.cend());
        QCOMPARE(read->kind, IntegrationKind::Jira);
        QCOMPARE(read->jira, jira.jira);
        QCOMPARE(read->events, jira.events);
    }

    // Schema 7 moves the ops from a WITHOUT ROWID table, where a 1 KiB op spilled to an overflow
    // page of its own, into a rowid table. Everything stored comes through: bodies, sequence
    // numbers, counters and chain links; and the relay goes on from the same head.
    void aVersionSixFileKeepsEveryOpInItsNewTable()
    {
        const QString path = fixtureCopy();
        QList<SequencedOp> before;
        {
            SqliteRelayStorage upgraded;
            QVERIFY(!upgraded.open(path));
            before = upgraded.readSince(QStringLiteral("default"), 0, 1000, 1 << 20).value;
            upgraded.close();
            // Back to schema 6's table, as that relay left it.
            Database db;
            QVERIFY(!db.open(path));
            for (const char *statement :
                 {"CREATE TABLE relay_ops_v6 (workspace TEXT NOT NULL, seq INTEGER NOT NULL, replica TEXT "
                  "NOT NULL,"
                  " counter INTEGER NOT NULL, body BLOB NOT NULL, chain_position INTEGER, chain_hash BLOB,"
                  " PRIMARY KEY (workspace, seq)) WITHOUT ROWID",
                  "INSERT INTO relay_ops_v6 SELECT workspace, seq, replica, counter, body, chain_position,"
                  " chain_hash FROM relay_ops",
                  "DROP TABLE relay_ops", "ALTER TABLE relay_ops_v6 RENAME TO relay_ops",
                  "CREATE UNIQUE INDEX relay_ops_by_replica ON relay_ops (workspace, replica, counter)",
                  "DROP TABLE relay_counter_marks", "PRAGMA user_version = 6"})
                QVERIFY(!db.exec(QString::fromUtf8(statement)));
            db.close();
        }
        QCOMPARE(before.size(), 27);
        SqliteRelayStorage storage;
        const StoreError error = storage.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        const auto after = storage.readSince(QStringLiteral("default"), 0, 1000, 1 << 20);
        QVERIFY(after.ok());
        QCOMPARE(seqsOf(after.value), seqsOf(before));
        QCOMPARE(bodiesOf(after.value), bodiesOf(before));
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.value.at(i).chain, before.at(i).chain);
        QCOMPARE(storage.head(QStringLiteral("default")).value, 27);

        // Counters still find their ops, and a replica's next op takes the next sequence number.
        const auto first = Operation::fromCbor(QCborValue::fromCbor(before.constFirst().body), nullptr);
        QVERIFY(first);
        QCOMPARE(
            storage.sequenceOf(QStringLiteral("default"), first->id.replica, first->id.counter).value.seq,
            before.constFirst().seq);
        const qint64 last = storage.lastCounter(QStringLiteral("default"), first->id.replica).value;
        QVERIFY(last > 0);
        const auto appended
            = storage.append({relayOp(QStringLiteral("default"), first->id.replica, last + 1)});
        QVERIFY(appended.ok());
        QCOMPARE(appended.value, QList<qint64> {28});
        storage.close();

        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.userVersion(), SqliteRelayStorage::latestSchemaVersion());
        QSqlQuery &table
            = db.prepared(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'relay_ops'"));
        QVERIFY(!db.exec(table));
        QVERIFY(table.next());
        QVERIFY2(!table.value(0).toString().contains(QLatin1String("WITHOUT ROWID")),
                 qPrintable(table.value(0).toString()));
        table.finish();
    }

    // Schema 8 drops the index of every op by replica for sparse marks, made on the upgrade
    // for the ops already stored.
    void aVersionSevenFileIsMarkedAndLosesItsReplicaIndex()
    {
        const QString path = newPath();
        QList<std::pair<RelayOp, qint64>> stored;
        {
            SqliteRelayStorage storage;
            QVERIFY(!storage.open(path));
            stored = appendMixed(storage);
            QCOMPARE(stored.size(), 3000);
            storage.close();
            // Back to schema 7, as that relay left it.
            Database db;
            QVERIFY(!db.open(path));
            for (const char *statement :
                 {"DROP TABLE relay_counter_marks",
                  "CREATE UNIQUE INDEX relay_ops_by_replica ON relay_ops (workspace, replica, counter)",
                  "PRAGMA user_version = 7"})
                QVERIFY(!db.exec(QString::fromUtf8(statement)));
            db.close();
        }
        SqliteRelayStorage storage;
        const StoreError error = storage.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        checkCounters(storage, stored);
        QCOMPARE(storage.head(QStringLiteral("w")).value, 2400);
        QCOMPARE(storage.head(QStringLiteral("x")).value, 600);
        storage.close();

        QCOMPARE(countRows(path, QStringLiteral("PRAGMA user_version")),
                 SqliteRelayStorage::latestSchemaVersion());
        QCOMPARE(countRows(path,
                           QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                          "'relay_ops_by_replica'")),
                 0);
        const qint64 marks = countRows(path, QStringLiteral("SELECT count(*) FROM relay_counter_marks"));
        QVERIFY2(marks >= 5 && marks <= 12, qPrintable(QString::number(marks)));
    }

    // A 1 KiB op, the size of a long log entry, is stored in the table's own pages: 100 of them
    // take about 100 KiB of the file, not a 4 KiB overflow page each.
    void largeOpsDoNotTakeAPageEach()
    {
        const QString path = newPath();
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path));
        const auto pages = [&path] {
            Database db;
            if (db.open(path))
                return qint64(-1);
            QSqlQuery &query = db.prepared(QStringLiteral("PRAGMA page_count"));
            if (db.exec(query) || !query.next())
                return qint64(-1);
            const qint64 count = query.value(0).toLongLong();
            query.finish();
            return count;
        };
        const qint64 empty = pages();
        QVERIFY(empty > 0);
        QList<RelayOp> ops;
        for (int i = 1; i <= 100; ++i)
            ops.append(relayOp(QStringLiteral("w"), kReplicaA, i, QByteArray(1024, char('a' + i % 26))));
        QVERIFY(storage.append(ops).ok());
        const qint64 grown = pages() - empty;
        QVERIFY2(grown < 50,
                 qPrintable(QStringLiteral("100 ops of 1 KiB took %1 pages of 4 KiB").arg(grown)));
    }

    // The relay's commits never copy the log back themselves: a thread of its own does, while
    // the relay runs (SQLite alone would leave 1,300 pages in the log until it held 8,000).
    void theLogReachesTheFileWhileTheRelayRuns()
    {
        const QString path = newPath();
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path));
        const qint64 empty = QFileInfo(path).size();
        for (int batch = 0; batch < 50; ++batch) {
            QList<RelayOp> ops;
            for (int i = 1; i <= 100; ++i) {
                ops.append(relayOp(QStringLiteral("w"), kReplicaA, batch * 100 + i,
                                   QByteArray(1024, char('a' + i % 26))));
            }
            QVERIFY(storage.append(ops).ok());
        }
        QTRY_VERIFY2(QFileInfo(path).size() >= empty + 4'000'000,
                     qPrintable(QStringLiteral("the file holds %1 bytes").arg(QFileInfo(path).size())));
        const auto read = storage.readSince(QStringLiteral("w"), 4990, 100, 1'000'000);
        QVERIFY(read.ok());
        QCOMPARE(read.value.size(), 10);
        QCOMPARE(read.value.last().seq, 5000);
    }

    // A relay of schema 3 (written by it: tests/relay/fixtures/relay-schema-v3.sqlite, two
    // workspaces with log entries) chains the entries it already has when it is upgraded,
    // in sequence order, exactly as it would have chained them as they arrived.
    void aVersionThreeFileChainsItsStoredLogEntries()
    {
        const QString path = fixtureCopy();
        SqliteRelayStorage storage;
        const StoreError error = storage.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        int entries = 0;
        for (const QString workspace : {QStringLiteral("default"), QStringLiteral("payments")}) {
            const auto ops = storage.readSince(workspace, 0, 1000, 1 << 20);
            QVERIFY(ops.ok());
            QVERIFY(!ops.value.isEmpty());
            QHash<QString, ChainLink> heads;
            for (const SequencedOp &stored : ops.value) {
                QString problem;
                const auto op = Operation::fromCbor(QCborValue::fromCbor(stored.body), &problem);
                QVERIFY2(op, qPrintable(problem));
                const auto entry = ChainedEntry::fromOperation(*op);
                if (!entry) {
                    QVERIFY(stored.chain.isNull());
                    continue;
                }
                ++entries;
                ChainLink &head = heads[entry->incidentId];
                head = logchain::next(head, *entry);
                QCOMPARE(stored.chain, head);
                QCOMPARE(storage.sequenceOf(workspace, op->id.replica, op->id.counter).value.chain, head);
            }
            QVERIFY(!heads.isEmpty());
            for (auto it = heads.cbegin(); it != heads.cend(); ++it)
                QCOMPARE(storage.chainHead(workspace, it.key()).value, it.value());
        }
        QCOMPARE(entries, 8); // two declarations and a log line each, and the entries logged
        QVERIFY(storage.chainHead(QStringLiteral("payments"), QStringLiteral("01M8Z22S5PDRJF8X8KH821VZ4A"))
                    .value.isNull()); // that incident is in the other workspace
    }

    // Links given with the ops are stored with them, paged back with them and move the head.
    void chainLinksAreStoredWithTheirOps()
    {
        const QString path = newPath();
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path));
        const ChainLink first {1, QByteArray(32, '\x01')};
        const ChainLink second {2, QByteArray(32, '\x02')};
        RelayOp a = relayOp(QStringLiteral("w"), kReplicaA, 1);
        a.chainIncident = QStringLiteral("INC");
        a.chain = first;
        RelayOp b = relayOp(QStringLiteral("w"), kReplicaA, 2);
        RelayOp c = relayOp(QStringLiteral("w"), kReplicaA, 3);
        c.chainIncident = QStringLiteral("INC");
        c.chain = second;
        QVERIFY(storage.append({a, b, c}).ok());
        const auto page = storage.readSince(QStringLiteral("w"), 0, 10, 1 << 20);
        QCOMPARE(page.value.size(), 3);
        QCOMPARE(page.value.at(0).chain, first);
        QVERIFY(page.value.at(1).chain.isNull());
        QCOMPARE(page.value.at(2).chain, second);
        QCOMPARE(storage.chainHead(QStringLiteral("w"), QStringLiteral("INC")).value, second);
        QVERIFY(storage.chainHead(QStringLiteral("other"), QStringLiteral("INC")).value.isNull());
        storage.close();
        QVERIFY(!storage.open(path));
        QCOMPARE(storage.sequenceOf(QStringLiteral("w"), kReplicaA, 3).value.chain, second);
    }

    // Every commit chains its entries to this head: a refused batch must leave it where it was,
    // or the next entry would be chained to a link the file never held.
    void aRefusedBatchLeavesTheChainHeadWhereItWas()
    {
        const QString path = newPath();
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path));
        const QString w = QStringLiteral("w");
        const QString incident = QStringLiteral("INC");
        const ChainLink first {1, QByteArray(32, '\x01')};
        RelayOp a = relayOp(w, kReplicaA, 1);
        a.chainIncident = incident;
        a.chain = first;
        QVERIFY(storage.append({a}).ok());
        QCOMPARE(storage.chainHead(w, incident).value, first);

        RelayOp b = relayOp(w, kReplicaA, 2);
        b.chainIncident = incident;
        b.chain = {2, QByteArray(32, '\x02')};
        QVERIFY(!storage.append({b, relayOp(w, kReplicaA, 1)}).ok()); // ends in a duplicate
        QCOMPARE(storage.chainHead(w, incident).value, first);

        const ChainLink third {2, QByteArray(32, '\x03')};
        b.chain = third;
        QVERIFY(storage.append({b}).ok());
        QCOMPARE(storage.chainHead(w, incident).value, third);
        storage.close();
        QVERIFY(!storage.open(path));
        QCOMPARE(storage.chainHead(w, incident).value, third);
    }

    void tokensAreKeptAsDigestsAndRevokedOnce()
    {
        const QString path = newPath();
        const IssuedToken member
            = issueToken(QStringLiteral("ops"), QStringLiteral("Zoë 'x'; DROP"), TokenRole::Member, 10);
        const IssuedToken wall
            = issueToken(QStringLiteral("ops"), QStringLiteral("wall"), TokenRole::Viewer, 20);
        {
            SqliteRelayStorage storage;
            QVERIFY(!storage.open(path));
            QVERIFY(!storage.saveToken(member.record));
            QVERIFY(!storage.saveToken(wall.record));
            QVERIFY(storage.saveToken(member.record)); // the id is taken
            QCOMPARE(storage.revokeToken(wall.record.id, 30).value, true);
            QCOMPARE(storage.revokeToken(wall.record.id, 40).value, true);
            QCOMPARE(storage.revokeToken(QStringLiteral("nosuchtoken0"), 40).value, false);
            storage.close();
        }
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path, SqliteRelayStorage::Check::Header));
        const auto all = storage.tokens();
        QVERIFY(all.ok());
        QCOMPARE(all.value.size(), 2);
        QCOMPARE(all.value.at(0).id, member.record.id); // oldest first
        QCOMPARE(all.value.at(0).user, QStringLiteral("Zoë 'x'; DROP"));
        QCOMPARE(all.value.at(0).digest, member.record.digest);
        QCOMPARE(all.value.at(0).role, TokenRole::Member);
        QVERIFY(!all.value.at(0).revoked());
        QCOMPARE(all.value.at(1).role, TokenRole::Viewer);
        QCOMPARE(all.value.at(1).revokedAtMs, 30); // the first revocation counts
        const auto one = storage.token(member.record.id);
        QVERIFY(one.ok() && one.value);
        QCOMPARE(one.value->createdAtMs, 10);
        QVERIFY(!storage.token(QStringLiteral("nosuchtoken0")).value);
    }

    void garbageFileIsRefusedAndUntouched()
    {
        const QString path = newPath();
        QByteArray garbage;
        while (garbage.size() < 4096)
            garbage += "garbage";
        garbage.truncate(4096);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(garbage), qint64(4096));
        }
        const QByteArray before = fileHash(path);
        {
            SqliteRelayStorage storage;
            const StoreError error = storage.open(path);
            QCOMPARE(error.code, StoreError::Code::Corrupt);
            QVERIFY(!error.message.isEmpty());
            storage.close();
        }
        QCOMPARE(fileHash(path), before);
    }

    void newerSchemaIsRefused()
    {
        const QString path = newPath();
        const QString connection = QStringLiteral("newer-relay");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QVERIFY(99 > SqliteRelayStorage::latestSchemaVersion());

        {
            SqliteRelayStorage storage;
            const StoreError error = storage.open(path);
            QCOMPARE(error.code, StoreError::Code::TooNew);
            QVERIFY2(error.message.contains(QStringLiteral("newer")), qPrintable(error.message));
        }

        // Nothing was migrated: the version and the (empty) schema are the newer relay's.
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.userVersion(), 99);
        QSqlQuery &q = db.prepared(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
    }

    void oddNamesAndBytesRoundTrip_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("sql in workspace")
            << QStringLiteral("x'; DROP TABLE relay_ops; --") << QByteArray("an ordinary body");
        QTest::newRow("sql in body") << QStringLiteral("default")
                                     << QByteArray("'); DELETE FROM relay_ops WHERE ('1'='1");
        QTest::newRow("quotes and percent")
            << QStringLiteral("\"a\" % _ \\ ?") << QByteArray("?1 ?2 :name @x $y");
        QTest::newRow("unicode workspace")
            << QStringLiteral("Zahlung-fällt-aus-東京-💳") << QByteArray("body");
        QTest::newRow("nul and high bytes")
            << QStringLiteral("default") << QByteArray("\x00\x01\x00\xff\xfe\x80 end\x00", 11);
        QTest::newRow("cbor with invalid utf-8")
            << QStringLiteral("default") << QByteArray::fromHex("a2617269c3286e6f742075746638616300");
        QTest::newRow("large body") << QStringLiteral("default") << QByteArray(200 * 1024, '\x00');
    }
    void oddNamesAndBytesRoundTrip()
    {
        QFETCH(QString, workspace);
        QFETCH(QByteArray, body);
        const QString path = newPath();
        {
            SqliteRelayStorage storage;
            QVERIFY(!storage.open(path));
            const auto appended = storage.append({relayOp(workspace, kReplicaA, 1, body)});
            QVERIFY2(appended.ok(), qPrintable(appended.error.message));
            QCOMPARE(appended.value, (QList<qint64> {1}));
            // An ordinary workspace beside it is still there and still its own.
            QVERIFY(storage.append({relayOp(QStringLiteral("plain"), kReplicaA, 1)}).ok());
        }
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(path));
        QCOMPARE(storage.head(workspace).value, qint64(1));
        QCOMPARE(storage.lastCounter(workspace, kReplicaA).value, qint64(1));
        QCOMPARE(storage.sequenceOf(workspace, kReplicaA, 1).value.seq, qint64(1));
        const auto read = storage.readSince(workspace, 0, 100, 1 << 20);
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        QCOMPARE(read.value.size(), qsizetype(1));
        QCOMPARE(read.value.constFirst().body.size(), body.size());
        QCOMPARE(read.value.constFirst().body, body);
        QCOMPARE(storage.head(QStringLiteral("plain")).value, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSqliteRelayStorage)
#include "tst_sqliterelaystorage.moc"

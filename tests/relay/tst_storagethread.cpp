// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's commits on their own thread, on a real file: the result comes back on the
// caller's thread through its event loop (or at once from wait()), the hub's own connection
// reads what the thread wrote, numbering continues across groups, and a group SQLite refuses
// comes back as an error with nothing of it written and the numbering unmoved.
#include "relay/sqliterelaystorage.h"
#include "relay/storagethread.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace muster;

namespace {

const QString kWorkspace = QStringLiteral("default");
const QString kReplica = QStringLiteral("a000000000000001");

QList<RelayOp> ops(qint64 firstCounter, int count)
{
    QList<RelayOp> out;
    for (int i = 0; i < count; ++i) {
        const qint64 counter = firstCounter + i;
        out.append({kWorkspace, kReplica, counter, "op " + QByteArray::number(counter)});
    }
    return out;
}

} // namespace

class TestStorageThread : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("relay.sqlite")); }

private Q_SLOTS:
    void theResultArrivesOnTheCallersThreadAndTheReaderSeesIt()
    {
        SqliteRelayStorage reader;
        QVERIFY(!reader.open(path()));
        StorageThread thread;
        QVERIFY(!thread.open(path()));

        bool called = false;
        QThread *calledOn = nullptr;
        StoreResult<QList<qint64>> result;
        thread.append(ops(1, 3), [&](const StoreResult<QList<qint64>> &r) {
            called = true;
            calledOn = QThread::currentThread();
            result = r;
        });
        QVERIFY(!called); // not from inside append()
        QTRY_VERIFY(called);
        QCOMPARE(calledOn, QThread::currentThread());
        QVERIFY(result.ok());
        QCOMPARE(result.value, (QList<qint64> {1, 2, 3}));
        QCOMPARE(reader.head(kWorkspace).value, 3);
        QCOMPARE(reader.lastCounter(kWorkspace, kReplica).value, 3);
        QCOMPARE(reader.readSince(kWorkspace, 1, 10, 1 << 20).value.first().body, QByteArray("op 2"));
    }

    void waitDeliversAtOnceAndNumberingContinues()
    {
        SqliteRelayStorage reader;
        QVERIFY(!reader.open(path()));
        StorageThread thread;
        QVERIFY(!thread.open(path()));
        const qint64 before = reader.head(kWorkspace).value;
        const qint64 counter = reader.lastCounter(kWorkspace, kReplica).value + 1;

        QList<qint64> seqs;
        thread.append(ops(counter, 2), [&](const StoreResult<QList<qint64>> &r) { seqs = r.value; });
        thread.wait(); // no event loop: the shutdown path
        QCOMPARE(seqs, (QList<qint64> {before + 1, before + 2}));
        // The queued delivery that follows finds nothing to deliver twice.
        int calls = 0;
        thread.append(ops(counter + 2, 1), [&](const StoreResult<QList<qint64>> &r) {
            ++calls;
            seqs = r.value;
        });
        QTRY_COMPARE(calls, 1);
        QTest::qWait(20);
        QCOMPARE(calls, 1);
        QCOMPARE(seqs, QList<qint64> {before + 3});
        QCOMPARE(reader.head(kWorkspace).value, before + 3);
    }

    void aFailedAppendIsReportedAndStoresNothing()
    {
        SqliteRelayStorage reader;
        QVERIFY(!reader.open(path()));
        StorageThread thread;
        QVERIFY(!thread.open(path()));
        const qint64 head = reader.head(kWorkspace).value;
        const qint64 last = reader.lastCounter(kWorkspace, kReplica).value;
        // A counter the replica already has: the unique index refuses the whole group.
        QList<RelayOp> group = ops(last + 1, 2);
        group.append(ops(last, 1));
        StoreResult<QList<qint64>> result;
        bool called = false;
        thread.append(group, [&](const StoreResult<QList<qint64>> &r) {
            result = r;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(reader.head(kWorkspace).value, head);
        // The thread's numbering did not move either.
        QList<qint64> seqs;
        thread.append(ops(last + 1, 1), [&](const StoreResult<QList<qint64>> &r) { seqs = r.value; });
        thread.wait();
        QCOMPARE(seqs, QList<qint64> {head + 1});
    }

    void aMissingFileIsAnErrorNotACrash()
    {
        StorageThread thread;
        const StoreError error = thread.open(m_dir.filePath(QStringLiteral("no/such/dir/x.sqlite")));
        QVERIFY(error);
    }
};

QTEST_GUILESS_MAIN(TestStorageThread)
#include "tst_storagethread.moc"

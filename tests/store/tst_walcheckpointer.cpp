// SPDX-License-Identifier: GPL-3.0-or-later
// The background checkpoint on real SQLite files: the log reaches the database file without the
// writer doing it, stays small, survives a reader that holds an old snapshot, and the writer
// takes over when the thread cannot keep up.
#include "store/database.h"
#include "store/walcheckpointer.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {

constexpr int kPage = 4096;
constexpr qint64 kFrame = kPage + 24; // a page in the log carries a 24-byte frame header

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

// One transaction of `rows` rows of almost a page each: about `rows` pages in the log.
void commitRows(Database &db, int rows)
{
    QVERIFY(!db.begin());
    for (int i = 0; i < rows; ++i)
        QVERIFY(
            !db.exec(QStringLiteral("INSERT INTO t (x) VALUES (?)"), {QByteArray(3900, char('a' + i % 26))}));
    QVERIFY(!db.commit());
}

int rowsIn(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("count-%1").arg(++counter);
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM t")) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString openFresh(Database &db)
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files));
        if (db.open(path, kPage) || db.exec(QStringLiteral("CREATE TABLE t (x BLOB)")))
            return {};
        return path;
    }

private Q_SLOTS:
    void theThreadCopiesTheLogIntoTheFile()
    {
        Database db;
        const QString path = openFresh(db);
        QVERIFY(!path.isEmpty());
        QVERIFY(!db.checkpointInBackground({50, 100'000}));
        const qint64 before = fileSize(path);
        commitRows(db, 80);
        QTRY_VERIFY(db.checkpointer()->backgroundCheckpoints() >= 1);
        QTRY_VERIFY(db.checkpointer()->idle());
        // The rows are in the database file now, not only in the log.
        QVERIFY2(fileSize(path) >= before + 80 * kPage, qPrintable(QString::number(fileSize(path))));
        QCOMPARE(db.checkpointer()->writerCheckpoints(), 0);
    }

    void theLogStaysNearTheThreshold()
    {
        Database db;
        const QString path = openFresh(db);
        QVERIFY(!path.isEmpty());
        QVERIFY(!db.checkpointInBackground({50, 100'000}));
        for (int round = 0; round < 60; ++round) {
            commitRows(db, 10);
            QTRY_VERIFY(db.checkpointer()->idle());
        }
        // 600 pages were written; after each checkpoint the log starts again from its beginning.
        // SQLite's own checkpoint at 8,000 pages would have left all 600 in it.
        QVERIFY2(fileSize(path + QStringLiteral("-wal")) <= 70 * kFrame,
                 qPrintable(QString::number(fileSize(path + QStringLiteral("-wal")))));
        QVERIFY(db.checkpointer()->backgroundCheckpoints() >= 5);
        QCOMPARE(rowsIn(path), 600);
    }

    void aReaderOnAnOldSnapshotHoldsUpNeitherSide()
    {
        Database db;
        const QString path = openFresh(db);
        QVERIFY(!path.isEmpty());
        QVERIFY(!db.checkpointInBackground({50, 100'000}));
        commitRows(db, 10);
        {
            // A reader (musterctl, a backup) inside a read transaction pins the log's first
            // frames: the checkpoint copies what it may and returns; the writer goes on.
            QSqlDatabase reader
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            reader.setDatabaseName(path);
            QVERIFY(reader.open());
            QSqlQuery read(reader);
            QVERIFY(read.exec(QStringLiteral("BEGIN")));
            QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM t")) && read.next());
            QCOMPARE(read.value(0).toInt(), 10);
            for (int round = 0; round < 10; ++round) {
                commitRows(db, 10);
                QTRY_VERIFY(db.checkpointer()->idle());
            }
            read.finish();
            QVERIFY(read.exec(QStringLiteral("COMMIT")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        const qint64 before = fileSize(path);
        commitRows(db, 10);
        QTRY_VERIFY(db.checkpointer()->idle());
        // With the reader gone the next pass copies everything.
        QTRY_VERIFY2(fileSize(path) >= 120 * kPage, qPrintable(QString::number(fileSize(path))));
        QVERIFY(fileSize(path) > before);
        QCOMPARE(rowsIn(path), 120);
    }

    void theWriterCheckpointsWhenTheThreadCannot()
    {
        Database db;
        const QString path = openFresh(db);
        QVERIFY(!path.isEmpty());
        // The thread is never asked (its threshold is out of reach): the writer's own limit is
        // what bounds the log, as SQLite's automatic checkpoint did.
        QVERIFY(!db.checkpointInBackground({1'000'000, 50}));
        for (int round = 0; round < 30; ++round)
            commitRows(db, 10);
        QVERIFY(db.checkpointer()->writerCheckpoints() >= 4);
        QCOMPARE(db.checkpointer()->backgroundCheckpoints(), 0);
        QVERIFY2(fileSize(path + QStringLiteral("-wal")) <= 70 * kFrame,
                 qPrintable(QString::number(fileSize(path + QStringLiteral("-wal")))));
        QCOMPARE(rowsIn(path), 300);
    }

    void closingStopsTheThreadAndKeepsEveryRow()
    {
        QString path;
        {
            Database db;
            path = openFresh(db);
            QVERIFY(!path.isEmpty());
            QVERIFY(!db.checkpointInBackground({20, 100'000}));
            for (int round = 0; round < 20; ++round)
                commitRows(db, 7); // closes while a checkpoint may be under way
            db.close();
            QVERIFY(!db.checkpointer());
        }
        // The last connection to close checkpoints the rest and removes the log.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(rowsIn(path), 140);
        Database again;
        QVERIFY(!again.open(path, kPage));
        QVERIFY(!again.checkpointInBackground());
        commitRows(again, 3);
        again.close();
        QCOMPARE(rowsIn(path), 143);
    }

    void aClosedDatabaseCannotStartOne()
    {
        Database db;
        const StoreError error = db.checkpointInBackground();
        QVERIFY(error.isError());
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!db.checkpointer());
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"

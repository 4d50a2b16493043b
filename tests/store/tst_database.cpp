// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <sqlite3.h>

using namespace muster;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    // A write the file system refused for want of space reaches SQLite as an I/O error; the
    // person at the keyboard must read "the disk is full", not "disk I/O error".
    void aWriteRefusedForSpaceIsAFullDisk()
    {
        for (int errnoValue : {ENOSPC, EDQUOT, EFBIG}) {
            const StoreError error
                = storeErrorFromSqlite(SQLITE_IOERR_WRITE, QStringLiteral("disk I/O error"), errnoValue);
            QCOMPARE(error.code, StoreError::Code::DiskFull);
            QVERIFY(error.message.startsWith(QStringLiteral("The disk is full.")));
        }
        QCOMPARE(storeErrorFromSqlite(SQLITE_IOERR_WRITE, QStringLiteral("disk I/O error"), EIO).code,
                 StoreError::Code::Io);
        QCOMPARE(storeErrorFromSqlite(SQLITE_FULL, QStringLiteral("full")).code, StoreError::Code::DiskFull);
        QCOMPARE(storeErrorFromSqlite(SQLITE_BUSY, QStringLiteral("busy"), ENOSPC).code,
                 StoreError::Code::Locked);
    }

    void anotherProcessClosingItsConnectionLeavesOurWalAlone()
    {
        // musterctl beside the desktop, or `muster-relay token create` beside the relay: when
        // the other process closes its connection, it must see ours and leave the WAL in place.
        const QString path = m_dir.filePath(QStringLiteral("shared.db"));
        {
            Database first;
            QVERIFY(!first.open(path));
            QVERIFY(!first.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        }
        Database db; // an existing file: the header is read before SQLite opens it
        QVERIFY(!db.open(path));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        auto countElsewhere = [&] {
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"),
                          QStringLiteral("import sqlite3, sys\n"
                                         "c = sqlite3.connect(sys.argv[1])\n"
                                         "print(c.execute('SELECT count(*) FROM t').fetchone()[0])\n"
                                         "c.close()\n"),
                          path});
            if (!python.waitForFinished(30'000) || python.exitCode() != 0)
                return -1;
            return python.readAllStandardOutput().trimmed().toInt();
        };
        QCOMPARE(countElsewhere(), 1);
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the other process deleted our WAL");
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        QCOMPARE(countElsewhere(), 2); // what we write after it left is still seen by everyone
    }

    void aDamagedFileIsMovedAsideWithItsWalAndNeverOverwritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("aside.db"));
        const QDateTime now(QDate(2026, 12, 3), QTime(21, 30, 5), QTimeZone::utc());
        QStringList kept;
        for (int round = 1; round <= 2; ++round) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile file(path + suffix);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QByteArray::number(round) + suffix.toLatin1());
            }
            const auto moved = Database::moveAside(path, now);
            QVERIFY2(moved.ok(), qPrintable(moved.error.message));
            kept.append(moved.value);
            QVERIFY(!QFile::exists(path) && !QFile::exists(path + QStringLiteral("-wal")));
        }
        QCOMPARE(kept.at(0), path + QStringLiteral(".damaged-20261203-213005"));
        QCOMPARE(kept.at(1), path + QStringLiteral(".damaged-20261203-213005-2")); // not over the first
        QFile first(kept.at(0) + QStringLiteral("-wal"));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), QByteArray("1-wal"));
    }

    void opensNewFileWithPragmas()
    {
        Database db;
        const QString path = m_dir.filePath(QStringLiteral("new.db"));
        QVERIFY(!db.open(path));
        QSqlQuery &q = db.prepared(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        QSqlQuery &fk = db.prepared(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.exec() && fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
        fk.finish();
        QSqlQuery &sync = db.prepared(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(sync.exec() && sync.next());
        QCOMPARE(sync.value(0).toInt(), 2); // FULL
        sync.finish();
        QSqlQuery &pageSize = db.prepared(QStringLiteral("PRAGMA page_size"));
        QVERIFY(pageSize.exec() && pageSize.next());
        QCOMPARE(pageSize.value(0).toInt(), 8192);
        pageSize.finish();
    }

    // Files made before 8 KiB pages keep their 4 KiB pages and their data.
    void existingFileKeepsItsPageSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-pages.db"));
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database db;
        QVERIFY(!db.open(path));
        QSqlQuery &pageSize = db.prepared(QStringLiteral("PRAGMA page_size"));
        QVERIFY(pageSize.exec() && pageSize.next());
        QCOMPARE(pageSize.value(0).toInt(), 4096);
        pageSize.finish();
        QSqlQuery &row = db.prepared(QStringLiteral("SELECT x FROM t"));
        QVERIFY(row.exec() && row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("kept"));
        row.finish();
    }

    void zeroLengthFileIsAnEmptyDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.userVersion(), 0);
    }

    void garbageFileIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        const StoreError error = db.open(path);
        QCOMPARE(error.code, StoreError::Code::Corrupt);
        QVERIFY(error.message.contains(QStringLiteral("not a Muster database")));
        db.close();
        QCOMPARE(fileHash(path), before);
    }

    void damagedPagesAreRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(!db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(!db.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
            QVERIFY(!db.exec(QStringLiteral("CREATE INDEX tx ON t (x)")));
            for (int i = 0; i < 300; ++i)
                QVERIFY(!db.exec(QStringLiteral("INSERT INTO t VALUES (?)"),
                                 {QString(100, QChar(u'a' + i % 26))}));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        f.seek(size / 2); // scribble over pages in the middle, keep the header intact
        f.write(QByteArray(4096, '\xff'));
        f.close();
        const QByteArray before = fileHash(path);
        const StoreError error = Database::checkIntegrity(path);
        QCOMPARE(error.code, StoreError::Code::Corrupt);
        QCOMPARE(fileHash(path), before);
    }

    void lockedDatabaseReportsLocked()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.db"));
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.exec(QStringLiteral("CREATE TABLE t (x)")));

        // Another program holds a write transaction.
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const StoreError error = db.begin();
            QCOMPARE(error.code, StoreError::Code::Locked);
            QVERIFY(error.message.contains(QStringLiteral("another program")));
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!db.begin());
        QVERIFY(!db.commit());
    }

    void fullDatabaseReportsDiskFull()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.db"));
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.exec(QStringLiteral("CREATE TABLE t (x BLOB)")));
        // A page budget stands in for a full disk: SQLite answers SQLITE_FULL either way.
        QVERIFY(!db.exec(QStringLiteral("PRAGMA max_page_count = 20")));
        QVERIFY(!db.begin());
        StoreError error;
        for (int i = 0; i < 100 && !error; ++i)
            error = db.exec(QStringLiteral("INSERT INTO t VALUES (?)"), {QByteArray(4000, 'z')});
        QCOMPARE(error.code, StoreError::Code::DiskFull);
        QVERIFY(error.message.contains(QStringLiteral("not saved")));
        db.rollback();
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// One SQLite connection, opened safely: it checks that the file is a database in good health
// before anything writes to it, sets the pragmas Muster relies on, and keeps prepared statements.
// A connection belongs to the thread that opened it.
#pragma once

#include "storeerror.h"
#include "walcheckpointer.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

struct sqlite3;
class QDateTime;

namespace muster {

class SqliteStatement;

class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if absent) and checks the file's header and schema. A corrupt file is
    // reported, not repaired.
    // newFilePageSize applies only when the file is new: an existing file keeps its pages.
    StoreError open(const QString &path, int newFilePageSize = 8192);
    // PRAGMA quick_check over every page, on a read-only connection of its own: may run on any
    // thread, beside an open Database. About a second per 600 MB.
    static StoreError checkIntegrity(const QString &path);
    // Renames a damaged database with its -wal and -shm to PATH.damaged-YYYYMMDD-HHMMSS (and
    // -wal, -shm after that), never over an existing file, so a fresh one can take its place
    // and the damaged one stays for recovery. Returns the new name of the main file.
    static StoreResult<QString> moveAside(const QString &path, const QDateTime &now);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    // A statement prepared once per connection and reused; sql must be a literal.
    QSqlQuery &prepared(const QString &sql);
    // The same through SQLite's own API, for the write path's hottest statements.
    SqliteStatement &raw(const char *sql);

    // Runs one statement with bound values; on failure returns the error (and logs it).
    StoreError exec(const QString &sql, const QVariantList &values = {});
    StoreError exec(QSqlQuery &query, const QVariantList &values = {});

    // BEGIN IMMEDIATE / COMMIT / ROLLBACK. commit() reports SQLite's real error (e.g. disk full).
    StoreError begin();
    StoreError commit();
    void rollback();

    int userVersion();

    // Checkpoints the log on a thread of its own from now until close() (walcheckpointer.h).
    // On an error the connection keeps SQLite's automatic checkpoints.
    StoreError checkpointInBackground(WalCheckpointer::Options options = {});
    const WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    // Translates a failed query into the user-facing error.
    static StoreError errorFrom(const QSqlQuery &query, const QString &what);

private:
    sqlite3 *handle() const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_failed;
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_rawStatements;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // stopped before the connection closes
};

} // namespace muster

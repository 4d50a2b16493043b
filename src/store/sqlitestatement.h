// SPDX-License-Identifier: GPL-3.0-or-later
// A statement prepared through SQLite's own API on the connection Qt SQL opened. Used only on
// the write path's hottest statements, where QSqlQuery's QVariant binding and its UTF-16
// round trip cost as much as SQLite's own work (see docs/performance.md). Same connection,
// same thread, same transaction as everything else.
#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace muster {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Positions count from 1, as in SQLite.
    void bind(int position, const QString &text);
    void bind(int position, const QByteArray &blob);
    void bind(int position, qint64 value);
    void bindNull(int position);

    // Runs the statement to completion and resets it for the next use.
    StoreError run();
    int changes() const { return m_changes; }
    qint64 lastInsertRowId() const { return m_lastRowId; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    // The UTF-8 of each bound text, kept between uses so that binding allocates nothing once
    // the buffers have grown: SQLite reads them in place until run() clears the bindings.
    QList<QByteArray> m_texts;
    int m_changes = 0;
    qint64 m_lastRowId = 0;
};

// The user-facing error for a SQLite result code.
// systemErrno: sqlite3_system_errno() after the failure (ENOSPC and friends mean a full disk).
StoreError storeErrorFromSqlite(int code, const QString &detail, int systemErrno = 0);

} // namespace muster

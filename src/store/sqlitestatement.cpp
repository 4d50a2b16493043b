// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "database.h"

#include <QCoreApplication>
#include <algorithm>
#include <cerrno>
#include <sqlite3.h>

namespace muster {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
    , m_sql(QString::fromUtf8(sql))
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        qCCritical(lcStore) << "cannot prepare" << m_sql << sqlite3_errmsg(db);
    m_texts.resize(m_statement ? sqlite3_bind_parameter_count(m_statement) : 0);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int position, const QString &text)
{
    if (position < 1 || position > m_texts.size()) {
        sqlite3_bind_text(m_statement, position, "", 0, SQLITE_STATIC); // reports SQLITE_RANGE
        return;
    }
    QByteArray &utf8 = m_texts[position - 1];
    const auto *from = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    if (std::all_of(from, from + n, [](char16_t c) { return c < 0x80; })) {
        utf8.resize(n); // keeps the buffer's capacity
        std::transform(from, from + n, utf8.data(), [](char16_t c) { return char(c); });
    } else {
        utf8 = text.toUtf8();
    }
    sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int position, const QByteArray &blob)
{
    sqlite3_bind_blob(m_statement, position, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
}

StoreError SqliteStatement::run()
{
    if (!m_statement)
        return storeErrorFromSqlite(SQLITE_ERROR, QStringLiteral("statement not prepared: ") + m_sql);
    int code = sqlite3_step(m_statement);
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    m_changes = sqlite3_changes(m_db);
    m_lastRowId = sqlite3_last_insert_rowid(m_db);
    StoreError error;
    if (code != SQLITE_DONE) {
        const int extended = sqlite3_extended_errcode(m_db);
        qCWarning(lcStore) << m_sql << "failed:" << extended << sqlite3_errmsg(m_db);
        error = storeErrorFromSqlite(extended, QString::fromUtf8(sqlite3_errmsg(m_db)),
                                     sqlite3_system_errno(m_db));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return error;
}

StoreError storeErrorFromSqlite(int code, const QString &detail, int systemErrno)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("muster", text); };
    // A write the file system refused for want of space (or of quota, or of file size allowed)
    // is a full disk to the person at the keyboard, whatever I/O code SQLite gave it.
    if ((code & 0xff) == SQLITE_IOERR
        && (systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG))
        code = SQLITE_FULL;
    switch (code & 0xff) { // extended codes keep the primary code in the low byte
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {StoreError::Code::Locked,
                tr("The database is in use by another program and stayed locked. Nothing was changed; "
                   "close the other program and try again.")};
    case SQLITE_FULL:
        return {StoreError::Code::DiskFull,
                tr("The disk is full. The change was not saved; free some space and try again.")};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {
            StoreError::Code::Corrupt,
            tr("The database is damaged (%1). It was left untouched; restore it from a backup.").arg(detail)};
    default:
        return {StoreError::Code::Io, tr("Database error: %1").arg(detail)};
    }
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "sqlitestatement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "muster.store")

namespace muster {

namespace {

// errorFrom() again with what the file system said on this connection: a write refused for
// want of space is reported by SQLite as an I/O error, and is a full disk to the user.
StoreError withSystemError(StoreError error, const QSqlQuery &query, sqlite3 *db)
{
    const int code = query.lastError().nativeErrorCode().toInt();
    if (code == 0 || !db || error.code != StoreError::Code::Io)
        return error;
    return storeErrorFromSqlite(code, query.lastError().databaseText(), sqlite3_system_errno(db));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

QAtomicInteger<quint32> connectionCounter;

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("muster-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

StoreError Database::open(const QString &path, int newFilePageSize)
{
    m_path = path;
    // SQLite opens anything without complaint and fails at the first query, so look at the
    // header ourselves: a non-empty file must start with the SQLite magic string.
    // The file is closed again before SQLite opens it: closing any descriptor of a file drops
    // every POSIX lock this process holds on it, SQLite's included. With its shared lock gone,
    // another process (musterctl, `muster-relay token`) that closes its own connection thinks
    // it is the last one and deletes the WAL that this connection still writes to.
    {
        QFile file(path);
        if (file.exists() && file.size() > 0) {
            if (!file.open(QIODevice::ReadOnly))
                return {StoreError::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
            if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
                return {StoreError::Code::Corrupt,
                        tr("%1 is not a Muster database (it may be damaged). It was left untouched; "
                           "move it away or restore it from a backup.")
                            .arg(path)};
            }
        }
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return {StoreError::Code::Io, tr("Cannot open %1: %2").arg(path, m_db.lastError().text())};

    // PRAGMAs as queries: the driver's connect options are not reliable for these.
    // A 32 MiB page cache keeps a batch's b-tree pages in memory instead of re-reading them and
    // spilling them to the WAL mid-transaction; checkpointing every 8,000 pages (32 MiB of WAL)
    // copies pages that a burst rewrites back once (measured: bench_store, docs/performance.md).
    for (const char *pragma :
         {"PRAGMA busy_timeout = 2000", "PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF",
          "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768", "PRAGMA temp_store = MEMORY",
          "PRAGMA wal_autocheckpoint = 8000"}) {
        if (auto error = exec(QString::fromLatin1(pragma)))
            return error;
    }

    // Reading the schema touches the first pages: a file damaged there fails here, at once.
    // The full check of every page is checkIntegrity(), which Store runs.
    QSqlQuery schema(m_db);
    if (!schema.exec(QStringLiteral("PRAGMA schema_version")) || !schema.next())
        return errorFrom(schema, tr("Checking %1").arg(path));
    schema.finish();

    // 8 KiB pages for a replica's new file: a commit writes each dirty page to the WAL with its
    // own system calls, and a batch dirties about the same number of pages whatever their size,
    // so larger pages halve those calls (bench_store: +10% local writes). An existing file keeps
    // the size it was made with; SQLite ignores this for it. PRAGMA takes no bound parameters;
    // the size is our own integer.
    if (auto error = exec(QStringLiteral("PRAGMA page_size = %1").arg(newFilePageSize)))
        return error;

    QSqlQuery wal(m_db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next())
        return errorFrom(wal, tr("Opening %1").arg(path));
    if (wal.value(0).toString() != u"wal")
        qCWarning(lcStore) << "journal mode is" << wal.value(0).toString() << "not wal for" << path;
    return {};
}

StoreError Database::checkIntegrity(const QString &path)
{
    const QString name = QStringLiteral("muster-check-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    StoreError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = {StoreError::Code::Io, tr("Cannot open %1: %2").arg(path, db.lastError().text())};
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
                result = errorFrom(check, tr("Checking %1").arg(path));
            } else if (const QString verdict = check.value(0).toString(); verdict != u"ok") {
                result = {
                    StoreError::Code::Corrupt,
                    tr("%1 failed its integrity check (%2). It was left untouched; restore it from a backup.")
                        .arg(path, verdict.left(200))};
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

StoreResult<QString> Database::moveAside(const QString &path, const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    const auto taken = [](const QString &name) {
        return QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"))
            || QFileInfo::exists(name + QStringLiteral("-shm"));
    };
    for (int n = 2; taken(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + u'-' + QString::number(n);
    // The WAL first: a main file without its WAL would look like an older, consistent database.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix)) {
            return {
                {},
                {StoreError::Code::Io,
                 tr("Cannot move %1 aside to %2; nothing was deleted.").arg(path + suffix, target + suffix)}};
        }
    }
    return {target, {}};
}

void Database::close()
{
    m_checkpointer.reset();
    m_statements.clear();
    m_rawStatements.clear(); // finalized before the connection closes
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        if (!slot->prepare(sql)) {
            // Keep the failed query for this call (its exec reports the error) but prepare
            // again next time rather than caching a broken statement.
            qCCritical(lcStore) << "cannot prepare" << sql << slot->lastError().text();
            m_failed = std::move(slot);
            m_statements.erase(sql);
            return *m_failed;
        }
    }
    return *slot;
}

StoreError Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return errorFrom(query, sql);
    return exec(query, values);
}

StoreError Database::exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A null QString would bind as SQL NULL; an empty text is what callers mean.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
    if (!query.exec())
        return withSystemError(errorFrom(query, query.lastQuery()), query, handle());
    return {};
}

StoreError Database::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

StoreError Database::commit()
{
    // QSqlDatabase::commit() hides SQLite's error code; a plain COMMIT shows it.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        StoreError error = withSystemError(errorFrom(query, QStringLiteral("COMMIT")), query, handle());
        rollback();
        return error;
    }
    return {};
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back
}

int Database::userVersion()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

StoreError Database::errorFrom(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    qCWarning(lcStore) << what << "failed:" << error.nativeErrorCode() << error.text();
    const int code = error.nativeErrorCode().toInt();
    if (code == 0)
        return {StoreError::Code::Io, tr("Database error: %1").arg(error.text())};
    return storeErrorFromSqlite(code, error.databaseText());
}

StoreError Database::checkpointInBackground(WalCheckpointer::Options options)
{
    m_checkpointer.reset();
    auto started = WalCheckpointer::start(isOpen() ? handle() : nullptr, m_path, options);
    if (!started.ok())
        return started.error;
    m_checkpointer = std::move(started.value);
    return {};
}

sqlite3 *Database::handle() const
{
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement &Database::raw(const char *sql)
{
    auto &slot = m_rawStatements[sql];
    if (!slot)
        slot = std::make_unique<SqliteStatement>(handle(), sql);
    return *slot;
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <sqlite3.h>
#ifdef __linux__
#include <pthread.h>
#endif

namespace muster {

StoreResult<std::unique_ptr<WalCheckpointer>> WalCheckpointer::start(sqlite3 *writer, const QString &path,
                                                                     Options options)
{
    if (!writer)
        return {nullptr,
                {StoreError::Code::Io, QCoreApplication::translate("muster", "The database is not open")}};
    sqlite3 *own = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &own, SQLITE_OPEN_READWRITE, nullptr);
    // The checkpoint syncs the log and then the database file as the writer's commits would.
    const int configured = opened == SQLITE_OK
        ? sqlite3_exec(own, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr)
        : opened;
    if (configured != SQLITE_OK) {
        const QString detail = own ? QString::fromUtf8(sqlite3_errmsg(own)) : QString();
        sqlite3_close(own);
        return {nullptr, storeErrorFromSqlite(configured, detail)};
    }
    return {std::unique_ptr<WalCheckpointer>(new WalCheckpointer(writer, own, options)), {}};
}

WalCheckpointer::WalCheckpointer(sqlite3 *writer, sqlite3 *own, Options options)
    : m_writer(writer)
    , m_own(own)
    , m_options(options)
{
    // Replaces SQLite's automatic checkpoint, which is itself a hook of this kind.
    sqlite3_wal_hook(m_writer, &WalCheckpointer::afterCommit, this);
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_writer, m_options.writerPages);
    sqlite3_close(m_own);
}

bool WalCheckpointer::idle() const
{
    std::lock_guard lock(m_mutex);
    return !m_wanted && !m_running;
}

int WalCheckpointer::afterCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= checkpointer->m_options.writerPages) {
        // PASSIVE: if the thread is copying right now this returns at once (SQLITE_BUSY) and
        // the thread's pass restarts the log instead.
        if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
            ++checkpointer->m_byWriter;
        return SQLITE_OK;
    }
    if (pages >= checkpointer->m_options.backgroundPages) {
        {
            std::lock_guard lock(checkpointer->m_mutex);
            checkpointer->m_wanted = true;
        }
        checkpointer->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
#ifdef __linux__
    pthread_setname_np(pthread_self(), "wal-checkpoint"); // as top -H and perf show it
#endif
    int lastFailure = SQLITE_OK;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_wanted || m_stopping; });
        if (m_stopping)
            return;
        m_wanted = false;
        m_running = true;
        lock.unlock();
        int logPages = 0;
        int copied = 0;
        const int result
            = sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
        // SQLITE_BUSY: the writer is checkpointing itself; its pass does the work.
        if (result == SQLITE_OK) {
            ++m_background;
            if (lastFailure != SQLITE_OK)
                qCInfo(lcStore) << "checkpoints succeed again";
            lastFailure = SQLITE_OK;
        } else if (result != SQLITE_BUSY && result != lastFailure) {
            // Once per kind of failure: a full disk must not fill the log with the same line.
            // The writer's own checkpoint at writerPages still bounds the log.
            qCWarning(lcStore) << "background checkpoint failed:" << result << sqlite3_errmsg(m_own);
            lastFailure = result;
        }
        lock.lock();
        m_running = false;
    }
}

} // namespace muster

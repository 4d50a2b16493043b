// SPDX-License-Identifier: GPL-3.0-or-later
// Copies a database's write-ahead log back into the database file on a thread of its own, so
// that the connection that writes never stops for a checkpoint.
//
// Why: SQLite checkpoints inside the commit that fills the log past wal_autocheckpoint. That
// commit then copies megabytes and waits for the database file's fsync, 9-44 ms on the relay
// under load, and every op behind it waits too (docs/performance.md, "The checkpoint off the
// event loop"). Here the writer's commits only ask for a checkpoint; a second connection does
// it in PASSIVE mode, which never blocks the writer and never waits for it. The log restarts
// from its beginning once a checkpoint has caught up, so it stays near `backgroundPages`.
//
// If the thread falls behind (starved of CPU, or a reader pins an old snapshot), the writer
// checkpoints itself once the log reaches `writerPages`, as SQLite would have: the log is never
// larger than without the thread.
#pragma once

#include "storeerror.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace muster {

class WalCheckpointer
{
public:
    struct Options
    {
        int backgroundPages = 1000; // the thread checkpoints once the log holds this many pages
        int writerPages = 8000; // the writer itself does once it holds this many
    };

    // `writer` is an open connection in WAL mode to `path`, used on the calling thread; the
    // checkpointer opens a connection of its own. On an error nothing changed: the writer keeps
    // SQLite's automatic checkpoints.
    static StoreResult<std::unique_ptr<WalCheckpointer>> start(sqlite3 *writer, const QString &path,
                                                               Options options);
    // Stops and joins the thread, on the writer's thread, before the writer closes; the writer
    // gets SQLite's automatic checkpoint back, at `writerPages`.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints the thread has run, and those the writer ran because the thread was behind.
    int backgroundCheckpoints() const { return m_background.load(); }
    int writerCheckpoints() const { return m_byWriter.load(); }
    // No checkpoint asked for and none under way.
    bool idle() const;

private:
    WalCheckpointer(sqlite3 *writer, sqlite3 *own, Options options);
    // sqlite3_wal_hook: after every commit of the writer, with the pages now in the log.
    static int afterCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    sqlite3 *m_writer;
    sqlite3 *m_own;
    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false; // guarded by m_mutex
    bool m_running = false; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
    std::atomic<int> m_background {0};
    std::atomic<int> m_byWriter {0};
    std::thread m_thread;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's group commits on a thread of their own, through a second SQLite connection to
// the relay's file. Measured: at 50 clients the event loop spent a fifth of its time waiting
// in fdatasync (docs/performance.md, "Side by side"); here that wait overlaps with the next
// group's arrival. Only this connection appends; the hub's own connection reads and stores
// alert groups, and sees a group's ops once its commit is durable.
#pragma once

#include "relaycommitter.h"
#include "sqliterelaystorage.h"

#include <QObject>
#include <QThread>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace muster {

class StorageThread final : public QObject, public RelayCommitter
{
    Q_OBJECT

public:
    explicit StorageThread(QObject *parent = nullptr);
    ~StorageThread() override;

    // Opens the file on the thread; the hub's storage has opened it first (checked, migrated).
    StoreError open(const QString &path);

    void append(QList<RelayOp> ops, Done done) override;
    void wait() override;

private:
    void deliver();

    QThread m_thread;
    QObject m_context; // lives on m_thread: the target of the work sent there
    SqliteRelayStorage m_storage; // used on m_thread only

    std::mutex m_mutex;
    std::condition_variable m_finished;
    std::optional<StoreResult<QList<qint64>>> m_result; // guarded by m_mutex
    Done m_done; // the outstanding append's; touched on the caller's thread only
};

} // namespace muster

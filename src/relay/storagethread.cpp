// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagethread.h"

namespace muster {

StorageThread::StorageThread(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("relay storage"));
    m_context.moveToThread(&m_thread);
    m_thread.start();
}

StorageThread::~StorageThread()
{
    wait();
    // The connection belongs to the thread that opened it.
    QMetaObject::invokeMethod(&m_context, [this] { m_storage.close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

StoreError StorageThread::open(const QString &path)
{
    StoreError error;
    QMetaObject::invokeMethod(
        &m_context, [&] { error = m_storage.openAlongside(path); }, Qt::BlockingQueuedConnection);
    return error;
}

void StorageThread::append(QList<RelayOp> ops, Done done)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    QMetaObject::invokeMethod(&m_context, [this, ops = std::move(ops)] {
        auto result = m_storage.append(ops);
        {
            const std::lock_guard lock(m_mutex);
            m_result = std::move(result);
        }
        m_finished.notify_one();
        QMetaObject::invokeMethod(this, &StorageThread::deliver, Qt::QueuedConnection);
    });
}

void StorageThread::wait()
{
    if (!m_done)
        return;
    {
        std::unique_lock lock(m_mutex);
        m_finished.wait(lock, [this] { return m_result.has_value(); });
    }
    deliver();
}

void StorageThread::deliver()
{
    // Called by wait() or by the queued call, whichever comes first; the other finds nothing.
    std::optional<StoreResult<QList<qint64>>> result;
    {
        const std::lock_guard lock(m_mutex);
        result.swap(m_result);
    }
    if (!result || !m_done)
        return;
    // `done` may start the next append, which sets m_done again.
    const Done done = std::exchange(m_done, {});
    done(*result);
}

} // namespace muster

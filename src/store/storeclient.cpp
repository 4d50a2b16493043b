// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeclient.h"

namespace muster {

StoreClient::StoreClient(HybridLogicalClock::WallClock wallClock, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<Store>(std::move(wallClock)))
{
    qRegisterMetaType<QList<muster::Operation>>();
    m_thread.setObjectName(QStringLiteral("muster-store"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreClient::~StoreClient()
{
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_store->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreClient::commit(QObject *context, const QList<Change> &changes, const QString &actor,
                         std::function<void(StoreResult<QList<Operation>>)> done)
{
    run<StoreResult<QList<Operation>>>(
        this, [changes, actor](Store &store) { return store.commitLocal(changes, actor); },
        [this, guard = QPointer<QObject>(context), done](const StoreResult<QList<Operation>> &result) {
            if (result.ok() && !result.value.isEmpty())
                emit committed(result.value);
            else if (!result.ok())
                emit writeFailed(result.error.message);
            if (guard && done)
                done(result);
        });
}

void StoreClient::waitForWorker()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace muster

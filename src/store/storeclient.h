// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a Store on its own thread for the UI. Jobs go to the worker thread as lambdas; their
// typed results come back on the caller's thread. A successful write is announced with
// committed() only after it is on disk: persist first, then notify.
#pragma once

#include "store.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace muster {

class StoreClient : public QObject
{
    Q_OBJECT

public:
    explicit StoreClient(HybridLogicalClock::WallClock wallClock = {}, QObject *parent = nullptr);
    ~StoreClient() override;

    // Runs job on the store thread, then done(result) on this object's thread, unless context
    // has been destroyed meanwhile.
    template<typename R>
    void run(QObject *context, std::function<R(Store &)> job, std::function<void(R)> done = {})
    {
        QPointer<QObject> guard(context);
        ++m_inFlight;
        QMetaObject::invokeMethod(m_worker, [this, guard, job = std::move(job), done = std::move(done)] {
            R result = job(*m_store);
            QMetaObject::invokeMethod(
                this,
                [this, guard, done, result = std::move(result)] {
                    --m_inFlight;
                    if (guard && done)
                        done(result);
                    if (m_inFlight == 0)
                        emit idle();
                },
                Qt::QueuedConnection);
        });
    }

    // The write path for the UI: commits changes as one transaction and, once committed,
    // emits committed(). done receives the error, if any (may be empty).
    void commit(QObject *context, const QList<Change> &changes, const QString &actor,
                std::function<void(StoreResult<QList<Operation>>)> done = {});

    bool isBusy() const { return m_inFlight > 0; }
    // Blocks until every job queued so far has run on the store thread (tests, shutdown).
    void waitForWorker();

Q_SIGNALS:
    void committed(const QList<muster::Operation> &ops);
    void writeFailed(const QString &message);
    void idle();

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; jobs are queued to it
    std::unique_ptr<Store> m_store; // used only on m_thread
    int m_inFlight = 0;
};

} // namespace muster

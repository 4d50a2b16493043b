// SPDX-License-Identifier: GPL-3.0-or-later
// An event dispatcher on Linux's epoll for the relay's socket threads. Qt's own poll() dispatcher
// hands the kernel every socket of the thread on each wake-up and walks them all again for the
// answer, and a socket thread wakes thousands of times a second under load, for every group
// commit's writes and every push it reads: ppoll was 16% of the relay's samples at 35,000
// pushes/s to 50 clients (docs/performance.md). Here the kernel keeps the set, and a wake-up
// costs what is ready. Level-triggered, as poll() is, so Qt's sockets see what they expect.
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>
#include <atomic>
#include <chrono>

class QSocketNotifier;

namespace muster {

class EpollDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollDispatcher(QObject *parent = nullptr);
    ~EpollDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    struct Notifiers
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 registered = 0; // the events epoll watches for this descriptor now
    };
    struct Timer
    {
        int id = 0;
        std::chrono::milliseconds interval {0};
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        Clock::time_point due;
    };

    quint32 wanted(const Notifiers &n) const;
    void syncInterest();
    int waitMs(bool mayWait) const;
    int activateTimers();

    int m_epoll = -1;
    int m_wake = -1; // an eventfd: wakeUp() from any thread
    std::atomic<bool> m_interrupted {false};
    std::atomic<bool> m_wakeUpPending {false};
    QHash<int, Notifiers> m_notifiers; // by descriptor
    QList<int> m_changed; // descriptors whose notifiers changed since the last wait
    QList<Timer> m_timers;
};

} // namespace muster

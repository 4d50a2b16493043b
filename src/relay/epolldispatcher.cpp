// SPDX-License-Identifier: GPL-3.0-or-later
#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace muster {

namespace {

constexpr int kMaxEvents = 256;

} // namespace

EpollDispatcher::EpollDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wake < 0)
        qFatal("EpollDispatcher: epoll or eventfd unavailable (%s)", strerror(errno));
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = m_wake;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event);
}

EpollDispatcher::~EpollDispatcher()
{
    ::close(m_wake);
    ::close(m_epoll);
}

quint32 EpollDispatcher::wanted(const Notifiers &n) const
{
    return (n.read ? quint32(EPOLLIN) : 0u) | (n.write ? quint32(EPOLLOUT) : 0u)
        | (n.exception ? quint32(EPOLLPRI) : 0u);
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Notifiers &n = m_notifiers[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        n.read = notifier;
        break;
    case QSocketNotifier::Write:
        n.write = notifier;
        break;
    case QSocketNotifier::Exception:
        n.exception = notifier;
        break;
    }
    m_changed.append(fd);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_notifiers.find(fd);
    if (it == m_notifiers.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    if (wanted(*it) != 0) {
        m_changed.append(fd);
        return;
    }
    // The last notifier of a descriptor goes at once, not at the end of the turn: the number may
    // be closed and given to a new socket before then, which epoll has not seen.
    if (it->registered != 0) {
        epoll_event event {};
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event); // fails harmlessly if closed already
    }
    m_notifiers.erase(it);
}

// Notifiers switch on and off many times a turn (a socket's write notifier, each time it has
// written what it held); epoll hears only where a turn ends up.
void EpollDispatcher::syncInterest()
{
    for (const int fd : std::as_const(m_changed)) {
        const auto it = m_notifiers.find(fd);
        if (it == m_notifiers.end())
            continue;
        const quint32 want = wanted(*it);
        if (want != it->registered) {
            epoll_event event {};
            event.events = want;
            event.data.fd = fd;
            if (it->registered == 0) {
                if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) < 0 && errno == EEXIST)
                    epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
            } else if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) < 0 && errno == ENOENT) {
                epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event); // the descriptor was closed and reused
            }
            it->registered = want;
        }
    }
    m_changed.clear();
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    const std::chrono::milliseconds ms(interval);
    m_timers.append({timerId, ms, timerType, object, Clock::now() + ms});
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    return m_timers.removeIf([timerId](const Timer &t) { return t.id == timerId; }) > 0;
}

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    return m_timers.removeIf([object](const Timer &t) { return t.object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const Timer &t : m_timers) {
        if (t.object == object)
            out.append({t.id, int(t.interval.count()), t.type});
    }
    return out;
}

int EpollDispatcher::remainingTime(int timerId)
{
    for (const Timer &t : std::as_const(m_timers)) {
        if (t.id == timerId) {
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(t.due - Clock::now());
            return int(std::max<qint64>(left.count(), 0));
        }
    }
    return -1;
}

void EpollDispatcher::wakeUp()
{
    // Every event posted to the thread asks; one write until the thread has woken is enough.
    if (m_wakeUpPending.exchange(true, std::memory_order_acq_rel))
        return;
    const quint64 one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

void EpollDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_release);
    wakeUp();
}

int EpollDispatcher::waitMs(bool mayWait) const
{
    if (!mayWait)
        return 0;
    if (m_timers.isEmpty())
        return -1;
    const auto next
        = std::min_element(m_timers.cbegin(), m_timers.cend(), [](const Timer &a, const Timer &b) {
              return a.due < b.due;
          })->due;
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(next - Clock::now());
    return int(std::clamp<qint64>(left.count(), 0, 24 * 3600 * 1000));
}

int EpollDispatcher::activateTimers()
{
    const auto now = Clock::now();
    QList<int> due;
    for (const Timer &t : std::as_const(m_timers)) {
        if (t.due <= now)
            due.append(t.id);
    }
    int fired = 0;
    for (const int id : std::as_const(due)) {
        // A timer may be stopped, or its object gone, by the one sent before it.
        const auto it
            = std::find_if(m_timers.begin(), m_timers.end(), [id](const Timer &t) { return t.id == id; });
        if (it == m_timers.end())
            continue;
        it->due = std::max(it->due + it->interval, now);
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
    }
    return fired;
}

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false, std::memory_order_relaxed);
    emit awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupted.load(std::memory_order_acquire))
        return false;

    syncInterest();
    const bool mayWait = flags.testFlag(QEventLoop::WaitForMoreEvents);
    const int timeout = waitMs(mayWait);
    if (mayWait)
        emit aboutToBlock();
    epoll_event events[kMaxEvents];
    int ready = epoll_wait(m_epoll, events, kMaxEvents, timeout);
    if (ready < 0)
        ready = 0; // EINTR: the loop comes round again
    emit awake();

    struct Activation
    {
        int fd;
        QSocketNotifier::Type type;
    };
    QVarLengthArray<Activation, kMaxEvents> activations; // no allocation per wake-up
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        const quint32 what = events[i].events;
        if (fd == m_wake) {
            quint64 count = 0;
            [[maybe_unused]] const auto read = ::read(m_wake, &count, sizeof count);
            // An event posted between the read and this store finds a wake-up still pending and
            // writes none; the loop sends it all the same, before it next waits.
            m_wakeUpPending.store(false, std::memory_order_release);
            continue;
        }
        if (what & (EPOLLIN | EPOLLHUP | EPOLLERR))
            activations.append({fd, QSocketNotifier::Read});
        if (what & (EPOLLOUT | EPOLLERR))
            activations.append({fd, QSocketNotifier::Write});
        if (what & EPOLLPRI)
            activations.append({fd, QSocketNotifier::Exception});
    }
    int handled = 0;
    if (!flags.testFlag(QEventLoop::ExcludeSocketNotifiers)) {
        for (const Activation &a : std::as_const(activations)) {
            // Looked up again each time: the notifier sent before may have removed this one.
            const auto it = m_notifiers.constFind(a.fd);
            if (it == m_notifiers.cend())
                continue;
            QSocketNotifier *notifier = a.type == QSocketNotifier::Read ? it->read
                : a.type == QSocketNotifier::Write                      ? it->write
                                                                        : it->exception;
            if (!notifier)
                continue;
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            ++handled;
        }
    }
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers))
        handled += activateTimers();
    return handled > 0 || ready > 0;
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's socket threads run on EpollDispatcher. Everything Qt asks of an event dispatcher
// is checked here on a thread of its own, as the relay uses it: timers that fire, repeat, stop
// and say what is left; notifiers on real sockets for reading and writing, switched on and off
// many times a turn, removed by another's handler in the same turn, and on a descriptor number
// closed and given out again; events posted from another thread waking an idle loop; and
// quit() from another thread ending it.
#include "relay/epolldispatcher.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSocketNotifier>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace muster;

namespace {

// A connected pair of local stream sockets, closed when it goes.
struct SocketPair
{
    int fds[2] {-1, -1};
    SocketPair() { socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds); }
    ~SocketPair()
    {
        for (int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    bool ok() const { return fds[0] >= 0 && fds[1] >= 0; }
};

// What a test counts. Handlers on the dispatcher's thread hold it by shared pointer, since they
// may run once more after the test function has returned, until cleanup() stops the thread.
struct Counts
{
    std::atomic<int> a {0};
    std::atomic<int> b {0};
};

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT

    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; // lives on m_thread; what the tests make there hangs off it

    // Runs `f` on the dispatcher's thread and waits for it.
    template<typename F> void onThread(F f)
    {
        QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
    }

private Q_SLOTS:
    void init()
    {
        m_thread = std::make_unique<QThread>();
        m_thread->setEventDispatcher(new EpollDispatcher);
        m_context = new QObject;
        m_context->moveToThread(m_thread.get());
        m_thread->start();
    }

    void cleanup()
    {
        onThread([this] { qDeleteAll(m_context->children()); }); // handlers hold no test's locals
        m_thread->quit();
        QVERIFY(m_thread->wait(5000));
        delete m_context; // its thread has stopped
        m_context = nullptr;
        m_thread.reset();
    }

    void theThreadRunsOnIt()
    {
        QByteArray name;
        onThread([&] { name = QAbstractEventDispatcher::instance()->metaObject()->className(); });
        QCOMPARE(name, QByteArray("muster::EpollDispatcher"));
    }

    void timersFireRepeatAndSayWhatIsLeft()
    {
        auto counts = std::make_shared<Counts>(); // a: repeats, b: the single shot
        int left = -2;
        onThread([&] {
            auto *repeating = new QTimer(m_context);
            repeating->setInterval(10);
            QObject::connect(repeating, &QTimer::timeout, m_context, [counts, repeating] {
                if (++counts->a == 3)
                    repeating->stop();
            });
            repeating->start();
            QTimer::singleShot(30, m_context, [counts] { ++counts->b; });
            auto *longer = new QTimer(m_context);
            longer->start(10'000);
            left = longer->remainingTime();
        });
        QVERIFY2(left > 9'000 && left <= 10'000, qPrintable(QString::number(left)));
        QTRY_COMPARE(counts->a.load(), 3);
        QTRY_COMPARE(counts->b.load(), 1);
        QTest::qWait(50);
        QCOMPARE(counts->a.load(), 3); // stopped stays stopped
        QCOMPARE(counts->b.load(), 1);
    }

    void aTimerStoppedByAnotherDueAtTheSameTimeDoesNotFire()
    {
        auto counts = std::make_shared<Counts>();
        onThread([&] {
            auto *a = new QTimer(m_context);
            auto *b = new QTimer(m_context);
            a->setSingleShot(true);
            b->setSingleShot(true);
            QObject::connect(a, &QTimer::timeout, m_context, [counts, a, b] {
                ++counts->a;
                b->stop();
                delete a; // and a timer's object may go in its own timeout
            });
            QObject::connect(b, &QTimer::timeout, m_context, [counts] { ++counts->b; });
            a->start(5);
            b->start(5);
            QThread::msleep(20); // both are due when the loop next looks
        });
        QTRY_COMPARE(counts->a.load(), 1);
        QTest::qWait(50);
        QCOMPARE(counts->b.load(), 0);
    }

    void aZeroTimerRunsEveryTurnWithoutStarvingSockets()
    {
        auto pair = std::make_shared<SocketPair>();
        QVERIFY(pair->ok());
        auto counts = std::make_shared<Counts>(); // a: turns, b: bytes read
        onThread([&] {
            auto *spin = new QTimer(m_context);
            spin->setInterval(0);
            QObject::connect(spin, &QTimer::timeout, m_context, [counts] { ++counts->a; });
            spin->start();
            auto *notifier = new QSocketNotifier(pair->fds[0], QSocketNotifier::Read, m_context);
            QObject::connect(notifier, &QSocketNotifier::activated, m_context, [counts, pair] {
                char c;
                if (::read(pair->fds[0], &c, 1) == 1)
                    ++counts->b;
            });
        });
        QTRY_VERIFY(counts->a.load() > 100);
        QCOMPARE(::write(pair->fds[1], "x", 1), ssize_t(1));
        QTRY_COMPARE(counts->b.load(), 1);
    }

    void notifiersSeeReadsAndWritesAndCanBeSwitchedOff()
    {
        auto pair = std::make_shared<SocketPair>();
        QVERIFY(pair->ok());
        auto counts = std::make_shared<Counts>(); // a: reads, b: writes
        QSocketNotifier *writable = nullptr;
        onThread([&] {
            auto *readable = new QSocketNotifier(pair->fds[0], QSocketNotifier::Read, m_context);
            QObject::connect(readable, &QSocketNotifier::activated, m_context, [counts, pair] {
                char buffer[64];
                while (::read(pair->fds[0], buffer, sizeof buffer) > 0)
                    ++counts->a;
            });
            writable = new QSocketNotifier(pair->fds[0], QSocketNotifier::Write, m_context);
            QObject::connect(writable, &QSocketNotifier::activated, m_context, [counts, writable] {
                ++counts->b;
                writable->setEnabled(false); // as a socket does once it has written what it held
            });
        });
        QTRY_COMPARE(counts->b.load(), 1);
        QCOMPARE(::write(pair->fds[1], "hello", 5), ssize_t(5));
        QTRY_COMPARE(counts->a.load(), 1);
        QTest::qWait(30);
        QCOMPARE(counts->b.load(), 1); // switched off: no more activations though still writable

        // On and off many times within one turn: what counts is where the turn ends.
        onThread([&] {
            for (int i = 0; i < 100; ++i) {
                writable->setEnabled(true);
                writable->setEnabled(false);
            }
            writable->setEnabled(true);
        });
        QTRY_COMPARE(counts->b.load(), 2);
        onThread([&] {
            for (int i = 0; i < 100; ++i) {
                writable->setEnabled(true);
                writable->setEnabled(false);
            }
        });
        QTest::qWait(30);
        QCOMPARE(counts->b.load(), 2);
    }

    void aNotifierRemovedByAnotherInTheSameTurnIsNotActivated()
    {
        auto one = std::make_shared<SocketPair>();
        auto two = std::make_shared<SocketPair>();
        QVERIFY(one->ok() && two->ok());
        auto counts = std::make_shared<Counts>(); // a: activations
        onThread([&] {
            QPointer<QSocketNotifier> a = new QSocketNotifier(one->fds[0], QSocketNotifier::Read, m_context);
            QPointer<QSocketNotifier> b = new QSocketNotifier(two->fds[0], QSocketNotifier::Read, m_context);
            // Whichever comes first reads its byte and deletes the other; both are ready in
            // the same turn.
            QObject::connect(a, &QSocketNotifier::activated, m_context, [counts, one, b] {
                char c;
                if (::read(one->fds[0], &c, 1) == 1)
                    ++counts->a;
                delete b.data();
            });
            QObject::connect(b, &QSocketNotifier::activated, m_context, [counts, two, a] {
                char c;
                if (::read(two->fds[0], &c, 1) == 1)
                    ++counts->a;
                delete a.data();
            });
            QCOMPARE(::write(one->fds[1], "x", 1), ssize_t(1));
            QCOMPARE(::write(two->fds[1], "x", 1), ssize_t(1));
        });
        QTRY_COMPARE(counts->a.load(), 1);
        QTest::qWait(30);
        QCOMPARE(counts->a.load(), 1);
    }

    void aDescriptorNumberClosedAndGivenOutAgainIsWatchedAgain()
    {
        auto counts = std::make_shared<Counts>(); // a: bytes read
        auto first = std::make_unique<SocketPair>();
        QVERIFY(first->ok());
        const int number = first->fds[0];
        QSocketNotifier *notifier = nullptr;
        onThread([&] { notifier = new QSocketNotifier(number, QSocketNotifier::Read, m_context); });
        // Closed while its notifier is still on: the kernel drops it from epoll by itself.
        ::close(first->fds[0]);
        first->fds[0] = -1;
        auto second = std::make_shared<SocketPair>();
        QVERIFY(second->ok());
        QCOMPARE(second->fds[0], number); // the lowest free number comes back
        onThread([&] {
            delete notifier;
            auto *again = new QSocketNotifier(second->fds[0], QSocketNotifier::Read, m_context);
            QObject::connect(again, &QSocketNotifier::activated, m_context, [counts, second] {
                char c;
                while (::read(second->fds[0], &c, 1) == 1)
                    ++counts->a;
            });
        });
        QCOMPARE(::write(second->fds[1], "ab", 2), ssize_t(2));
        QTRY_COMPARE(counts->a.load(), 2);
    }

    void anIdleLoopWakesForAnEventPostedFromAnotherThread()
    {
        QTest::qWait(50); // nothing is due on the thread: it sleeps in epoll_wait
        auto counts = std::make_shared<Counts>();
        QElapsedTimer clock;
        clock.start();
        QMetaObject::invokeMethod(
            m_context, [counts] { ++counts->a; }, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(counts->a.load(), 1, 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void quitFromAnotherThreadEndsTheLoop()
    {
        QTest::qWait(20);
        QElapsedTimer clock;
        clock.start();
        m_thread->quit();
        QVERIFY(m_thread->wait(2000));
        QVERIFY(clock.elapsed() < 2000);
        m_thread->start(); // for cleanup(), which quits it again
    }
};

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"

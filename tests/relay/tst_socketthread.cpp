// SPDX-License-Identifier: GPL-3.0-or-later
// One socket thread on a real loopback port, without the hub: what a client does reaches the
// main thread in order, what the main thread hands over reaches the client in order, and the
// bytes in between are counted where the hub's slow-reader check can see them.
#include "relay/socketthreads.h"
#include "sync/protocol.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace muster;
using Kind = SocketThread::Event::Kind;

class TestSocketThread : public QObject
{
    Q_OBJECT

    QList<SocketThread::Event> m_events;
    std::unique_ptr<SocketThread> m_thread;
    std::unique_ptr<DescriptorServer> m_listener;

    // Events of one kind seen so far.
    QList<SocketThread::Event> eventsOf(Kind kind) const
    {
        QList<SocketThread::Event> found;
        for (const SocketThread::Event &event : m_events) {
            if (event.kind == kind)
                found.append(event);
        }
        return found;
    }

    // A client connected through the socket thread; its Opened event is the last one seen.
    std::unique_ptr<QWebSocket> connectClient(const QByteArray &authorization = {})
    {
        auto client = std::make_unique<QWebSocket>();
        QNetworkRequest request {QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_listener->serverPort()))};
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        const qsizetype openedBefore = eventsOf(Kind::Opened).size();
        client->open(request);
        if (!QTest::qWaitFor([&] { return eventsOf(Kind::Opened).size() > openedBefore; }, 5000))
            return nullptr;
        if (!QTest::qWaitFor([&] { return client->state() == QAbstractSocket::ConnectedState; }, 5000))
            return nullptr;
        return client;
    }

    // The frames the client receives, in order.
    static std::unique_ptr<QSignalSpy> received(QWebSocket &client)
    {
        return std::make_unique<QSignalSpy>(&client, &QWebSocket::binaryMessageReceived);
    }

    // Hands what was queued over, and waits until the thread has given it to the sockets.
    bool flushAndWait()
    {
        QSignalSpy written(m_thread.get(), &SocketThread::batchWritten);
        m_thread->flushOutbox();
        if (!m_thread->writing())
            return false; // nothing was queued: a test that expected writes is wrong
        return written.wait(5000) && !m_thread->writing();
    }

private Q_SLOTS:
    void init()
    {
        m_events.clear();
        SocketThread::Options options;
        options.maxMessageBytes = 64 * 1024;
        options.overlappedFanOutConnections = 1; // two connections make a large fan-out here
        m_thread = std::make_unique<SocketThread>(
            [this](SocketThread *, QList<SocketThread::Event> events) { m_events.append(events); }, options);
        m_thread->start();
        m_listener = std::make_unique<DescriptorServer>(
            [this](qintptr descriptor) { m_thread->adoptDescriptor(descriptor); });
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_listener.reset();
        m_thread.reset();
    }

    void anUpgradedConnectionArrivesWithItsHeaderAndAddress()
    {
        const auto client = connectClient("Bearer abc.def");
        QVERIFY(client);
        const SocketThread::Event opened = eventsOf(Kind::Opened).constLast();
        QCOMPARE(opened.header, QByteArray("Bearer abc.def"));
        QVERIFY(opened.address.isLoopback());
        QCOMPARE(opened.port, client->localPort());
        QVERIFY(opened.pending);
        QVERIFY(opened.queued);
    }

    void framesReachTheMainThreadInTheOrderTheyWereSent()
    {
        const auto client = connectClient();
        QVERIFY(client);
        const quint64 id = eventsOf(Kind::Opened).constLast().id;
        for (int i = 0; i < 50; ++i)
            client->sendBinaryMessage(QByteArray::number(i));
        QVERIFY(QTest::qWaitFor([&] { return eventsOf(Kind::Frame).size() == 50; }, 5000));
        const QList<SocketThread::Event> frames = eventsOf(Kind::Frame);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(frames.at(i).id, id);
            QCOMPARE(frames.at(i).bytes, QByteArray::number(i));
        }
    }

    void twoConnectionsGetTheirOwnIdsAndTheirOwnFrames()
    {
        const auto first = connectClient();
        QVERIFY(first);
        const quint64 firstId = eventsOf(Kind::Opened).constLast().id;
        const auto second = connectClient();
        QVERIFY(second);
        const quint64 secondId = eventsOf(Kind::Opened).constLast().id;
        QVERIFY(firstId != secondId);

        const auto toFirst = received(*first);
        const auto toSecond = received(*second);
        m_thread->queue(firstId, "for the first");
        m_thread->queue(secondId, "for the second");
        QVERIFY(flushAndWait());
        QVERIFY(QTest::qWaitFor([&] { return toFirst->size() == 1 && toSecond->size() == 1; }, 5000));
        QCOMPARE(toFirst->at(0).at(0).toByteArray(), QByteArray("for the first"));
        QCOMPARE(toSecond->at(0).at(0).toByteArray(), QByteArray("for the second"));
    }

    void writesArriveInOrderAndWritingIsTrueUntilTheyAreOut()
    {
        const auto client = connectClient();
        QVERIFY(client);
        const quint64 id = eventsOf(Kind::Opened).constLast().id;
        const auto frames = received(*client);
        QVERIFY(!m_thread->writing());
        for (int i = 0; i < 100; ++i)
            m_thread->queue(id, QByteArray::number(i));
        QVERIFY(!m_thread->writing()); // queued on the main thread, not yet handed over
        QVERIFY(flushAndWait());
        QVERIFY(QTest::qWaitFor([&] { return frames->size() == 100; }, 5000));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(frames->at(i).at(0).toByteArray(), QByteArray::number(i));
    }

    void connectionsCountsWhatIsOpenAndNotYetClosed()
    {
        QCOMPARE(m_thread->connections(), 0);
        const auto first = connectClient();
        QVERIFY(first);
        const auto second = connectClient();
        QVERIFY(second);
        QCOMPARE(m_thread->connections(), 2);
        first->close();
        QVERIFY(QTest::qWaitFor([&] { return eventsOf(Kind::Closed).size() == 1; }, 5000));
        QCOMPARE(m_thread->connections(), 1);
    }

    void aCommitWaitsForTwoBatchesOrForOneToMoreConnectionsThanTheThreshold()
    {
        // A batch's completion reaches this (the main) thread only when its event loop runs:
        // until then the batch counts as in flight, whatever the socket thread has done.
        const auto client = connectClient();
        QVERIFY(client);
        const quint64 id = eventsOf(Kind::Opened).constLast().id;
        const auto frames = received(*client);
        QVERIFY(!m_thread->holdsCommits());
        m_thread->queue(id, "one");
        m_thread->flushOutbox();
        QVERIFY(m_thread->writing());
        QVERIFY(!m_thread->holdsCommits()); // one batch to one connection: commit meanwhile
        m_thread->queue(id, "two");
        m_thread->flushOutbox();
        QVERIFY(m_thread->holdsCommits()); // two batches: the commit waits
        QVERIFY(QTest::qWaitFor([&] { return !m_thread->writing(); }, 5000));
        QVERIFY(!m_thread->holdsCommits());

        const auto other = connectClient();
        QVERIFY(other);
        m_thread->queue(id, "three");
        m_thread->flushOutbox();
        QVERIFY(m_thread->holdsCommits()); // one batch, but the thread has two connections
        QVERIFY(QTest::qWaitFor([&] { return !m_thread->writing(); }, 5000));
        QVERIFY(!m_thread->holdsCommits());
        QVERIFY(QTest::qWaitFor([&] { return frames->size() == 3; }, 5000));
        QCOMPARE(frames->at(0).at(0).toByteArray(), QByteArray("one"));
        QCOMPARE(frames->at(1).at(0).toByteArray(), QByteArray("two"));
        QCOMPARE(frames->at(2).at(0).toByteArray(), QByteArray("three"));
    }

    void whatIsQueuedButNotYetWrittenCountsAsPending()
    {
        // The hub switches a reader to paged catch-up once this passes its limit: bytes still
        // waiting for the socket thread must count, or a slow thread would hide a slow reader.
        const auto client = connectClient();
        QVERIFY(client);
        const SocketThread::Event opened = eventsOf(Kind::Opened).constLast();
        ThreadedPeer peer(m_thread.get(), opened.id, QStringLiteral("test"));
        peer.pending = opened.pending;
        peer.queued = opened.queued;
        QCOMPARE(peer.bytesPending(), 0);
        peer.sendBinary(QByteArray(1000, 'x'));
        peer.sendBinary(QByteArray(500, 'y'));
        QCOMPARE(peer.bytesPending(), 1500);
        const auto frames = received(*client);
        QVERIFY(flushAndWait());
        QCOMPARE(peer.queued->load(), 0);
        QVERIFY(QTest::qWaitFor([&] { return frames->size() == 2; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return peer.bytesPending() == 0; }, 5000));
    }

    void aWriteToAConnectionThatIsGoneIsDropped()
    {
        const auto client = connectClient();
        QVERIFY(client);
        const quint64 id = eventsOf(Kind::Opened).constLast().id;
        client->close();
        QVERIFY(QTest::qWaitFor([&] { return eventsOf(Kind::Closed).size() == 1; }, 5000));
        QCOMPARE(eventsOf(Kind::Closed).constFirst().id, id);
        m_thread->queue(id, "too late");
        QVERIFY(flushAndWait()); // and the thread is still there to say so
    }

    void aCloseFollowsWhatWasQueuedBeforeIt()
    {
        const auto client = connectClient();
        QVERIFY(client);
        const quint64 id = eventsOf(Kind::Opened).constLast().id;
        const auto frames = received(*client);
        QSignalSpy disconnected(client.get(), &QWebSocket::disconnected);
        m_thread->queue(id, "last words");
        m_thread->close(id, 4001, QStringLiteral("goodbye"));
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(frames->size(), 1);
        QCOMPARE(frames->at(0).at(0).toByteArray(), QByteArray("last words"));
        QCOMPARE(int(client->closeCode()), 4001);
        QCOMPARE(client->closeReason(), QStringLiteral("goodbye"));
        QVERIFY(QTest::qWaitFor([&] { return eventsOf(Kind::Closed).size() == 1; }, 5000));
    }

    void aTextFrameClosesTheConnectionAndNeverReachesTheMainThread()
    {
        const auto client = connectClient();
        QVERIFY(client);
        QSignalSpy disconnected(client.get(), &QWebSocket::disconnected);
        client->sendTextMessage(QStringLiteral("hello?"));
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(int(client->closeCode()), int(protocol::close::ProtocolError));
        QVERIFY(eventsOf(Kind::Frame).isEmpty());
    }

    void anOversizedFrameClosesWith1009()
    {
        const auto client = connectClient();
        QVERIFY(client);
        QSignalSpy disconnected(client.get(), &QWebSocket::disconnected);
        client->sendBinaryMessage(QByteArray(64 * 1024 + 1, 'z'));
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(int(client->closeCode()), int(QWebSocketProtocol::CloseCodeTooMuchData));
        QVERIFY(eventsOf(Kind::Frame).isEmpty());
    }

    void stoppingClosesEveryConnection()
    {
        const auto client = connectClient();
        QVERIFY(client);
        QSignalSpy disconnected(client.get(), &QWebSocket::disconnected);
        m_thread.reset();
        QVERIFY(disconnected.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestSocketThread)
#include "tst_socketthread.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's network side on a real loopback port: the limits and timeouts every socket gets,
// whatever the client does, and a clean "going away" when the relay stops.
#include "relay/relayserver.h"
#include "relay/sqliterelaystorage.h"
#include "sync/protocol.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace muster;

class TestRelayServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SqliteRelayStorage m_storage;
    std::unique_ptr<RelayServer> m_server;

    void startServer(RelayServerOptions options = {})
    {
        options.port = 0;
        m_server = std::make_unique<RelayServer>(m_storage, options);
        QVERIFY(m_server->listen());
    }

    // A connected client that has said hello.
    std::unique_ptr<QWebSocket> client()
    {
        auto socket = std::make_unique<QWebSocket>();
        socket->open(QUrl(m_server->url()));
        if (!QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::ConnectedState; }, 5000))
            return nullptr;
        protocol::Hello hello;
        hello.replica = QStringLiteral("a000000000000001");
        hello.workspace = QStringLiteral("default");
        socket->sendBinaryMessage(protocol::encode(hello));
        return socket;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_storage.open(m_dir.filePath(QStringLiteral("relay.sqlite"))));
        QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false"));
    }
    void cleanup() { m_server.reset(); }

    void listensOnTheRequestedLoopbackPortAndSaysWhere()
    {
        startServer();
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->url(), QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port()));
        auto socket = client();
        QVERIFY(socket);
        QSignalSpy received(socket.get(), &QWebSocket::binaryMessageReceived);
        QVERIFY(received.wait(5000));
        const auto decoded = protocol::decode(received.first().first().toByteArray());
        QVERIFY(std::holds_alternative<protocol::Welcome>(decoded.message));
    }

    void anOversizedMessageClosesWith1009()
    {
        RelayServerOptions options;
        options.hub.maxMessageBytes = 8192;
        startServer(options);
        auto socket = client();
        QVERIFY(socket);
        QSignalSpy closed(socket.get(), &QWebSocket::disconnected);
        socket->sendBinaryMessage(QByteArray(20'000, 'x'));
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(socket->closeCode()), protocol::close::TooBig);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void aTextFrameClosesWithAProtocolError()
    {
        startServer();
        auto socket = client();
        QVERIFY(socket);
        QSignalSpy closed(socket.get(), &QWebSocket::disconnected);
        socket->sendTextMessage(QStringLiteral("{\"type\":\"hello\"}"));
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(socket->closeCode()), protocol::close::ProtocolError);
    }

    void aPeerThatStopsAnsweringPingsIsDropped()
    {
        RelayServerOptions options;
        options.pingIntervalMs = 100;
        startServer(options);
        // A bare TCP client that completes the upgrade and then never reads or answers again.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_server->port());
        // The server runs on this thread: wait with the event loop running, never blocking.
        QTRY_COMPARE(raw.state(), QAbstractSocket::ConnectedState);
        raw.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QTRY_VERIFY(raw.bytesAvailable() > 0);
        QVERIFY(raw.readAll().startsWith("HTTP/1.1 101"));
        QTRY_COMPARE(m_server->connectionCount(), 1);
        // Three ping intervals at most: two missed pongs, then the drop.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 2000);
    }

    void aPeerThatAnswersPingsStays()
    {
        RelayServerOptions options;
        options.pingIntervalMs = 50;
        startServer(options);
        auto socket = client(); // QWebSocket answers pings by itself
        QVERIFY(socket);
        QTest::qWait(400);
        QCOMPARE(m_server->connectionCount(), 1);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    }

    void shutdownCommitsWhatArrivedThenSaysGoingAway()
    {
        startServer();
        auto socket = client();
        QVERIFY(socket);
        QSignalSpy closed(socket.get(), &QWebSocket::disconnected);
        QSignalSpy stopped(m_server.get(), &RelayServer::stopped);
        const qint64 before = m_storage.head(QStringLiteral("default")).value;
        Operation op {{QStringLiteral("a000000000000001"), 1},
                      {QDateTime::currentMSecsSinceEpoch(), 0},
                      QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"),
                      QStringLiteral("default"),
                      OpKind::Set,
                      QStringLiteral("incident:01JAAAAAAAAAAAAAAAAAAAAAA1"),
                      QStringLiteral("title"),
                      QStringLiteral("Checkout 500s")};
        socket->sendBinaryMessage(protocol::encode(protocol::Push {1, {op}}));
        QTRY_VERIFY(m_server->hub().hasQueued() || m_storage.head(QStringLiteral("default")).value > before);
        m_server->shutdown();
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(socket->closeCode()), protocol::close::GoingAway);
        QVERIFY(stopped.size() == 1 || stopped.wait(3000));
        QCOMPARE(m_storage.head(QStringLiteral("default")).value, before + 1);
    }
};

QTEST_GUILESS_MAIN(TestRelayServer)
#include "tst_relayserver.moc"

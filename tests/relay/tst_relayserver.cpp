// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's network side on a real loopback port: the limits and timeouts every socket gets,
// whatever the client does, and a clean "going away" when the relay stops.
#include "relay/relayserver.h"
#include "relay/sqliterelaystorage.h"
#include "relay/tokenauthority.h"
#include "sync/protocol.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkRequest>
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
    std::unique_ptr<AuthThrottle> m_throttle;
    std::unique_ptr<TokenAuthority> m_authority;
    std::unique_ptr<RelayServer> m_server;

    void startServer(RelayServerOptions options = {}, bool allowAnonymous = true)
    {
        options.port = 0;
        // tests/CMakeLists.txt runs this file twice: on socket threads (the default) and with
        // every connection on the event loop.
        if (qEnvironmentVariableIsSet("MUSTER_TEST_SOCKET_THREADS"))
            options.socketThreads = qEnvironmentVariableIntValue("MUSTER_TEST_SOCKET_THREADS");
        m_throttle = std::make_unique<AuthThrottle>();
        m_authority = std::make_unique<TokenAuthority>(m_storage, *m_throttle, allowAnonymous);
        m_server = std::make_unique<RelayServer>(m_storage, *m_authority, options);
        QVERIFY(m_server->listen());
    }

    // A connected client that has said hello.
    std::unique_ptr<QWebSocket> client(const QString &token = {},
                                       const QString &workspace = QStringLiteral("default"),
                                       const QString &replica = QStringLiteral("a000000000000001"))
    {
        auto socket = std::make_unique<QWebSocket>();
        QNetworkRequest request {QUrl(m_server->url())};
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket->open(request);
        if (!QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::ConnectedState; }, 5000))
            return nullptr;
        protocol::Hello hello;
        hello.replica = replica;
        hello.workspace = workspace;
        socket->sendBinaryMessage(protocol::encode(hello));
        return socket;
    }

    // Waits for the socket to close and returns its close code; 0 when it stayed open.
    static int closeCodeOf(QWebSocket &socket, int timeoutMs = 5000)
    {
        if (socket.state() != QAbstractSocket::UnconnectedState) {
            QSignalSpy closed(&socket, &QWebSocket::disconnected);
            if (!closed.wait(timeoutMs))
                return 0;
        }
        return int(socket.closeCode());
    }

    // Opens a connection that the relay is expected to refuse; returns the close code it got.
    int refusedWith(const QByteArray &authorization, const QUrl &url = {})
    {
        QWebSocket socket;
        QNetworkRequest request {url.isEmpty() ? QUrl(m_server->url()) : url};
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        socket.open(request);
        if (!closed.wait(5000))
            return 0;
        m_lastCloseReason = socket.closeReason();
        return int(socket.closeCode());
    }
    QString m_lastCloseReason;

    QString newToken(const QString &workspace, TokenRole role, QString *id = nullptr)
    {
        const IssuedToken issued
            = issueToken(workspace, QStringLiteral("tester"), role, QDateTime::currentMSecsSinceEpoch());
        if (m_storage.saveToken(issued.record))
            return {};
        if (id)
            *id = issued.record.id;
        return issued.text;
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

    void opsArrivingWithinTheCommitIntervalWaitForItsEnd()
    {
        RelayServerOptions options;
        options.commitIntervalMs = 3000;
        startServer(options);
        // A replica of its own: the storage outlives each test, and other tests push as a…01.
        auto socket = client({}, QStringLiteral("default"), QStringLiteral("c000000000000001"));
        QVERIFY(socket);
        QSignalSpy received(socket.get(), &QWebSocket::binaryMessageReceived);
        QVERIFY(received.wait(5000)); // welcomed: the hello and its presence are handled
        const auto acked = [&](qint64 pushId) {
            for (const QList<QVariant> &frame : std::as_const(received)) {
                const auto decoded = protocol::decode(frame.at(0).toByteArray());
                if (const auto *ack = std::get_if<protocol::Ack>(&decoded.message); ack && ack->id == pushId)
                    return true;
            }
            return false;
        };
        const auto titled = [](qint64 counter) {
            return Operation {{QStringLiteral("c000000000000001"), counter},
                              {QDateTime::currentMSecsSinceEpoch(), 0},
                              QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAB%1").arg(counter),
                              QStringLiteral("default"),
                              OpKind::Set,
                              QStringLiteral("incident:01JAAAAAAAAAAAAAAAAAAAAAB1"),
                              QStringLiteral("title"),
                              QStringLiteral("Checkout 500s, take %1").arg(counter)};
        };
        const qint64 before = m_storage.head(QStringLiteral("default")).value;

        // An op that finds the relay idle is committed at once, not after the interval.
        socket->sendBinaryMessage(protocol::encode(protocol::Push {1, {titled(1)}}));
        QTRY_VERIFY_WITH_TIMEOUT(acked(1), 2000);
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QCOMPARE(m_storage.head(QStringLiteral("default")).value, before + 1);

        // Two pushes right behind it wait for the interval, then both are stored and acknowledged.
        socket->sendBinaryMessage(protocol::encode(protocol::Push {2, {titled(2)}}));
        socket->sendBinaryMessage(protocol::encode(protocol::Push {3, {titled(3)}}));
        QTest::qWait(1000);
        QVERIFY(!acked(2) && !acked(3));
        QCOMPARE(m_storage.head(QStringLiteral("default")).value, before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(acked(2) && acked(3), 5000);
        QCOMPARE(m_storage.head(QStringLiteral("default")).value, before + 3);
        // A coarse timer may fire up to 5% early.
        QVERIFY2(sinceCommit.elapsed() >= 2800, qPrintable(QString::number(sinceCommit.elapsed())));
    }

    void aConnectionThatNeverSaysHelloIsClosed()
    {
        RelayServerOptions options;
        options.handshakeTimeoutMs = 300;
        startServer(options);
        QWebSocket silent;
        silent.open(QUrl(m_server->url()));
        QTRY_COMPARE(silent.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(closeCodeOf(silent, 3000), protocol::close::NoHello);
        auto greeted = client();
        QVERIFY(greeted);
        QTest::qWait(600);
        QCOMPARE(greeted->state(), QAbstractSocket::ConnectedState); // hello in time: stays
    }

    void withoutATokenTheUpgradeIsClosedWith4401()
    {
        startServer({}, false);
        QCOMPARE(refusedWith({}), protocol::close::Unauthorized);
        QCOMPARE(m_lastCloseReason, QStringLiteral("an access token is required"));
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void aTokenInTheUrlIsNotATokenInTheHeader()
    {
        startServer({}, false);
        const QString token = newToken(QStringLiteral("default"), TokenRole::Member);
        QCOMPARE(refusedWith({}, QUrl(m_server->url() + QStringLiteral("/?token=") + token)),
                 protocol::close::Unauthorized);
    }

    void aMemberTokenIsWelcomedInItsWorkspaceOnly()
    {
        startServer({}, false);
        const QString token = newToken(QStringLiteral("default"), TokenRole::Member);
        auto socket = client(token);
        QVERIFY(socket);
        QSignalSpy received(socket.get(), &QWebSocket::binaryMessageReceived);
        QVERIFY(received.wait(5000));
        QVERIFY(std::holds_alternative<protocol::Welcome>(
            protocol::decode(received.first().first().toByteArray()).message));

        auto elsewhere = client(token, QStringLiteral("payments"));
        QVERIFY(elsewhere);
        QCOMPARE(closeCodeOf(*elsewhere), protocol::close::Forbidden);
        QCOMPARE(elsewhere->closeReason(), QStringLiteral("this token is not for that workspace"));
    }

    void aRevokedTokensOpenConnectionsCloseAtTheNextRecheck()
    {
        RelayServerOptions options;
        options.tokenRecheckMs = 200;
        startServer(options, false);
        QString id;
        const QString token = newToken(QStringLiteral("default"), TokenRole::Member, &id);
        const QString other = newToken(QStringLiteral("default"), TokenRole::Viewer);
        auto revoked = client(token);
        auto kept = client(other);
        QVERIFY(revoked && kept);
        QTRY_COMPARE(m_server->connectionCount(), 2);
        QVERIFY(m_storage.revokeToken(id, QDateTime::currentMSecsSinceEpoch()).value);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(closeCodeOf(*revoked), protocol::close::Unauthorized);
        QCOMPARE(revoked->closeReason(), QStringLiteral("the token was revoked"));
        QVERIFY(timer.elapsed() < 3000);
        QTest::qWait(300);
        QCOMPARE(kept->state(), QAbstractSocket::ConnectedState);
        // And it cannot come back.
        QCOMPARE(refusedWith("Bearer " + token.toLatin1()), protocol::close::Unauthorized);
        QCOMPARE(m_lastCloseReason, QStringLiteral("the token was revoked"));
    }

    void anAddressThatKeepsGuessingIsCutOffBeforeItsHandshake()
    {
        startServer({}, false);
        const QString good = newToken(QStringLiteral("default"), TokenRole::Member);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(refusedWith("Bearer mst_0123456789ab_" + QByteArray(43, 'A')),
                     protocol::close::Unauthorized);
        // Now even the right token from this address gets no WebSocket at all.
        auto socket = std::make_unique<QWebSocket>();
        QNetworkRequest request {QUrl(m_server->url())};
        request.setRawHeader("Authorization", "Bearer " + good.toLatin1());
        QSignalSpy failed(socket.get(), &QWebSocket::disconnected);
        socket->open(request);
        QVERIFY(failed.wait(5000));
        QVERIFY(socket->closeCode() != QWebSocketProtocol::CloseCodeNormal || !socket->isValid());
        QCOMPARE(m_server->connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayServer)
#include "tst_relayserver.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <algorithm>
#include <sys/socket.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

namespace muster {

namespace {

// A refused upgrade: the relay's own failure is not the client's fault, and says so.
int refusalCloseCode(const AuthResult &auth)
{
    return auth.outcome == AuthResult::Outcome::StorageFailed ? protocol::close::InternalError
                                                              : protocol::close::Unauthorized;
}

} // namespace

class RelayServer::Peer final : public RelayPeer
{
public:
    Peer(QWebSocket *socket, QList<Peer *> &unflushed)
        : socket(socket)
        , unflushed(unflushed)
    { }

    // Buffered, not written: the server writes each peer's frames out together once the hub
    // is done with what arrived (writeOut), so that the acks and the fan-out of one group
    // commit leave in one system call per peer instead of one or more per frame.
    void sendBinary(const QByteArray &bytes) override
    {
        socket->sendBinaryMessage(bytes);
        if (!waitingToWrite) {
            waitingToWrite = true;
            unflushed.append(this);
        }
    }
    qint64 bytesPending() const override { return socket->bytesToWrite(); }
    void closeWith(int code, const QString &reason) override
    {
        // The close reason travels in a control frame of at most 125 bytes.
        socket->close(QWebSocketProtocol::CloseCode(code), reason.left(60));
    }
    QString describe() const override
    {
        return socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
    }

    QWebSocket *socket;
    QList<Peer *> &unflushed;
    bool waitingToWrite = false;
    int missedPongs = 0;
};

RelayServer::RelayServer(RelayStorage &storage, TokenAuthority &authority, RelayServerOptions options,
                         HybridLogicalClock::WallClock wallClock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_authority(authority)
    , m_hub(storage, options.hub, std::move(wallClock))
    , m_websockets(QStringLiteral("muster-relay"), QWebSocketServer::NonSecureMode)
{
    m_websockets.setHandshakeTimeout(m_options.handshakeTimeoutMs);
    const int socketThreads = m_options.socketThreads;
    if (socketThreads > 0) {
        // Every connection is opened, and its TLS handshake done, on a socket thread.
        m_tcp = std::make_unique<DescriptorServer>([this](qintptr descriptor) { onDescriptor(descriptor); });
    } else if (m_options.tls) {
        auto *tls = new QSslServer;
        tls->setSslConfiguration(*m_options.tls);
        tls->setHandshakeTimeout(m_options.handshakeTimeoutMs);
        m_tcp.reset(tls);
    } else {
        m_tcp = std::make_unique<QTcpServer>();
    }
    // Emitted once a socket is ready: at once for TCP, after the TLS handshake for TLS.
    connect(m_tcp.get(), &QTcpServer::pendingConnectionAvailable, this, &RelayServer::onTcpConnection);
    connect(&m_websockets, &QWebSocketServer::newConnection, this, &RelayServer::onWebSocket);
    m_pingTimer.setInterval(m_options.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &RelayServer::ping);
    m_recheckTimer.setInterval(m_options.tokenRecheckMs);
    connect(&m_recheckTimer, &QTimer::timeout, this, &RelayServer::recheckTokens);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        if (const int wait = msUntilNextCommit(); wait > 0) {
            m_flushTimer.start(wait);
            return;
        }
        // While the socket threads still write a large fan-out, what arrives waits for the
        // next group commit rather than making one of its own: with one small commit per turn
        // the threads fell ever further behind (1,000 clients: p99 1.8 s at 1,000 msgs/s).
        // A small fan-out is written while the next commit is made (SocketThread::holdsCommits).
        if (socketThreadsHoldCommits()) {
            m_commitHeld = true;
            return;
        }
        if (m_hub.hasQueuedPushes()) // presence alone is not a commit
            m_sinceCommit.start();
        m_hub.flush();
        writeOut();
    });
    connect(&m_hub, &RelayHub::flushRequested, this, &RelayServer::scheduleCommit);
    if (const int n = socketThreads; n > 0) {
        for (int i = 0; i < n; ++i) {
            m_socketThreads.push_back(std::make_unique<SocketThread>(
                [this](SocketThread *thread, QList<SocketThread::Event> events) {
                    onSocketEvents(thread, std::move(events));
                },
                SocketThread::Options {m_options.hub.maxMessageBytes, m_options.pingIntervalMs,
                                       m_options.missedPongsAllowed, m_options.handshakeTimeoutMs,
                                       m_options.tls}));
            connect(m_socketThreads.back().get(), &SocketThread::batchWritten, this, [this] {
                if (m_commitHeld && !socketThreadsHoldCommits()) {
                    m_commitHeld = false;
                    scheduleCommit();
                }
            });
            m_socketThreads.back()->start();
        }
        qCInfo(lcRelay) << "connections on" << n << "socket threads";
    }
    // A burst of connections (everyone reconnecting after a network blip) leaves the heap full
    // of freed presence updates and handshake buffers; glibc keeps such pages unless asked.
    // Two seconds after the last connection or disconnection the relay hands them back, so an
    // idle relay holds what its connections need, not what the burst needed.
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(2000);
    connect(&m_trimTimer, &QTimer::timeout, this, [] {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
}

RelayServer::~RelayServer()
{
    m_socketThreads.clear(); // stops them: nothing more arrives
    for (ThreadedPeer *peer : std::as_const(m_threaded)) {
        m_hub.removePeer(peer);
        delete peer;
    }
    m_threaded.clear();
    for (auto &peer : m_peers) {
        peer->socket->disconnect(this);
        m_hub.removePeer(peer.get());
        delete peer->socket;
    }
}

bool RelayServer::listen()
{
    if (!m_tcp->listen(m_options.address, m_options.port))
        return false;
    m_pingTimer.start();
    m_recheckTimer.start();
    return true;
}

QString RelayServer::url() const
{
    QString host = m_tcp->serverAddress().toString();
    if (m_tcp->serverAddress().protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QStringLiteral("%1://%2:%3").arg(m_options.tls ? u"wss" : u"ws", host).arg(m_tcp->serverPort());
}

void RelayServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        // An address that keeps failing to authenticate is refused before its handshake is
        // read: guessing costs it a connection each time and the relay almost nothing.
        if (m_authority.throttle().isBlocked(socket->peerAddress())) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Small frames must leave at once: fan-out latency is the product.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_websockets.handleConnection(socket);
    }
}

void RelayServer::scheduleCommit()
{
    // Once asked for, a commit is not put off by more pushes arriving, and a held one is
    // started again by the socket thread that catches up.
    if (!m_flushTimer.isActive() && !m_commitHeld)
        m_flushTimer.start(msUntilNextCommit());
}

int RelayServer::msUntilNextCommit() const
{
    if (m_options.commitIntervalMs <= 0 || !m_sinceCommit.isValid())
        return 0;
    const qint64 left = qint64(m_options.commitIntervalMs) * 1'000'000 - m_sinceCommit.nsecsElapsed();
    return left > 0 ? int((left + 999'999) / 1'000'000) : 0; // QTimer counts whole milliseconds
}

bool RelayServer::socketThreadsHoldCommits() const
{
    return std::any_of(m_socketThreads.cbegin(), m_socketThreads.cend(),
                       [](const auto &thread) { return thread->holdsCommits(); });
}

void RelayServer::onDescriptor(qintptr descriptor)
{
    // The throttle is the main thread's: ask it before anything is read from the connection.
    sockaddr_storage address {};
    socklen_t length = sizeof address;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&address), &length) != 0 || m_stopping
        || m_authority.throttle().isBlocked(QHostAddress(reinterpret_cast<const sockaddr *>(&address)))) {
        ::close(int(descriptor));
        return;
    }
    m_socketThreads.at(m_nextSocketThread++ % m_socketThreads.size())->adoptDescriptor(descriptor);
}

void RelayServer::onWebSocket()
{
    while (QWebSocket *socket = m_websockets.nextPendingConnection()) {
        if (m_stopping) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("shutting down"));
            socket->deleteLater();
            continue;
        }
        // QtWebSockets accepts up to about 2 GiB by default; every socket gets our limit.
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.hub.maxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.hub.maxMessageBytes));
        // The token came in the upgrade request's Authorization header (never in the URL).
        const AuthResult auth = m_authority.authenticate(socket->request().rawHeader("Authorization"),
                                                         socket->peerAddress(), TokenAuthority::Use::Sync);
        if (!auth.granted()) {
            qCInfo(lcRelay) << socket->peerAddress().toString() << "refused:" << auth.reason;
            socket->close(QWebSocketProtocol::CloseCode(refusalCloseCode(auth)), auth.reason.left(60));
            socket->deleteLater();
            continue;
        }
        m_peers.push_back(std::make_unique<Peer>(socket, m_unflushed));
        Peer *peer = m_peers.back().get();
        m_hub.addPeer(peer, auth.grant);
        // A connection that upgrades and then says nothing holds a slot for nothing.
        QTimer::singleShot(m_options.handshakeTimeoutMs, socket, [this, socket] {
            const auto it
                = std::find_if(m_peers.begin(), m_peers.end(),
                               [socket](const std::unique_ptr<Peer> &p) { return p->socket == socket; });
            if (it != m_peers.end() && !m_hub.greeted(it->get()))
                (*it)->closeWith(protocol::close::NoHello,
                                 QStringLiteral("no hello within the handshake timeout"));
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, peer](const QByteArray &frame) {
            peer->missedPongs = 0;
            m_hub.receive(peer, frame);
            // Answers to a hello or a pull, and errors, go out at once; pushes wait for the
            // group commit and are answered from flush().
            writeOut();
        });
        connect(socket, &QWebSocket::textMessageReceived, this, [peer] {
            peer->closeWith(protocol::close::ProtocolError, QStringLiteral("text frames are not part of v1"));
        });
        connect(socket, &QWebSocket::pong, this, [peer] { peer->missedPongs = 0; });
        // Queued: writing to a socket whose close is under way completes the close and emits
        // disconnected at once, which would drop the peer in the middle of the hub's fan-out.
        // The guard finds the peer by its socket, so a stale call can never hit a newer peer.
        connect(
            socket, &QWebSocket::disconnected, this,
            [this, guard = QPointer<QWebSocket>(socket)] {
                if (!guard)
                    return;
                const auto it
                    = std::find_if(m_peers.begin(), m_peers.end(),
                                   [&](const std::unique_ptr<Peer> &p) { return p->socket == guard; });
                if (it != m_peers.end())
                    drop(it->get());
            },
            Qt::QueuedConnection);
        m_trimTimer.start();
    }
}

void RelayServer::onSocketEvents(SocketThread *thread, QList<SocketThread::Event> events)
{
    using Kind = SocketThread::Event::Kind;
    for (SocketThread::Event &event : events) {
        const std::pair key {thread, event.id};
        switch (event.kind) {
        case Kind::Opened: {
            if (m_stopping) {
                thread->close(event.id, QWebSocketProtocol::CloseCodeGoingAway,
                              QStringLiteral("shutting down"));
                break;
            }
            const AuthResult auth
                = m_authority.authenticate(event.header, event.address, TokenAuthority::Use::Sync);
            if (!auth.granted()) {
                qCInfo(lcRelay) << event.address.toString() << "refused:" << auth.reason;
                thread->close(event.id, refusalCloseCode(auth), auth.reason);
                break;
            }
            auto *peer = new ThreadedPeer(thread, event.id,
                                          event.address.toString() + u':' + QString::number(event.port));
            peer->pending = event.pending;
            peer->queued = event.queued;
            m_threaded.insert(key, peer);
            m_hub.addPeer(peer, auth.grant);
            // A connection that upgrades and then says nothing holds a slot for nothing.
            QTimer::singleShot(m_options.handshakeTimeoutMs, this, [this, key] {
                if (ThreadedPeer *waiting = m_threaded.value(key); waiting && !m_hub.greeted(waiting))
                    waiting->closeWith(protocol::close::NoHello,
                                       QStringLiteral("no hello within the handshake timeout"));
            });
            m_trimTimer.start();
            break;
        }
        case Kind::Frame:
            if (ThreadedPeer *peer = m_threaded.value(key))
                m_hub.receive(peer, event.bytes);
            break;
        case Kind::Closed:
            if (ThreadedPeer *peer = m_threaded.take(key)) {
                m_hub.removePeer(peer);
                delete peer;
                m_trimTimer.start();
            }
            if (m_stopping && m_peers.empty() && m_threaded.isEmpty())
                finishStop();
            break;
        }
    }
    writeOut();
}

void RelayServer::writeOut()
{
    for (auto &thread : m_socketThreads)
        thread->flushOutbox();
    // Out now rather than on the socket's next turn in the event loop: an ack or a fan-out
    // frame should not wait behind 200 others, and an idle socket keeps no filled buffer.
    const QList<Peer *> peers = std::exchange(m_unflushed, {});
    for (Peer *peer : peers) {
        peer->waitingToWrite = false;
        peer->socket->flush();
    }
}

void RelayServer::ping()
{
    QList<Peer *> silent;
    for (auto &peer : m_peers) {
        if (peer->missedPongs >= m_options.missedPongsAllowed) {
            silent.append(peer.get());
            continue;
        }
        ++peer->missedPongs;
        peer->socket->ping();
    }
    for (Peer *peer : silent) {
        qCInfo(lcRelay) << peer->describe() << "missed" << peer->missedPongs << "pongs; dropped";
        peer->socket->abort();
        drop(peer);
    }
}

void RelayServer::recheckTokens()
{
    // Every connection, on the event loop or on a socket thread, as the hub sees it.
    QList<RelayPeer *> peers;
    for (const auto &peer : m_peers)
        peers.append(peer.get());
    for (ThreadedPeer *peer : std::as_const(m_threaded))
        peers.append(peer);
    QSet<QString> ids;
    for (RelayPeer *peer : std::as_const(peers)) {
        if (const Grant *grant = m_hub.grantOf(peer); grant && !grant->anonymous())
            ids.insert(grant->tokenId);
    }
    if (ids.isEmpty())
        return;
    const QSet<QString> invalid = m_authority.invalidAmong(ids);
    if (invalid.isEmpty())
        return;
    // Closing drops no peer at once (disconnected is queued, a socket thread's Closed comes as
    // an event), so the list stays good while it is walked.
    for (RelayPeer *peer : std::as_const(peers)) {
        const Grant *grant = m_hub.grantOf(peer);
        if (grant && invalid.contains(grant->tokenId)) {
            qCInfo(lcRelay) << peer->describe() << "token" << grant->tokenId << "revoked; closing";
            peer->closeWith(protocol::close::Unauthorized, QStringLiteral("the token was revoked"));
        }
    }
}

void RelayServer::drop(Peer *peer)
{
    const auto it = std::find_if(m_peers.begin(), m_peers.end(),
                                 [peer](const std::unique_ptr<Peer> &p) { return p.get() == peer; });
    if (it == m_peers.end())
        return;
    m_hub.removePeer(peer);
    m_unflushed.removeOne(peer);
    peer->socket->disconnect(this);
    peer->socket->deleteLater();
    m_peers.erase(it);
    m_trimTimer.start();
    if (m_stopping && m_peers.empty() && m_threaded.isEmpty())
        finishStop();
}

void RelayServer::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_tcp->close();
    m_pingTimer.stop();
    m_recheckTimer.stop();
    m_flushTimer.stop();
    m_hub.flush(); // what was received is committed and acknowledged before the sockets close
    writeOut();
    for (ThreadedPeer *peer : std::as_const(m_threaded))
        peer->closeWith(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("relay shutting down"));
    if (m_peers.empty() && m_threaded.isEmpty()) {
        QTimer::singleShot(0, this, &RelayServer::finishStop);
        return;
    }
    // Closing may disconnect at once, and drop() then erases from m_peers: close from a copy.
    QList<QPointer<QWebSocket>> sockets;
    for (auto &peer : m_peers)
        sockets.append(peer->socket);
    for (const QPointer<QWebSocket> &socket : sockets) {
        if (socket)
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("relay shutting down"));
    }
    QTimer::singleShot(1000, this, &RelayServer::finishStop);
}

void RelayServer::finishStop()
{
    if (m_stoppedEmitted)
        return;
    m_stoppedEmitted = true;
    emit stopped();
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketthreads.h"

#include "epolldispatcher.h"
#include "sync/protocol.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

namespace muster {

void ThreadedPeer::sendBinary(const QByteArray &bytes)
{
    queued->fetch_add(bytes.size(), std::memory_order_relaxed);
    thread->queue(id, bytes);
}

void ThreadedPeer::closeWith(int code, const QString &reason)
{
    thread->close(id, code, reason);
}

SocketThread::SocketThread(Deliver deliver, Options options)
    : m_deliver(std::move(deliver))
    , m_options(options)
    , m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
}

SocketThread::~SocketThread()
{
    stop();
}

void SocketThread::start()
{
    m_thread.setEventDispatcher(new EpollDispatcher); // epolldispatcher.h says why
    m_thread.start();
}

void SocketThread::stop()
{
    if (!m_thread.isRunning()) {
        delete m_worker; // never started, or already stopped (then it is null)
        m_worker = nullptr;
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            for (const Connection &c : std::as_const(m_connections)) {
                c.socket->disconnect(m_worker);
                c.socket->abort();
                delete c.socket;
            }
            m_connections.clear();
            delete m_worker; // and the server with it
            m_worker = nullptr;
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void SocketThread::adoptDescriptor(qintptr descriptor)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, descriptor] {
            QTcpSocket *socket = m_options.tls ? new QSslSocket : new QTcpSocket;
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                ::close(int(descriptor)); // not the socket's: it never took it
                return;
            }
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *tls = qobject_cast<QSslSocket *>(socket);
            if (!tls) {
                upgrade(socket);
                return;
            }
            tls->setSslConfiguration(*m_options.tls);
            QObject::connect(tls, &QSslSocket::encrypted, m_worker, [this, tls] { upgrade(tls); });
            QObject::connect(tls, &QAbstractSocket::errorOccurred, m_worker, [tls] {
                if (!tls->isEncrypted())
                    tls->deleteLater();
            });
            // A peer that opens a connection and never finishes the handshake holds nothing.
            QTimer::singleShot(m_options.handshakeTimeoutMs, tls, [tls] {
                if (!tls->isEncrypted()) {
                    tls->abort();
                    tls->deleteLater();
                }
            });
            tls->startServerEncryption();
        },
        Qt::QueuedConnection);
}

void SocketThread::upgrade(QTcpSocket *socket)
{
    if (!m_server) {
        m_server
            = new QWebSocketServer(QStringLiteral("muster-relay"), QWebSocketServer::NonSecureMode, m_worker);
        m_server->setHandshakeTimeout(m_options.handshakeTimeoutMs);
        QObject::connect(m_server, &QWebSocketServer::newConnection, m_worker, [this] { onUpgraded(); });
        m_pingTimer = new QTimer(m_worker);
        m_pingTimer->setInterval(m_options.pingIntervalMs);
        QObject::connect(m_pingTimer, &QTimer::timeout, m_worker, [this] { ping(); });
        m_pingTimer->start();
    }
    m_server->handleConnection(socket);
}

void SocketThread::post(Event event)
{
    bool first = false;
    {
        QMutexLocker lock(&m_inboundLock);
        first = m_inbound.isEmpty();
        m_inbound.append(std::move(event));
    }
    if (!first)
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            QList<Event> events;
            {
                QMutexLocker lock(&m_inboundLock);
                events.swap(m_inbound);
            }
            for (const Event &event : std::as_const(events)) {
                if (event.kind == Event::Kind::Opened)
                    ++m_openConnections;
                else if (event.kind == Event::Kind::Closed)
                    --m_openConnections;
            }
            m_deliver(this, std::move(events));
        },
        Qt::QueuedConnection);
}

void SocketThread::onUpgraded()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
        const quint64 id = m_nextId++;
        auto pending = std::make_shared<std::atomic<qint64>>(0);
        auto queued = std::make_shared<std::atomic<qint64>>(0);
        m_connections.insert(id, {socket, pending, queued});
        Event opened {Event::Kind::Opened, id};
        opened.header = socket->request().rawHeader("Authorization");
        opened.address = socket->peerAddress();
        opened.port = socket->peerPort();
        opened.pending = pending;
        opened.queued = queued;
        post(std::move(opened));
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, m_worker,
                         [this, id](const QByteArray &frame) {
                             if (const auto it = m_connections.find(id); it != m_connections.end())
                                 it->missedPongs = 0;
                             Event received {Event::Kind::Frame, id};
                             received.bytes = frame;
                             post(std::move(received));
                         });
        QObject::connect(socket, &QWebSocket::pong, m_worker, [this, id] {
            if (const auto it = m_connections.find(id); it != m_connections.end())
                it->missedPongs = 0;
        });
        QObject::connect(socket, &QWebSocket::textMessageReceived, m_worker, [socket] {
            socket->close(QWebSocketProtocol::CloseCode(protocol::close::ProtocolError),
                          QStringLiteral("text frames are not part of v1"));
        });
        QObject::connect(socket, &QWebSocket::bytesWritten, m_worker, [socket, pending] {
            pending->store(socket->bytesToWrite(), std::memory_order_relaxed);
        });
        QObject::connect(
            socket, &QWebSocket::disconnected, m_worker,
            [this, id] {
                const auto it = m_connections.find(id);
                if (it == m_connections.end())
                    return;
                it->socket->deleteLater();
                m_connections.erase(it);
                post(Event {Event::Kind::Closed, id});
            },
            Qt::QueuedConnection);
    }
}

void SocketThread::ping()
{
    QList<QWebSocket *> silent;
    for (Connection &c : m_connections) {
        if (c.missedPongs >= m_options.missedPongsAllowed) {
            silent.append(c.socket);
            continue;
        }
        ++c.missedPongs;
        c.socket->ping();
    }
    for (QWebSocket *socket : std::as_const(silent)) {
        qCInfo(lcRelay) << socket->peerAddress().toString() << "missed" << m_options.missedPongsAllowed
                        << "pongs; dropped";
        socket->abort(); // disconnected follows, and with it the Closed event
    }
}

void SocketThread::queue(quint64 id, const QByteArray &bytes)
{
    // Whatever the hub sends outside a group commit (an alert, presence) leaves at the end of
    // this turn, as a socket's own buffered write would; writeOut() may take it sooner.
    if (m_outbox.isEmpty())
        QMetaObject::invokeMethod(
            this, [this] { flushOutbox(); }, Qt::QueuedConnection);
    m_outbox.append({id, bytes});
}

void SocketThread::flushOutbox()
{
    if (m_outbox.isEmpty())
        return;
    ++m_writesInFlight;
    QMetaObject::invokeMethod(
        m_worker,
        [this, out = std::exchange(m_outbox, {})] {
            write(out);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    --m_writesInFlight;
                    emit batchWritten();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

// Options::overlappedFanOutConnections: overlapping a fan-out's writes with the next commit
// raised the 50-client row (25 connections a thread) by about a sixth. At 100 and 500
// connections a thread it cut the 200- and 1,000-client rows by a third and more: there the
// writes take longer than a commit, so a commit that does not wait for them carries fewer ops
// and adds another fan-out as large. Measured in performance.md, "A small fan-out during the
// commit"; the threshold lies between the two.
bool SocketThread::holdsCommits() const
{
    return m_writesInFlight > 1
        || (m_writesInFlight == 1 && m_openConnections > m_options.overlappedFanOutConnections);
}

void SocketThread::write(const QList<std::pair<quint64, QByteArray>> &out)
{
    QHash<quint64, Connection> touched;
    for (const auto &[id, bytes] : out) {
        const auto it = m_connections.constFind(id);
        if (it == m_connections.cend())
            continue; // gone since the main thread wrote to it
        it->socket->sendBinaryMessage(bytes);
        it->queued->fetch_sub(bytes.size(), std::memory_order_relaxed);
        touched.insert(id, *it);
    }
    for (const Connection &c : std::as_const(touched)) {
        c.socket->flush();
        c.pending->store(c.socket->bytesToWrite(), std::memory_order_relaxed);
    }
}

void SocketThread::close(quint64 id, int code, const QString &reason)
{
    flushOutbox(); // what was sent before the close goes first
    QMetaObject::invokeMethod(
        m_worker,
        [this, id, code, reason] {
            if (const auto it = m_connections.constFind(id); it != m_connections.cend())
                it->socket->close(QWebSocketProtocol::CloseCode(code), reason.left(60));
        },
        Qt::QueuedConnection);
}

} // namespace muster

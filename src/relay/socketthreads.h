// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's connections on threads of their own. A single event loop doing the storage, the
// decisions and every socket's reads and writes was the relay's limit on a 2-core machine
// (docs/performance.md, "What the commit alone costs"). Each SocketThread opens its connections
// from the descriptors the main thread accepted (TLS handshake included), upgrades them, pings
// them and reads and writes them; the hub stays on the main thread and sees each connection as
// a ThreadedPeer, whose writes are gathered per turn and handed to the socket's thread in one
// call. What happens on a socket thread reaches the main thread as Events, in order, in batches.
#pragma once

#include "relayhub.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace muster {

class SocketThread;

// Accepts and hands each new connection's descriptor on, without opening a socket for it.
class DescriptorServer final : public QTcpServer
{
public:
    explicit DescriptorServer(std::function<void(qintptr)> accepted)
        : m_accepted(std::move(accepted))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_accepted(descriptor); }

private:
    std::function<void(qintptr)> m_accepted;
};

// What the main thread holds of one connection on a socket thread.
class ThreadedPeer final : public RelayPeer
{
public:
    ThreadedPeer(SocketThread *thread, quint64 id, QString description)
        : thread(thread)
        , id(id)
        , description(std::move(description))
    { }
    void sendBinary(const QByteArray &bytes) override;
    // What the socket has yet to write, and what the main thread handed over that its thread
    // has not yet given to the socket: a reader too slow for either is a slow reader.
    qint64 bytesPending() const override
    {
        return pending->load(std::memory_order_relaxed) + queued->load(std::memory_order_relaxed);
    }
    void closeWith(int code, const QString &reason) override;
    QString describe() const override { return description; }

    SocketThread *thread;
    quint64 id;
    QString description;
    std::shared_ptr<std::atomic<qint64>> pending = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<qint64>> queued = std::make_shared<std::atomic<qint64>>(0);
};

// Made and kept on the main thread; its sockets live on a QThread of its own. Calls marked
// [main] are made on the main thread, [thread] on the socket thread.
class SocketThread : public QObject
{
    Q_OBJECT

public:
    // What reaches the main thread, in the order it happened on this thread.
    struct Event
    {
        enum class Kind
        {
            Opened, // upgraded: `header` is its Authorization header, `address` where it is from
            Frame, // a binary frame: `bytes`
            Closed, // gone
        };
        Event(Kind kind, quint64 id)
            : kind(kind)
            , id(id)
        { }
        Kind kind;
        quint64 id = 0;
        QByteArray bytes;
        QByteArray header;
        QHostAddress address;
        quint16 port = 0;
        std::shared_ptr<std::atomic<qint64>> pending;
        std::shared_ptr<std::atomic<qint64>> queued;
    };
    using Deliver = std::function<void(SocketThread *, QList<Event>)>; // [main]

    struct Options
    {
        qint64 maxMessageBytes = 0;
        int pingIntervalMs = 20'000;
        int missedPongsAllowed = 2;
        int handshakeTimeoutMs = 5'000; // the TLS handshake, then the WebSocket upgrade
        std::optional<QSslConfiguration> tls;
        // With at most this many connections the thread writes a fan-out while the main thread
        // makes the next group commit; with more the commit waits (see holdsCommits()).
        int overlappedFanOutConnections = 50;
    };

    // Made on the main thread, and lives there: what it hands the main thread is queued to
    // itself, so nothing is delivered once it is gone.
    SocketThread(Deliver deliver, Options options);
    ~SocketThread() override;

    void start();
    void stop();

    // [main] takes a connection the main thread accepted but did not open: its socket is made
    // here, and its TLS handshake and upgrade happen here.
    void adoptDescriptor(qintptr descriptor);
    // [main] buffered by ThreadedPeer::sendBinary; handed over by flushOutbox()
    void queue(quint64 id, const QByteArray &bytes);
    void flushOutbox();
    void close(quint64 id, int code, const QString &reason);
    // [main] true from a flushOutbox() until its frames are in their sockets' buffers.
    bool writing() const { return m_writesInFlight > 0; }
    // [main] true while the main thread's next group commit should wait for this thread's
    // writes: always with two batches in flight, with one only for a large fan-out.
    bool holdsCommits() const;
    // [main] the connections upgraded here and not yet closed, as the main thread has heard
    int connections() const { return m_openConnections; }

signals:
    // [main] a handed-over batch is written; writing() is false again when none is left.
    void batchWritten();

private:
    void upgrade(QTcpSocket *socket);
    void onUpgraded();
    void write(const QList<std::pair<quint64, QByteArray>> &out);

    void post(Event event); // [thread]

    Deliver m_deliver;
    Options m_options;
    QTimer *m_pingTimer = nullptr; // in m_thread
    QThread m_thread;
    QObject *m_worker; // in m_thread: the context of everything done there
    QWebSocketServer *m_server = nullptr; // in m_thread
    quint64 m_nextId = 1;
    struct Connection
    {
        QWebSocket *socket;
        std::shared_ptr<std::atomic<qint64>> pending;
        std::shared_ptr<std::atomic<qint64>> queued;
        int missedPongs = 0;
    };
    void ping();
    QHash<quint64, Connection> m_connections; // in m_thread
    QMutex m_inboundLock;
    QList<Event> m_inbound; // guarded by m_inboundLock
    QList<std::pair<quint64, QByteArray>> m_outbox; // main thread only
    int m_writesInFlight = 0; // main thread only
    int m_openConnections = 0; // main thread only
};

} // namespace muster

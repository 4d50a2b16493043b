// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's network side: accepts TCP connections (low delay on), upgrades them to
// WebSockets with the size limits set on every socket, pings every peer and drops the silent
// ones, and hands binary frames to the RelayHub. Group commit: pushes that arrive together are
// committed together on the next turn of the event loop.
#pragma once

#include "relayhub.h"
#include "socketthreads.h"
#include "tokenauthority.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocketServer>
#include <memory>
#include <optional>

class QWebSocket;

namespace muster {

struct RelayServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 7447;
    int pingIntervalMs = 20'000;
    int missedPongsAllowed = 2; // a peer silent for this many pings in a row is dropped
    // How often open connections' tokens are checked again: a revoked token's connections
    // close within this time (the issue asks for 30 s at most).
    int tokenRecheckMs = 10'000;
    // The WebSocket upgrade, and then the hello, must each come within this time.
    int handshakeTimeoutMs = 5'000;
    // Threads that open, read and write the connections (socketthreads.h); the hub, the storage
    // and the group commit stay on the thread the server lives on. 0: the connections too.
    int socketThreads = 2;
    // The shortest time from the start of one group commit to the start of the next. Under
    // load each commit and its fan-out then carry more ops: fewer syncs, and fewer writes per
    // client (50 clients, 30,000 pushes/s: relay CPU 107% against 119% with 0, medians of
    // five runs). An op that arrives while the relay is idle is committed at once. 0: commit
    // every turn.
    int commitIntervalMs = 1;
    // Set: wss:// (TLS 1.2 or later) with this certificate and key; unset: plain ws://.
    std::optional<QSslConfiguration> tls;
    RelayOptions hub;
};

class RelayServer : public QObject
{
    Q_OBJECT

public:
    // Every upgrade is authenticated by `authority` before the hub sees the connection.
    RelayServer(RelayStorage &storage, TokenAuthority &authority, RelayServerOptions options,
                HybridLogicalClock::WallClock wallClock = {}, QObject *parent = nullptr);
    ~RelayServer() override;

    // Starts accepting connections; false with errorString() when the address is taken.
    bool listen();
    QString errorString() const { return m_tcp->errorString(); }
    quint16 port() const { return m_tcp->serverPort(); }
    // ws://HOST:PORT (wss:// with TLS) as clients should dial it.
    QString url() const;
    int connectionCount() const { return int(m_peers.size() + m_threaded.size()); }
    RelayHub &hub() { return m_hub; }

    // Stops accepting, commits what is queued, closes every socket with "going away" and emits
    // stopped() once they are closed (or after a second at most).
    void shutdown();

Q_SIGNALS:
    void stopped();

private:
    class Peer;

    void onTcpConnection();
    void onWebSocket();
    void writeOut();
    void ping();
    void recheckTokens();
    void drop(Peer *peer);
    void finishStop();
    void onDescriptor(qintptr descriptor);
    bool socketThreadsHoldCommits() const;
    void scheduleCommit();
    int msUntilNextCommit() const;
    void onSocketEvents(SocketThread *thread, QList<SocketThread::Event> events);

    RelayServerOptions m_options;
    TokenAuthority &m_authority;
    RelayHub m_hub;
    std::unique_ptr<QTcpServer> m_tcp; // a QSslServer with TLS: sockets come out encrypted
    QWebSocketServer m_websockets;
    QTimer m_pingTimer;
    QTimer m_recheckTimer;
    QTimer m_flushTimer;
    QTimer m_trimTimer; // returns memory to the system once a burst of connections is over
    std::vector<std::unique_ptr<Peer>> m_peers;
    QList<Peer *> m_unflushed; // peers with frames buffered since the last writeOut()
    // With RelayServerOptions::socketThreads: the connections live there, and the hub sees
    // each as a ThreadedPeer.
    std::vector<std::unique_ptr<SocketThread>> m_socketThreads;
    QHash<std::pair<SocketThread *, quint64>, ThreadedPeer *> m_threaded;
    std::size_t m_nextSocketThread = 0;
    bool m_commitHeld = false; // a group commit waits for the socket threads' writes
    QElapsedTimer m_sinceCommit; // since the last group commit started
    bool m_stopping = false;
    bool m_stoppedEmitted = false;
};

} // namespace muster

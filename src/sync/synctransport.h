// SPDX-License-Identifier: GPL-3.0-or-later
// How the sync engine reaches a relay: a WebSocket in the programs, an in-memory link in the
// deterministic convergence tests.
#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace muster {

class SyncTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Connects; opened() or closed() follows.
    virtual void open(const QUrl &url, const QString &accessToken) = 0;
    virtual void send(const QByteArray &frame) = 0;
    virtual void close() = 0;

Q_SIGNALS:
    void opened();
    // closeCode: the WebSocket close code the relay sent (4401 token refused, …); 0 when the
    // connection failed or dropped without one.
    void closed(const QString &reason, int closeCode);
    void received(const QByteArray &frame);
};

// The real one: binary frames over QWebSocket, our own pings (QtWebSockets sends none), the
// token in the upgrade request's Authorization header and never in the URL.
class WebSocketTransport final : public SyncTransport
{
    Q_OBJECT

public:
    explicit WebSocketTransport(QObject *parent = nullptr);
    ~WebSocketTransport() override;

    // For a self-hosted relay: trust only these certificates (its CA, or its own certificate)
    // for wss://, instead of the system's CAs. The host name is still checked.
    void setTrustedCertificates(const QList<QSslCertificate> &certificates) { m_trusted = certificates; }

    void open(const QUrl &url, const QString &accessToken) override;
    void send(const QByteArray &frame) override;
    void close() override;

    // Tests shorten it; the relay's own pings (RelayServerOptions) are independent.
    void setPingInterval(int ms) { m_ping.setInterval(ms); }

    // A ping still unanswered (and nothing else heard) at the next one means the link is dead:
    // a partition is noticed within two intervals, 40 s, and the engine reconnects.
    static constexpr int kPingIntervalMs = 20'000;
    static constexpr int kMissedPongsAllowed = 1;

private:
    void onDisconnected();

    QList<QSslCertificate> m_trusted;
    QString m_tlsProblem; // why the TLS handshake failed, for the close reason
    QWebSocket *m_socket = nullptr;
    QTimer m_ping;
    int m_missedPongs = 0;
    bool m_open = false;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctransport.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QWebSocket>

namespace muster {

namespace {
// What the relay may send in one message: its ops pages are capped by its own limit (64 KiB
// by default); a peers list of a large team is the largest message, well under this.
constexpr quint64 kMaxIncomingBytes = 4 * 1024 * 1024;
} // namespace

WebSocketTransport::WebSocketTransport(QObject *parent)
    : SyncTransport(parent)
{
    m_ping.setInterval(kPingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_missedPongs >= kMissedPongsAllowed) {
            m_socket->abort(); // the relay is gone without a word: reconnect
            return;
        }
        ++m_missedPongs;
        m_socket->ping();
    });
}

WebSocketTransport::~WebSocketTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

void WebSocketTransport::open(const QUrl &url, const QString &accessToken)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QStringLiteral("muster"), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
    m_missedPongs = 0;
    m_open = false;
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_open = true;
        m_ping.start();
        emit opened();
    });
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &frame) {
        m_missedPongs = 0;
        emit received(frame);
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_missedPongs = 0; });
    m_tlsProblem.clear();
    // QWebSocket refuses a certificate that does not verify (nothing here ignores errors); the
    // reason is kept so the user reads "not trusted" rather than "remote host closed".
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_tlsProblem = errors.first().errorString();
    });
    QNetworkRequest request(url);
    if (!m_trusted.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_trusted);
        m_socket->setSslConfiguration(tls); // QWebSocket reads its own, not the request's
    }
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    m_socket->open(request);
}

void WebSocketTransport::onDisconnected()
{
    m_ping.stop();
    QString reason;
    if (m_socket->closeCode() != QWebSocketProtocol::CloseCodeNormal || !m_socket->closeReason().isEmpty()) {
        reason = m_socket->closeReason().isEmpty()
            ? m_socket->errorString()
            : QStringLiteral("%1 (%2)").arg(m_socket->closeReason()).arg(int(m_socket->closeCode()));
    }
    if (reason.isEmpty())
        reason = m_socket->errorString();
    if (!m_tlsProblem.isEmpty())
        reason = QCoreApplication::translate("muster", "the relay's certificate is not trusted: %1")
                     .arg(m_tlsProblem);
    // QtWebSockets reports 1006 (abnormal) when no close frame came: the relay said nothing.
    const int code = m_socket->closeCode() == QWebSocketProtocol::CloseCodeAbnormalDisconnection
        ? 0
        : int(m_socket->closeCode());
    m_open = false;
    m_socket->disconnect(this);
    m_socket->deleteLater();
    m_socket = nullptr;
    emit closed(reason, code);
}

void WebSocketTransport::send(const QByteArray &frame)
{
    if (m_socket && m_open)
        m_socket->sendBinaryMessage(frame);
}

void WebSocketTransport::close()
{
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

} // namespace muster

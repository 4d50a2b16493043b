// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpreceiver.h"

#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace muster {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}
} // namespace

HttpReceiver::HttpReceiver(Handler handler, HttpReceiverOptions options, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_options(options)
{
    if (m_options.tls) {
        auto *tls = new QSslServer;
        tls->setSslConfiguration(*m_options.tls);
        tls->setHandshakeTimeout(5000);
        m_server.reset(tls);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpReceiver::onConnection);
}

HttpReceiver::~HttpReceiver()
{
    // The server deletes its sockets after this object's members are gone; an open socket then
    // reports `disconnected`, which must no longer reach this object.
    // That includes sockets already answered and closing, which m_buffers no longer holds.
    const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool HttpReceiver::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(m_options.idleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, idle] {
            idle->start();
            onReadable(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpReceiver::onReadable(QTcpSocket *socket)
{
    const auto found = m_buffers.find(socket);
    if (found == m_buffers.end()) {
        socket->readAll(); // answered and closing: whatever follows is not read
        return;
    }
    QByteArray &buffer = *found;
    buffer += socket->readAll();
    while (socket->state() == QAbstractSocket::ConnectedState) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > m_options.maxHeaderBytes)
                respond(socket, {431, "The request's headers are too large.\n"}, true);
            return; // wait for the rest of the headers
        }
        if (headerEnd > m_options.maxHeaderBytes) {
            respond(socket, {431, "The request's headers are too large.\n"}, true);
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            respond(socket, {400, "This is not an HTTP/1.1 request.\n"}, true);
            return;
        }
        HttpRequest request;
        request.method = requestLine.at(0);
        request.peer = socket->peerAddress();
        const QUrl target(QString::fromLatin1(requestLine.at(1)));
        request.path = target.path();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                respond(socket, {400, "A header line has no name.\n"}, true);
                return;
            }
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        if (request.headers.contains("transfer-encoding")) {
            // Alertmanager always sends a length; chunked bodies are not worth the code here.
            respond(socket, {411, "Send the body with a Content-Length.\n"}, true);
            return;
        }
        bool lengthOk = true;
        const qint64 length = request.headers.contains("content-length")
            ? request.headers.value("content-length").toLongLong(&lengthOk)
            : 0;
        if (!lengthOk || length < 0) {
            respond(socket, {400, "Content-Length is not a number.\n"}, true);
            return;
        }
        if (length > m_options.maxBodyBytes) {
            respond(socket,
                    {413,
                     QByteArray("The body is larger than ") + QByteArray::number(m_options.maxBodyBytes)
                         + " bytes.\n"},
                    true);
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const bool close
            = request.headers.value("connection").toLower() == "close" || requestLine.at(2) == "HTTP/1.0";
        respond(socket, m_handler(request), close);
        if (close)
            return; // the buffer is gone with the connection
    }
}

void HttpReceiver::respond(QTcpSocket *socket, const HttpResponse &response, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status)
        + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    socket->write(head + "\r\n" + response.body);
    if (close) {
        m_buffers.remove(socket);
        socket->disconnectFromHost(); // after what was written has gone out
    }
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// A deliberately small HTTP/1.1 server for what the relay receives over plain HTTP: Alertmanager
// webhooks; one handler turns a request into a response. QtHttpServer 6.4 (a technology preview)
// is packaged, but it cannot cap the size of a request body or of its headers (that came with
// QHttpServerConfiguration in 6.9 and 6.11), and the relay must not buffer whatever a stranger
// on the network sends. So the relay codes against this handler, and this class is the whole
// HTTP it needs. It reads one request at a time per
// connection (keep-alive as Alertmanager's client uses it), insists on Content-Length, caps the
// header block and the body, and closes connections that stall or send what it does not speak.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;
class QTimer;

namespace muster {

struct HttpRequest
{
    QByteArray method; // "POST"
    QString path; // decoded path, without the query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer; // who sent it: failed authentications are counted per address
};

struct HttpResponse
{
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    HttpResponse(int status = 200, QByteArray body = {}, Headers headers = {})
        : status(status)
        , body(std::move(body))
        , headers(std::move(headers))
    { }

    int status = 200;
    QByteArray body; // sent as text/plain; charset=utf-8
    Headers headers; // extra ones: WWW-Authenticate, Retry-After
};

struct HttpReceiverOptions
{
    qint64 maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 4 * 1024 * 1024; // a webhook with thousands of alerts fits
    int idleTimeoutMs = 30'000; // a connection that sends nothing for this long is closed
    // Set: HTTPS with this certificate and key (the TLS handshake must finish within 5 s).
    std::optional<QSslConfiguration> tls;
};

class HttpReceiver : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    HttpReceiver(Handler handler, HttpReceiverOptions options = {}, QObject *parent = nullptr);
    ~HttpReceiver() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server->serverPort(); }
    QString errorString() const { return m_server->errorString(); }
    bool secure() const { return m_options.tls.has_value(); }
    int connectionCount() const { return int(m_buffers.size()); }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    // Answers and, for errors in the request itself, closes: the stream cannot be trusted after.
    void respond(QTcpSocket *socket, const HttpResponse &response, bool close);

    Handler m_handler;
    HttpReceiverOptions m_options;
    std::unique_ptr<QTcpServer> m_server; // a QSslServer for HTTPS
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace muster

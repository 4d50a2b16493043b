// SPDX-License-Identifier: GPL-3.0-or-later
// A chat service (or any HTTP receiver) played on loopback with QtHttpServer: records every
// request, and answers from a script (status, headers, body), then with a fallback answer.
#pragma once

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <functional>
#include <optional>

namespace muster::testing {

class FakeWebhookServer : public QAbstractHttpServer
{
public:
    struct Answer
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body = "ok";
    };
    struct Request
    {
        QString path;
        QByteArray method;
        QString query; // without the "?"
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 atMs = 0;
        int answeredWith = 0;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    QList<Request> requests;
    QList<Answer> script; // answered first, in order
    // Then this, when set and it answers (a service whose answers depend on the request: Jira).
    std::function<std::optional<Answer>(const Request &)> respond;
    Answer fallback;

    quint16 start()
    {
        m_port = listen(QHostAddress::LocalHost, 0);
        return m_port;
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    // Requests answered with a 2xx: what the channel shows.
    QList<Request> accepted() const
    {
        QList<Request> out;
        for (const Request &request : requests) {
            if (request.answeredWith >= 200 && request.answeredWith < 300)
                out << request;
        }
        return out;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Request seen;
        seen.path = request.url().path();
        seen.method = request.method() == QHttpServerRequest::Method::Post ? "POST"
            : request.method() == QHttpServerRequest::Method::Get          ? "GET"
                                                                           : "OTHER";
        seen.query = request.url().query();
        for (const auto &[name, value] : request.headers())
            seen.headers.insert(name.toLower(), value);
        seen.body = request.body();
        seen.atMs = QDateTime::currentMSecsSinceEpoch();
        std::optional<Answer> dynamic;
        if (script.isEmpty() && respond)
            dynamic = respond(seen);
        const Answer answer = !script.isEmpty() ? script.takeFirst() : dynamic ? *dynamic : fallback;
        seen.answeredWith = answer.status;
        requests << seen;
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
        responder.writeHeader("Content-Type", "text/plain");
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        for (const auto &[name, value] : answer.headers)
            responder.writeHeader(name, value);
        responder.writeBody(answer.body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    quint16 m_port = 0;
};

} // namespace muster::testing

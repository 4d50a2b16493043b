// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback stand-in for Alertmanager's v2 API, for app-layer tests that need to change what
// fires between polls: GET /api/v2/alerts answers with alerts() as set, POST /api/v2/silences
// records the body and answers with a new silence id. (Alertmanager itself is exercised by the
// integration tests; here the subject is what Muster does with its answers.)
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace muster::testing {

class FakeAlertmanager : public QObject
{
public:
    FakeAlertmanager()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    // One firing alert as /api/v2/alerts lists it.
    static QJsonObject alert(const QString &fingerprint, const QString &name, const QString &service,
                             qint64 startsAtMs)
    {
        const QString starts
            = QDateTime::fromMSecsSinceEpoch(startsAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
        return {{QStringLiteral("fingerprint"), fingerprint},
                {QStringLiteral("labels"),
                 QJsonObject {{QStringLiteral("alertname"), name},
                              {QStringLiteral("service"), service},
                              {QStringLiteral("severity"), QStringLiteral("critical")}}},
                {QStringLiteral("annotations"),
                 QJsonObject {{QStringLiteral("summary"), name + QStringLiteral(" on ") + service}}},
                {QStringLiteral("startsAt"), starts},
                {QStringLiteral("endsAt"), starts},
                {QStringLiteral("updatedAt"), starts},
                {QStringLiteral("receivers"),
                 QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("x")}}}},
                {QStringLiteral("status"),
                 QJsonObject {{QStringLiteral("state"), QStringLiteral("active")},
                              {QStringLiteral("silencedBy"), QJsonArray()},
                              {QStringLiteral("inhibitedBy"), QJsonArray()}}}};
    }

    QJsonArray alerts;
    QList<QJsonObject> silences; // bodies posted to /api/v2/silences
    int alertRequests = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd).toLower();
        qsizetype length = 0;
        if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
            length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        QByteArray answer;
        if (head.startsWith("get /api/v2/alerts")) {
            ++alertRequests;
            answer = QJsonDocument(alerts).toJson(QJsonDocument::Compact);
        } else if (head.startsWith("post /api/v2/silences")) {
            silences.append(QJsonDocument::fromJson(body).object());
            answer = QJsonDocument(QJsonObject {{QStringLiteral("silenceID"),
                                                 QStringLiteral("silence-%1").arg(silences.size())}})
                         .toJson(QJsonDocument::Compact);
        }
        m_buffers.remove(socket);
        socket->write(
            (answer.isNull() ? QByteArray("HTTP/1.1 404 Not Found\r\n") : QByteArray("HTTP/1.1 200 OK\r\n"))
            + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace muster::testing

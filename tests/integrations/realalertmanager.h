// SPDX-License-Identifier: GPL-3.0-or-later
// A real Prometheus Alertmanager (Debian's prometheus-alertmanager 0.25) on a free loopback
// port, with a do-nothing receiver, for as long as the object lives.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace muster::testing {

inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// A real Alertmanager, for as long as the object lives. Without a webhook URL its receiver does
// nothing; with one, it posts every notification there at once (group_wait and group_interval
// of a second, resolutions included), as a team would point it at muster-relay.
class RealAlertmanager
{
public:
    // bearerToken: sent with every webhook in Authorization (Alertmanager's http_config), as a
    // team does for a relay that requires webhook tokens.
    bool start(const QString &webhookUrl = {}, const QString &bearerToken = {})
    {
        const QString config = m_dir.filePath(QStringLiteral("am.yml"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        if (webhookUrl.isEmpty()) {
            file.write("route:\n  receiver: nobody\nreceivers:\n  - name: nobody\n");
        } else {
            file.write("route:\n  receiver: relay\n  group_by: ['alertname']\n  group_wait: 1s\n"
                       "  group_interval: 1s\n  repeat_interval: 1h\nreceivers:\n  - name: relay\n"
                       "    webhook_configs:\n      - url: "
                       + webhookUrl.toUtf8() + "\n        send_resolved: true\n");
            if (!bearerToken.isEmpty()) {
                file.write("        http_config:\n          authorization:\n            type: Bearer\n"
                           "            credentials: "
                           + bearerToken.toUtf8() + "\n");
            }
        }
        file.close();
        m_port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(ALERTMANAGER_BINARY),
                        {QStringLiteral("--config.file=") + config,
                         QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("data")),
                         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                         QStringLiteral("--cluster.listen-address=")});
        if (!m_process.waitForStarted(5000))
            return false;
        // Ready when /-/ready answers 200.
        return QTest::qWaitFor([this] { return get(QStringLiteral("/-/ready")) == 200; }, 15000);
    }
    ~RealAlertmanager()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QByteArray output() { return m_process.readAll(); }

    int get(const QString &path, QByteArray *body = nullptr)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(url().toString() + path)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(2000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (body)
            *body = reply->readAll();
        reply->deleteLater();
        return status;
    }
    int post(const QString &path, const QJsonDocument &body)
    {
        QNetworkRequest request(QUrl(url().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, body.toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

inline QJsonObject alertJson(const QString &name, const QString &service, const QString &severity,
                             const QString &summary, const QDateTime &startsAt)
{
    return {{QStringLiteral("labels"),
             QJsonObject {{QStringLiteral("alertname"), name},
                          {QStringLiteral("service"), service},
                          {QStringLiteral("severity"), severity}}},
            {QStringLiteral("annotations"), QJsonObject {{QStringLiteral("summary"), summary}}},
            {QStringLiteral("startsAt"), startsAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("generatorURL"), QStringLiteral("http://prometheus.example:9090/graph")}};
}

} // namespace muster::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencesender.h"

#include "alertmanagerpoller.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace muster::alerts {

namespace {
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); // "…Z"
}
} // namespace

QList<Matcher> matchersFor(const Alert &alert)
{
    QList<Matcher> out;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

QByteArray silenceJson(const Silence &silence)
{
    QJsonArray matchers;
    for (const Matcher &m : silence.matchers) {
        matchers.append(QJsonObject {{QStringLiteral("name"), m.name},
                                     {QStringLiteral("value"), m.value},
                                     {QStringLiteral("isRegex"), false},
                                     {QStringLiteral("isEqual"), true}});
    }
    const QJsonObject body {{QStringLiteral("matchers"), matchers},
                            {QStringLiteral("startsAt"), isoTime(silence.startsAtMs)},
                            {QStringLiteral("endsAt"), isoTime(silence.endsAtMs)},
                            {QStringLiteral("createdBy"), silence.createdBy},
                            {QStringLiteral("comment"), silence.comment}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

SilenceSender::SilenceSender(QObject *parent)
    : QObject(parent)
{ }

void SilenceSender::send(const QUrl &base, const Silence &silence, std::function<void(SilenceResult)> done,
                         int timeoutMs)
{
    if (silence.matchers.isEmpty()) {
        // Alertmanager refuses it too, but an empty matcher list must never get that far.
        done({{}, tr("a silence needs at least one label to match")});
        return;
    }
    QNetworkRequest request(apiUrl(base, QStringLiteral("/api/v2/silences")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.post(request, silenceJson(silence));
    connect(reply, &QNetworkReply::finished, this, [reply, base, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            done({{},
                  tr("Alertmanager at %1 cannot be reached: %2")
                      .arg(base.toDisplayString(), reply->errorString())});
            return;
        }
        if (status != 200) {
            // Alertmanager explains a refusal in a JSON string ("silence invalid: …").
            QString why = QJsonDocument::fromJson("[" + body + "]").array().at(0).toString();
            if (why.isEmpty())
                why = QString::fromUtf8(body.left(200)).simplified();
            done({{},
                  tr("Alertmanager at %1 refused the silence (HTTP %2): %3")
                      .arg(base.toDisplayString())
                      .arg(status)
                      .arg(why)});
            return;
        }
        const QString id
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("silenceID")).toString();
        if (id.isEmpty()) {
            done({{},
                  tr("Alertmanager at %1 did not say which silence it created").arg(base.toDisplayString())});
            return;
        }
        done({id, {}});
    });
}

} // namespace muster::alerts

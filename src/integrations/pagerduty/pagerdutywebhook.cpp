// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerdutywebhook.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace muster::pagerduty {

namespace {

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

constexpr qsizetype kMaxText = 1024;

} // namespace

QByteArray signatureFor(const QByteArray &body, const QByteArray &secret)
{
    return "v1=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool signatureMatches(const QByteArray &body, const QByteArray &header, const QByteArray &secret)
{
    if (secret.isEmpty())
        return false;
    const QByteArray expected = signatureFor(body, secret);
    bool matched = false;
    for (const QByteArray &entry : header.split(',')) {
        // Every entry is compared, so the time taken does not say which one matched.
        if (sameBytes(entry.trimmed().toLower(), expected))
            matched = true;
    }
    return matched;
}

ParseResult parseWebhook(const QByteArray &body)
{
    ParseResult out;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        out.error = QStringLiteral("not JSON");
        return out;
    }
    const QJsonObject event = document.object().value(QStringLiteral("event")).toObject();
    out.webhook.eventType = event.value(QStringLiteral("event_type")).toString().left(100);
    if (out.webhook.eventType.isEmpty()) {
        out.error = QStringLiteral("no event.event_type: not a PagerDuty v3 webhook");
        return out;
    }
    out.webhook.aboutAnIncident = event.value(QStringLiteral("resource_type")).toString() == u"incident";
    if (!out.webhook.aboutAnIncident)
        return out;
    const QJsonObject data = event.value(QStringLiteral("data")).toObject();
    IncidentWebhook &w = out.webhook;
    w.id = data.value(QStringLiteral("id")).toString();
    if (w.id.isEmpty() || w.id.size() > 64 || !std::all_of(w.id.begin(), w.id.end(), [](QChar c) {
            return c.isLetterOrNumber() && c.unicode() < 128;
        })) {
        out.error = QStringLiteral("event.data.id is not a PagerDuty incident id");
        return out;
    }
    w.number = data.value(QStringLiteral("number")).toInteger();
    w.title = data.value(QStringLiteral("title")).toString().left(kMaxText);
    w.status = data.value(QStringLiteral("status")).toString().left(32);
    w.urgency = data.value(QStringLiteral("urgency")).toString().left(32);
    w.priority = data.value(QStringLiteral("priority"))
                     .toObject()
                     .value(QStringLiteral("summary"))
                     .toString()
                     .left(32);
    w.service = data.value(QStringLiteral("service"))
                    .toObject()
                    .value(QStringLiteral("summary"))
                    .toString()
                    .left(kMaxText);
    const QString html = data.value(QStringLiteral("html_url")).toString();
    w.htmlUrl = html.startsWith(u"https://") ? html.left(kMaxText) : QString();
    const QDateTime created
        = QDateTime::fromString(data.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    w.createdAtMs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
    if (w.title.isEmpty())
        w.title = QStringLiteral("PagerDuty incident %1").arg(w.id);
    return out;
}

} // namespace muster::pagerduty

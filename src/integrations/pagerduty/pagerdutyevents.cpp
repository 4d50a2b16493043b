// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerdutyevents.h"

#include "integrations/chat/chatmessages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

namespace muster {

namespace {
// PagerDuty cuts a summary at 1,024 characters; a shorter one reads better on a phone.
constexpr qsizetype kSummaryChars = 1024;
} // namespace

bool isPagerDutyEvent(IncidentEventKind kind)
{
    return kind == IncidentEventKind::Declared || kind == IncidentEventKind::Acknowledged
        || kind == IncidentEventKind::Resolved;
}

QString pagerDutySeverity(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QStringLiteral("critical");
    case Severity::Sev2:
        return QStringLiteral("error");
    case Severity::Sev3:
        return QStringLiteral("warning");
    case Severity::Sev4:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QByteArray pagerDutyEvent(const IncidentEvent &event, const QString &workspace)
{
    const Incident &incident = event.incident;
    QJsonObject body {{QStringLiteral("dedup_key"), incident.id}};
    switch (event.kind) {
    case IncidentEventKind::Declared: {
        body.insert(QStringLiteral("event_action"), QStringLiteral("trigger"));
        QString summary = QStringLiteral("%1%2: %3")
                              .arg(incident.drill ? QStringLiteral("DRILL · ") : QString(),
                                   severityLabel(incident.severity), incident.title);
        if (summary.size() > kSummaryChars)
            summary = summary.left(kSummaryChars - 1) + u'…';
        QJsonObject details {{QStringLiteral("severity"), severityLabel(incident.severity)},
                             {QStringLiteral("status"), stateLabel(incident.state)},
                             {QStringLiteral("incident_commander"), event.commander},
                             {QStringLiteral("muster_link"), incidentLink(incident.id)}};
        if (!incident.impact.isEmpty())
            details.insert(QStringLiteral("impact"), incident.impact);
        if (!incident.summary.isEmpty())
            details.insert(QStringLiteral("summary"), incident.summary);
        if (!incident.bridge.isEmpty())
            details.insert(QStringLiteral("bridge"), incident.bridge);
        if (!incident.services.isEmpty())
            details.insert(QStringLiteral("services"), QJsonArray::fromStringList(incident.services));
        QJsonObject payload {{QStringLiteral("summary"), summary},
                             {QStringLiteral("source"), QStringLiteral("muster/") + workspace},
                             {QStringLiteral("severity"), pagerDutySeverity(incident.severity)},
                             {QStringLiteral("timestamp"),
                              QDateTime::fromMSecsSinceEpoch(event.atMs, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"))},
                             {QStringLiteral("group"), workspace},
                             {QStringLiteral("class"), QStringLiteral("incident")},
                             {QStringLiteral("custom_details"), details}};
        if (!incident.services.isEmpty())
            payload.insert(QStringLiteral("component"), incident.services.constFirst());
        body.insert(QStringLiteral("payload"), payload);
        body.insert(QStringLiteral("client"), QStringLiteral("Muster"));
        const QString scheme = QUrl(incident.bridge).scheme();
        if (scheme == u"https" || scheme == u"http") {
            body.insert(QStringLiteral("links"),
                        QJsonArray {QJsonObject {{QStringLiteral("href"), incident.bridge},
                                                 {QStringLiteral("text"), QStringLiteral("Join bridge")}}});
        }
        break;
    }
    case IncidentEventKind::Acknowledged:
        body.insert(QStringLiteral("event_action"), QStringLiteral("acknowledge"));
        break;
    case IncidentEventKind::Resolved:
        body.insert(QStringLiteral("event_action"), QStringLiteral("resolve"));
        break;
    default:
        return {};
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray withRoutingKey(const QByteArray &event, const QString &routingKey)
{
    QJsonObject body = QJsonDocument::fromJson(event).object();
    body.insert(QStringLiteral("routing_key"), routingKey);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool isValidRoutingKey(const QString &key)
{
    return key.size() == 32 && std::all_of(key.begin(), key.end(), [](QChar c) {
               return c.isLetterOrNumber() && c.unicode() < 128;
           });
}

} // namespace muster

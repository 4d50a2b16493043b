// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatmessages.h"

#include "core/fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace muster {

namespace {

// Slack's documented limits: a header's text, a section's text, a field's text, a button's text.
constexpr qsizetype kSlackHeaderChars = 150;
constexpr qsizetype kSlackSectionChars = 3000;
constexpr qsizetype kSlackFieldChars = 2000;
// An update's text as quoted in a post: enough to read, short of every service's limit.
constexpr qsizetype kQuotedUpdateChars = 2500;

QString cut(const QString &text, qsizetype maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + u'…';
}

// Slack's mrkdwn reads <…> as links and mentions (<!channel>) and & as an entity: a title
// must not ping a channel or forge a link, so these three are escaped as Slack documents.
QString slackEscaped(QString text)
{
    return text.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"));
}

QString duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60'000);
    if (minutes < 60)
        return QStringLiteral("%1m").arg(minutes);
    if (minutes < 48 * 60)
        return QStringLiteral("%1h %2m").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1d %2h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

bool isWebLink(const QString &link)
{
    const QString scheme = QUrl(link).scheme();
    return scheme == u"https" || scheme == u"http";
}

struct Fact
{
    QString title;
    QString value;
};

QList<Fact> factsOf(const IncidentEvent &event)
{
    const Incident &incident = event.incident;
    QList<Fact> facts {
        {QStringLiteral("Severity"), severityLabel(incident.severity)},
        {QStringLiteral("Status"), stateLabel(incident.state)},
        {QStringLiteral("Incident Commander"),
         event.commander.isEmpty() ? QStringLiteral("nobody yet") : event.commander},
    };
    if (!incident.services.isEmpty())
        facts << Fact {QStringLiteral("Services"), incident.services.join(QStringLiteral(", "))};
    if (!incident.bridge.isEmpty())
        facts << Fact {QStringLiteral("Bridge"), bridgeLabelOf(incident.bridge)};
    return facts;
}

// The update's text as quoted, when asked for and there is one.
QString quotedUpdate(const IncidentEvent &event, const ChatPostOptions &options)
{
    if (event.kind != IncidentEventKind::UpdateSent || !options.includeUpdateText)
        return {};
    return cut(event.update.body.trimmed(), kQuotedUpdateChars);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString incidentLink(const QString &incidentId)
{
    return QStringLiteral("muster://incident/") + QString::fromLatin1(QUrl::toPercentEncoding(incidentId));
}

QString chatHeadline(const IncidentEvent &event)
{
    const Incident &incident = event.incident;
    const QString title = incident.title;
    QString line;
    switch (event.kind) {
    case IncidentEventKind::Declared:
        line = QStringLiteral("%1 declared: %2").arg(severityLabel(incident.severity), title);
        break;
    case IncidentEventKind::SeverityChanged:
        line = QStringLiteral("%1 to %2: %3")
                   .arg(incident.severity < event.previousSeverity ? QStringLiteral("Raised")
                                                                   : QStringLiteral("Lowered"),
                        severityLabel(incident.severity), title);
        break;
    case IncidentEventKind::StatusChanged:
        line = QStringLiteral("%1: %2").arg(stateLabel(incident.state), title);
        break;
    case IncidentEventKind::CommandHandedOver:
        line = QStringLiteral("%1 is now Incident Commander: %2").arg(event.commander, title);
        break;
    case IncidentEventKind::UpdateSent:
        line = QStringLiteral("Stakeholder update sent: %1").arg(title);
        break;
    case IncidentEventKind::Resolved:
        line = QStringLiteral("Resolved: %1").arg(title);
        break;
    case IncidentEventKind::Acknowledged:
        line = QStringLiteral("%1 took command: %2").arg(event.commander, title);
        break;
    case IncidentEventKind::ActionItemFiled:
        line = QStringLiteral("Action item filed: %1").arg(event.task.title);
        break;
    }
    return incident.drill ? QStringLiteral("DRILL · ") + line : line;
}

QString chatDetail(const IncidentEvent &event)
{
    const Incident &incident = event.incident;
    switch (event.kind) {
    case IncidentEventKind::Declared:
        return incident.impact.isEmpty() ? incident.summary : QStringLiteral("Impact: ") + incident.impact;
    case IncidentEventKind::SeverityChanged:
        return QStringLiteral("Severity changed from %1 to %2.")
            .arg(severityLabel(event.previousSeverity), severityLabel(incident.severity));
    case IncidentEventKind::StatusChanged:
        return QStringLiteral("Status changed from %1 to %2.")
            .arg(stateLabel(event.previousState), stateLabel(incident.state));
    case IncidentEventKind::CommandHandedOver:
        return event.previousCommander.isEmpty()
            ? QStringLiteral("%1 took command.").arg(event.commander)
            : QStringLiteral("Command passed from %1 to %2.").arg(event.previousCommander, event.commander);
    case IncidentEventKind::UpdateSent:
        return QStringLiteral("“%1” went to %2 (%3, %4).")
            .arg(event.update.subject,
                 event.update.list.isEmpty() ? QStringLiteral("its recipients") : event.update.list,
                 audienceTypeLabel(event.update.audience), updateStageLabel(event.update.stage));
    case IncidentEventKind::Acknowledged:
        return QStringLiteral("%1 is Incident Commander.").arg(event.commander);
    case IncidentEventKind::ActionItemFiled:
        return QStringLiteral("A follow-up of %1.").arg(incident.title);
    case IncidentEventKind::Resolved: {
        const qint64 started = incident.startedAtMs();
        const qint64 resolved = incident.milestones.value(Milestone::Resolved, event.atMs);
        return started > 0 && resolved >= started
            ? QStringLiteral("Resolved %1 after it started.").arg(duration(resolved - started))
            : QString();
    }
    }
    return {};
}

QByteArray slackMessage(const IncidentEvent &event, const ChatPostOptions &options)
{
    const QString headline = chatHeadline(event);
    QJsonArray blocks {QJsonObject {{QStringLiteral("type"), QStringLiteral("header")},
                                    {QStringLiteral("text"),
                                     QJsonObject {{QStringLiteral("type"), QStringLiteral("plain_text")},
                                                  {QStringLiteral("text"), cut(headline, kSlackHeaderChars)},
                                                  {QStringLiteral("emoji"), false}}}}};
    auto section = [](const QString &mrkdwn) {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("section")},
                            {QStringLiteral("text"),
                             QJsonObject {{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                          {QStringLiteral("text"), cut(mrkdwn, kSlackSectionChars)}}}};
    };
    if (const QString detail = chatDetail(event); !detail.isEmpty())
        blocks << section(slackEscaped(detail));
    QJsonArray fields;
    for (const Fact &fact : factsOf(event)) {
        fields << QJsonObject {
            {QStringLiteral("type"), QStringLiteral("mrkdwn")},
            {QStringLiteral("text"),
             cut(QStringLiteral("*%1*\n%2").arg(fact.title, slackEscaped(fact.value)), kSlackFieldChars)}};
    }
    blocks << QJsonObject {{QStringLiteral("type"), QStringLiteral("section")},
                           {QStringLiteral("fields"), fields}};
    if (const QString quoted = quotedUpdate(event, options); !quoted.isEmpty())
        blocks << section(QStringLiteral("&gt; ")
                          + slackEscaped(quoted).replace(u'\n', QStringLiteral("\n&gt; ")));
    blocks << QJsonObject {{QStringLiteral("type"), QStringLiteral("context")},
                           {QStringLiteral("elements"),
                            QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                     {QStringLiteral("text"),
                                                      QStringLiteral("<%1|Open in Muster> · incident %2")
                                                          .arg(incidentLink(event.incident.id),
                                                               slackEscaped(event.incident.id))}}}}};
    if (isWebLink(event.incident.bridge)) {
        blocks << QJsonObject {
            {QStringLiteral("type"), QStringLiteral("actions")},
            {QStringLiteral("elements"),
             QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("button")},
                                      {QStringLiteral("text"),
                                       QJsonObject {{QStringLiteral("type"), QStringLiteral("plain_text")},
                                                    {QStringLiteral("text"), QStringLiteral("Join bridge")}}},
                                      {QStringLiteral("url"), event.incident.bridge}}}}};
    }
    // `text` is what notifications and clients without blocks show.
    return compact({{QStringLiteral("text"), slackEscaped(headline)}, {QStringLiteral("blocks"), blocks}});
}

QByteArray teamsMessage(const IncidentEvent &event, const ChatPostOptions &options)
{
    const bool severe = event.incident.severity <= Severity::Sev2;
    QJsonArray body {QJsonObject {
        {QStringLiteral("type"), QStringLiteral("TextBlock")},
        {QStringLiteral("text"), chatHeadline(event)},
        {QStringLiteral("size"), QStringLiteral("Medium")},
        {QStringLiteral("weight"), QStringLiteral("Bolder")},
        {QStringLiteral("color"), severe ? QStringLiteral("Attention") : QStringLiteral("Default")},
        {QStringLiteral("wrap"), true}}};
    auto text = [](const QString &value) {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("TextBlock")},
                            {QStringLiteral("text"), value},
                            {QStringLiteral("wrap"), true}};
    };
    if (const QString detail = chatDetail(event); !detail.isEmpty())
        body << text(detail);
    QJsonArray facts;
    for (const Fact &fact : factsOf(event))
        facts << QJsonObject {{QStringLiteral("title"), fact.title}, {QStringLiteral("value"), fact.value}};
    body << QJsonObject {{QStringLiteral("type"), QStringLiteral("FactSet")},
                         {QStringLiteral("facts"), facts}};
    if (const QString quoted = quotedUpdate(event, options); !quoted.isEmpty())
        body << text(quoted);
    auto open = [](const QString &title, const QString &url) {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("url"), url}};
    };
    QJsonArray actions {open(QStringLiteral("Open in Muster"), incidentLink(event.incident.id))};
    if (!event.incident.bridge.isEmpty())
        actions << open(QStringLiteral("Join bridge"), event.incident.bridge);
    const QJsonObject card {
        {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("version"), QStringLiteral("1.4")},
        {QStringLiteral("body"), body},
        {QStringLiteral("actions"), actions}};
    return compact({{QStringLiteral("type"), QStringLiteral("message")},
                    {QStringLiteral("attachments"),
                     QJsonArray {QJsonObject {{QStringLiteral("contentType"),
                                               QStringLiteral("application/vnd.microsoft.card.adaptive")},
                                              {QStringLiteral("contentUrl"), QJsonValue::Null},
                                              {QStringLiteral("content"), card}}}}});
}

QByteArray mattermostMessage(const IncidentEvent &event, const ChatPostOptions &options)
{
    QStringList lines {QStringLiteral("#### ") + chatHeadline(event)};
    if (const QString detail = chatDetail(event); !detail.isEmpty())
        lines << detail;
    for (const Fact &fact : factsOf(event))
        lines << QStringLiteral("**%1:** %2").arg(fact.title, fact.value);
    if (const QString quoted = quotedUpdate(event, options); !quoted.isEmpty())
        lines << QStringLiteral("> ") + QString(quoted).replace(u'\n', QStringLiteral("\n> "));
    QString links = QStringLiteral("[Open in Muster](%1)").arg(incidentLink(event.incident.id));
    if (!event.incident.bridge.isEmpty())
        links += QStringLiteral(" · [Join bridge](%1)").arg(event.incident.bridge);
    lines << links;
    return compact({{QStringLiteral("text"), lines.join(u'\n')}});
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "integration.h"

#include "integrations/pagerduty/pagerdutyevents.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>
#include <algorithm>

namespace muster {

QString integrationKindName(IntegrationKind kind)
{
    switch (kind) {
    case IntegrationKind::Slack:
        return QStringLiteral("slack");
    case IntegrationKind::Teams:
        return QStringLiteral("teams");
    case IntegrationKind::Mattermost:
        return QStringLiteral("mattermost");
    case IntegrationKind::PagerDuty:
        return QStringLiteral("pagerduty");
    case IntegrationKind::PagerDutyWebhook:
        return QStringLiteral("pagerduty-webhook");
    case IntegrationKind::Jira:
        return QStringLiteral("jira");
    }
    return {};
}

std::optional<IntegrationKind> integrationKindFromName(QStringView name)
{
    for (IntegrationKind kind :
         {IntegrationKind::Slack, IntegrationKind::Teams, IntegrationKind::Mattermost,
          IntegrationKind::PagerDuty, IntegrationKind::PagerDutyWebhook, IntegrationKind::Jira}) {
        if (integrationKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool Integration::wants(IncidentEventKind event) const
{
    if (kind == IntegrationKind::PagerDutyWebhook)
        return false; // it receives, it does not post
    if (kind == IntegrationKind::Jira || event == IncidentEventKind::ActionItemFiled)
        return kind == IntegrationKind::Jira && event == IncidentEventKind::ActionItemFiled;
    return events.contains(event) && (kind != IntegrationKind::PagerDuty || isPagerDutyEvent(event));
}

QByteArray Integration::bodyToSend(const QByteArray &queued) const
{
    return kind == IntegrationKind::PagerDuty ? withRoutingKey(queued, secret) : queued;
}

QString Integration::postUrl() const
{
    return kind == IntegrationKind::Jira ? jiraCreateIssueUrl(url) : url;
}

QByteArray Integration::authorization() const
{
    return kind == IntegrationKind::Jira ? jiraAuthorization(jira.user, secret) : QByteArray();
}

QList<IncidentEventKind> defaultEvents(IntegrationKind kind)
{
    if (kind == IntegrationKind::PagerDuty)
        return {IncidentEventKind::Declared, IncidentEventKind::Acknowledged, IncidentEventKind::Resolved};
    if (kind == IntegrationKind::PagerDutyWebhook)
        return {};
    if (kind == IntegrationKind::Jira)
        return {IncidentEventKind::ActionItemFiled};
    QList<IncidentEventKind> chat;
    for (IncidentEventKind event : allIncidentEventKinds) {
        if (event != IncidentEventKind::Acknowledged && event != IncidentEventKind::ActionItemFiled)
            chat << event;
    }
    return chat;
}

QByteArray Integration::render(const IncidentEvent &event) const
{
    switch (kind) {
    case IntegrationKind::Slack:
        return slackMessage(event, options);
    case IntegrationKind::Teams:
        return teamsMessage(event, options);
    case IntegrationKind::Mattermost:
        return mattermostMessage(event, options);
    case IntegrationKind::PagerDuty:
        return pagerDutyEvent(event, workspace);
    case IntegrationKind::Jira:
        return jiraIssueBody(event, jira);
    case IntegrationKind::PagerDutyWebhook:
        break;
    }
    return {};
}

QString validateWebhookUrl(const QString &url)
{
    if (url.isEmpty())
        return QStringLiteral("the webhook URL is empty");
    if (url.size() > 2000)
        return QStringLiteral("the webhook URL is longer than 2,000 characters");
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return QStringLiteral("the webhook URL is not a valid URL");
    if (parsed.scheme() != u"https" && parsed.scheme() != u"http")
        return QStringLiteral("the webhook URL must start with https:// (or http://)");
    if (parsed.host().isEmpty())
        return QStringLiteral("the webhook URL has no host");
    return {};
}

QString validateIntegrationRequest(const QString &kind, const QString &name, const QString &url,
                                   const QStringList &events, const QString &key, const JiraSettings &jira)
{
    const auto parsedKind = integrationKindFromName(kind);
    if (!parsedKind)
        return QStringLiteral("'%1' is not slack, teams, mattermost, pagerduty, pagerduty-webhook or jira")
            .arg(kind.left(40));
    if (*parsedKind == IntegrationKind::Jira) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 100)
            return QStringLiteral("the name must be 1 to 100 characters without control characters");
        if (const QString problem = validateWebhookUrl(url.trimmed()); !problem.isEmpty())
            return QString(problem).replace(QStringLiteral("the webhook URL"),
                                            QStringLiteral("the Jira site"));
        const QUrl site(url.trimmed());
        // The token goes with every request: only over TLS (plain http on this machine only).
        if (site.scheme() != u"https" && !QHostAddress(site.host()).isLoopback()
            && site.host() != u"localhost")
            return QStringLiteral(
                "the Jira site must be an https:// address: the token travels with every request");
        if (!site.userInfo().isEmpty() || site.hasQuery() || site.hasFragment())
            return QStringLiteral(
                "the Jira site is its address alone, without a user, a query or a fragment");
        if (const QString problem = validateJiraSettings(jira); !problem.isEmpty())
            return problem;
        const QString token = key.trimmed();
        if (token.isEmpty() || token.size() > 1000)
            return jira.user.isEmpty() ? QStringLiteral("the Jira personal access token is missing")
                                       : QStringLiteral("the Jira API token is missing");
        if (std::any_of(token.begin(), token.end(),
                        [](QChar c) { return c.unicode() <= 0x20 || c.unicode() >= 0x7f; }))
            return QStringLiteral("a Jira token is letters, digits and punctuation, without spaces");
        if (!events.isEmpty()
            && events != QStringList {incidentEventName(IncidentEventKind::ActionItemFiled)})
            return QStringLiteral("Jira takes only action-item");
        return {};
    }
    const bool pagerDuty = *parsedKind == IntegrationKind::PagerDuty;
    if (*parsedKind == IntegrationKind::PagerDutyWebhook) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > 100)
            return QStringLiteral("the name must be 1 to 100 characters without control characters");
        if (key.trimmed().size() < 8 || key.trimmed().size() > 200)
            return QStringLiteral(
                "the webhook's signing secret is missing (PagerDuty shows it once, when the "
                "subscription is made)");
        return {};
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return QStringLiteral("the name must be 1 to 100 characters without control characters");
    if (pagerDuty && !isValidRoutingKey(key.trimmed()))
        return QStringLiteral("a PagerDuty integration key is 32 letters and digits");
    if (const QString problem = validateWebhookUrl(
            pagerDuty && url.trimmed().isEmpty() ? QString::fromLatin1(kPagerDutyEventsUrl) : url.trimmed());
        !problem.isEmpty())
        return problem;
    QString bad;
    const auto parsed = eventListFromName(events.join(u','), &bad);
    if (!parsed)
        return events.isEmpty() ? QStringLiteral("choose at least one event to post")
                                : QStringLiteral("'%1' is not an event").arg(bad.left(40));
    if (pagerDuty && !std::all_of(parsed->cbegin(), parsed->cend(), isPagerDutyEvent))
        return QStringLiteral("PagerDuty takes only declared, acknowledged and resolved");
    if (parsed->contains(IncidentEventKind::ActionItemFiled))
        return QStringLiteral("action-item is for Jira integrations");
    return {};
}

QString targetOf(const Integration &integration)
{
    if (integration.kind == IntegrationKind::PagerDutyWebhook)
        return QStringLiteral("/pagerduty/") + integration.workspace;
    return targetOf(integration.url);
}

QString targetOf(const QString &url)
{
    const QUrl parsed(url);
    QString target = parsed.scheme() + QStringLiteral("://") + parsed.host();
    if (parsed.port() != -1)
        target += u':' + QString::number(parsed.port());
    return target;
}

QString eventListName(const QList<IncidentEventKind> &events)
{
    QStringList names;
    for (IncidentEventKind kind : allIncidentEventKinds) {
        if (events.contains(kind))
            names << incidentEventName(kind);
    }
    return names.join(u',');
}

std::optional<QList<IncidentEventKind>> eventListFromName(const QString &text, QString *bad)
{
    QList<IncidentEventKind> events;
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        const auto kind = incidentEventFromName(word.trimmed());
        if (!kind) {
            if (bad)
                *bad = word.trimmed();
            return std::nullopt;
        }
        if (!events.contains(*kind))
            events << *kind;
    }
    if (events.isEmpty()) {
        if (bad)
            *bad = text;
        return std::nullopt;
    }
    return events;
}

QString jiraIntegrationOf(const QList<Integration> &integrations, const QString &workspace)
{
    for (const Integration &integration : integrations) {
        if (integration.workspace == workspace && integration.kind == IntegrationKind::Jira)
            return integration.id;
    }
    return {};
}

QString newIntegrationId()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString id = QStringLiteral("int-");
    for (int i = 0; i < 12; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return id;
}

} // namespace muster

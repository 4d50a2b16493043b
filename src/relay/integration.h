// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace's connection to a team's chat: where the relay posts incident events, which ones,
// and how delivery is going. The webhook URL is the secret: it stays in the relay's database,
// is never sent to clients, and is never written to a log (only its host is, see targetOf()).
#pragma once

#include "integrations/chat/chatmessages.h"
#include "integrations/jira/jiraissues.h"

#include <QList>
#include <QString>
#include <optional>

namespace muster {

enum class IntegrationKind
{
    Slack, // Block Kit through an incoming webhook
    Teams, // an Adaptive Card through a Teams incoming webhook or workflow
    Mattermost, // Markdown text through an incoming webhook (Slack-compatible)
    PagerDuty, // Events API v2: trigger, acknowledge, resolve (integrations/pagerduty)
    // Incoming: PagerDuty's v3 webhooks at /pagerduty/WORKSPACE (--http), signed with `secret`;
    // their incidents go to the Detection inbox. Posts nothing.
    PagerDutyWebhook,
    // Follow-up action items filed as Jira issues (integrations/jira); `url` is the Jira site,
    // `secret` the API or personal access token. Its issues' statuses are read back
    // (JiraStatusReader).
    Jira,
};
// "slack", "teams", "mattermost", "pagerduty", "pagerduty-webhook", "jira"
QString integrationKindName(IntegrationKind kind);
std::optional<IntegrationKind> integrationKindFromName(QStringView name);

struct Integration
{
    QString id; // "int-…", what `integration list` shows and `remove`/`retry` take
    QString workspace;
    IntegrationKind kind = IntegrationKind::Slack;
    QString name; // what people call it, "#incidents"
    // Chat: the incoming webhook, which is the secret. PagerDuty: the Events API endpoint.
    QString url;
    // PagerDuty: the routing (integration) key; its webhooks: the signing secret; Jira: the token
    QString secret;
    QList<IncidentEventKind> events; // what it is told of
    ChatPostOptions options;
    JiraSettings jira; // Jira: project, issue type and account
    // Events from ops the relay stored after this sequence number: an integration added today
    // does not post last month's incidents.
    qint64 afterSeq = 0;
    qint64 createdAtMs = 0;

    // How delivery goes. While paused is not empty, nothing is sent until `integration retry`.
    QString paused;
    QString lastError;
    qint64 lastErrorAtMs = 0;
    qint64 lastDeliveredAtMs = 0;

    bool wants(IncidentEventKind kind) const;
    // The JSON body this integration queues for an event (PagerDuty's without its key).
    QByteArray render(const IncidentEvent &event) const;
    // The body as it goes out: PagerDuty's with the routing key added.
    QByteArray bodyToSend(const QByteArray &queued) const;
    // Where a queued post goes: the webhook or endpoint; for Jira, its create-issue address.
    QString postUrl() const;
    // The Authorization header a post carries (Jira's); empty for none.
    QByteArray authorization() const;
};

// Empty when the URL can be posted to: an http or https URL with a host, at most 2,000
// characters. Otherwise a sentence saying what is wrong, without repeating the URL.
QString validateWebhookUrl(const QString &url);
// What is wrong with an integration as a client asks for it (kind and event names as on the
// wire), in a sentence; "" when it can be added. Chat: url is the webhook. PagerDuty: key is the
// routing key, url the endpoint ("" for PagerDuty's own).
// Jira: url is the site, key the token, and jira says where issues go.
QString validateIntegrationRequest(const QString &kind, const QString &name, const QString &url,
                                   const QStringList &events, const QString &key = {},
                                   const JiraSettings &jira = {});
// What an integration of this kind posts unless told otherwise: chat every change but
// "acknowledged"; PagerDuty declared, acknowledged and resolved; Jira action-item (its only one).
QList<IncidentEventKind> defaultEvents(IntegrationKind kind);
// What may be shown of where an integration posts: the host of its URL, or for incoming
// PagerDuty webhooks the path they are received at.
QString targetOf(const Integration &integration);
// What may be shown of a webhook URL: its scheme and host ("https://hooks.slack.com"). Webhook
// URLs carry their secret in the path.
QString targetOf(const QString &url);
// "declared,severity,…" ↔ the kinds; nullopt for an unknown name (named in *bad).
QString eventListName(const QList<IncidentEventKind> &events);
std::optional<QList<IncidentEventKind>> eventListFromName(const QString &text, QString *bad = nullptr);
// "int-" and 12 random letters and digits.
QString newIntegrationId();
// The id of the workspace's Jira integration, "" when it has none. A workspace has one at most:
// two would file every action item twice.
QString jiraIntegrationOf(const QList<Integration> &integrations, const QString &workspace);

} // namespace muster

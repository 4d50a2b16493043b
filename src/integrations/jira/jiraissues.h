// SPDX-License-Identifier: GPL-3.0-or-later
// Jira's REST API v2, as the relay uses it for follow-up action items: an issue is created with
// POST {site}/rest/api/2/issue (project and issue type as configured), and its status is read
// back now and then with GET {site}/rest/api/2/issue/{key}?fields=status. Version 2 works on
// Jira Cloud and on Data Center alike; its description is wiki markup.
//
// Authentication: Jira Cloud takes an account's e-mail and an API token as HTTP Basic; Data
// Center takes a personal access token as a Bearer token. The token is the secret.
#pragma once

#include "integrations/chat/incidentevents.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace muster {

struct JiraSettings
{
    QString project; // the project's key, "OPS"
    QString issueType; // the issue type's name, "Task"
    QString user; // Jira Cloud: the account's e-mail (Basic with an API token); "": a PAT (Bearer)

    QString toJson() const; // as the relay keeps it
    static JiraSettings fromJson(const QString &json);
    friend bool operator==(const JiraSettings &, const JiraSettings &) = default;
};

// "" when fine, else what is wrong in a sentence. A project key is an upper-case letter, then
// upper-case letters, digits or underscores (at most 100 characters in all).
QString validateJiraSettings(const JiraSettings &settings);
// The Authorization header's value.
QByteArray jiraAuthorization(const QString &user, const QString &token);

// The site as configured, without a trailing slash ("https://acme.atlassian.net",
// "https://jira.example.com/jira").
QString jiraSite(const QString &site);
QString jiraCreateIssueUrl(const QString &site);
QString jiraIssueStatusUrl(const QString &site, const QString &key);
QString jiraBrowseUrl(const QString &site, const QString &key); // the issue's page for people

// The create-issue body for an ActionItemFiled event: project, issue type, summary (the action
// item's title, at most 255 characters) and a description naming the incident, owner, due date
// and the link back to Muster. Nothing else, so no field missing from a project's create
// screen makes Jira refuse it.
QByteArray jiraIssueBody(const IncidentEvent &event, const JiraSettings &settings);
// Text shown as it is in Jira's wiki markup: its markup characters escaped with a backslash.
QString jiraWikiEscaped(const QString &text);

// The key of the issue Jira created ({"id": …, "key": "OPS-24", "self": …}); nullopt when the
// answer is not that.
std::optional<QString> jiraCreatedKey(const QByteArray &answer);

struct JiraStatus
{
    QString name; // "In Progress"
    QString category; // "new", "indeterminate" or "done"
};
// The status of GET …/issue/{key}?fields=status's answer; nullopt when it has none.
std::optional<JiraStatus> jiraIssueStatus(const QByteArray &answer);

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "jiraissues.h"

#include "integrations/chat/chatmessages.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace muster {

namespace {
constexpr qsizetype kSummaryChars = 255; // Jira refuses a longer summary
constexpr qsizetype kDescriptionChars = 30'000; // well inside Jira's 32,767

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
}
} // namespace

QString JiraSettings::toJson() const
{
    return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("project"), project},
                                                        {QStringLiteral("issueType"), issueType},
                                                        {QStringLiteral("user"), user}})
                                 .toJson(QJsonDocument::Compact));
}

JiraSettings JiraSettings::fromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    return {object.value(QStringLiteral("project")).toString(),
            object.value(QStringLiteral("issueType")).toString(),
            object.value(QStringLiteral("user")).toString()};
}

QString validateJiraSettings(const JiraSettings &settings)
{
    static const QRegularExpression projectKey(QStringLiteral("^[A-Z][A-Z0-9_]{0,99}$"));
    if (!projectKey.match(settings.project).hasMatch())
        return settings.project.isEmpty()
            ? QStringLiteral("the Jira project's key is missing (like OPS)")
            : QStringLiteral("'%1' is not a Jira project key: an upper-case letter, then upper-case letters, "
                             "digits or underscores")
                  .arg(settings.project.left(40));
    const QString type = settings.issueType.trimmed();
    if (type.isEmpty() || type.size() > 60 || std::any_of(type.begin(), type.end(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return QStringLiteral("the Jira issue type must be a name of 1 to 60 characters, like Task");
    if (!settings.user.isEmpty()
        && (settings.user.size() > 200 || !settings.user.contains(u'@') || settings.user.contains(u':')
            || settings.user.contains(u' ')))
        return QStringLiteral("the Jira user must be the account's e-mail address");
    return {};
}

QByteArray jiraAuthorization(const QString &user, const QString &token)
{
    if (user.isEmpty())
        return "Bearer " + token.toUtf8();
    return "Basic " + (user + u':' + token).toUtf8().toBase64();
}

QString jiraSite(const QString &site)
{
    QString out = site.trimmed();
    while (out.endsWith(u'/'))
        out.chop(1);
    return out;
}

QString jiraCreateIssueUrl(const QString &site)
{
    return jiraSite(site) + QStringLiteral("/rest/api/2/issue");
}

QString jiraIssueStatusUrl(const QString &site, const QString &key)
{
    return jiraSite(site) + QStringLiteral("/rest/api/2/issue/")
        + QString::fromLatin1(QUrl::toPercentEncoding(key)) + QStringLiteral("?fields=status");
}

QString jiraBrowseUrl(const QString &site, const QString &key)
{
    return jiraSite(site) + QStringLiteral("/browse/") + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

QString jiraWikiEscaped(const QString &text)
{
    static const QString markup = QStringLiteral("\\[]{}|*_+^~!#-?");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (markup.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QByteArray jiraIssueBody(const IncidentEvent &event, const JiraSettings &settings)
{
    const Incident &incident = event.incident;
    QString summary = event.task.title.simplified();
    if (summary.size() > kSummaryChars)
        summary = summary.left(kSummaryChars - 1) + u'…';
    QStringList lines;
    lines << QStringLiteral("Follow-up action item from the retrospective of *%1%2: %3*.")
                 .arg(incident.drill ? QStringLiteral("DRILL · ") : QString(),
                      severityLabel(incident.severity), jiraWikiEscaped(incident.title))
          << QString();
    lines << QStringLiteral("*Owner:* %1")
                 .arg(event.taskOwner.isEmpty() ? QStringLiteral("nobody yet")
                                                : jiraWikiEscaped(event.taskOwner));
    if (event.task.dueMs > 0)
        lines << QStringLiteral("*Due:* %1 (UTC)").arg(day(event.task.dueMs));
    if (!incident.impact.isEmpty())
        lines << QStringLiteral("*Impact:* %1").arg(jiraWikiEscaped(incident.impact.simplified()));
    if (!incident.services.isEmpty())
        lines << QStringLiteral("*Services:* %1")
                     .arg(jiraWikiEscaped(incident.services.join(QStringLiteral(", "))));
    lines << QStringLiteral("*Incident:* %1").arg(incidentLink(incident.id)) << QString()
          << QStringLiteral("Sent to Jira from Muster on %1.")
                 .arg(QDateTime::fromMSecsSinceEpoch(event.atMs, QTimeZone::utc())
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    QString description = lines.join(u'\n');
    if (description.size() > kDescriptionChars)
        description = description.left(kDescriptionChars - 1) + u'…';
    const QJsonObject fields {
        {QStringLiteral("project"), QJsonObject {{QStringLiteral("key"), settings.project}}},
        {QStringLiteral("issuetype"), QJsonObject {{QStringLiteral("name"), settings.issueType.trimmed()}}},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("description"), description}};
    return QJsonDocument(QJsonObject {{QStringLiteral("fields"), fields}}).toJson(QJsonDocument::Compact);
}

std::optional<QString> jiraCreatedKey(const QByteArray &answer)
{
    const QString key = QJsonDocument::fromJson(answer).object().value(QStringLiteral("key")).toString();
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_]{0,99}-[1-9][0-9]{0,17}$"));
    if (!pattern.match(key).hasMatch())
        return std::nullopt;
    return key;
}

std::optional<JiraStatus> jiraIssueStatus(const QByteArray &answer)
{
    const QJsonObject status = QJsonDocument::fromJson(answer)
                                   .object()
                                   .value(QStringLiteral("fields"))
                                   .toObject()
                                   .value(QStringLiteral("status"))
                                   .toObject();
    QString name = status.value(QStringLiteral("name")).toString();
    name.removeIf([](QChar c) { return c.category() == QChar::Other_Control && c != u'\t' && c != u'\n'; });
    name = name.simplified().left(100);
    if (name.isEmpty())
        return std::nullopt;
    return JiraStatus {name,
                       status.value(QStringLiteral("statusCategory"))
                           .toObject()
                           .value(QStringLiteral("key"))
                           .toString()
                           .left(20)};
}

} // namespace muster

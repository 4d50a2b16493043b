// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationeditor.h"

#include "integrationlist.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace muster {

namespace {
// The relay's event names, in its order: what chat posts, and what PagerDuty takes.
const QStringList &chatEvents()
{
    static const QStringList names {QStringLiteral("declared"), QStringLiteral("severity"),
                                    QStringLiteral("status"),   QStringLiteral("handoff"),
                                    QStringLiteral("update"),   QStringLiteral("resolved")};
    return names;
}
const QStringList &pagerDutyEvents()
{
    static const QStringList names {QStringLiteral("declared"), QStringLiteral("resolved"),
                                    QStringLiteral("acknowledged")};
    return names;
}
} // namespace

IntegrationEditor::IntegrationEditor(QObject *parent)
    : QObject(parent)
    , m_events(chatEvents())
{ }

void IntegrationEditor::setIntegrations(IntegrationList *integrations)
{
    if (m_integrations == integrations)
        return;
    if (m_integrations)
        disconnect(m_integrations, nullptr, this, nullptr);
    m_integrations = integrations;
    if (m_integrations)
        connect(m_integrations, &IntegrationList::answered, this, &IntegrationEditor::onAnswered);
    emit integrationsChanged();
}

void IntegrationEditor::setKind(const QString &kind)
{
    if (m_kind != kind) {
        const bool secretChanges = secretKind(kind) != secretKind(m_kind);
        m_kind = kind;
        m_events = offeredEvents();
        if (secretChanges)
            m_url.clear(); // a webhook URL is not an integration key, nor the other way round
        emit changed();
    }
}

int IntegrationEditor::secretKind(const QString &kind)
{
    return kind == u"pagerduty" ? 1 : kind == u"pagerduty-webhook" ? 2 : kind == u"jira" ? 3 : 0;
}

QStringList IntegrationEditor::offeredEvents() const
{
    if (incoming() || jira())
        return {};
    return pagerDuty() ? pagerDutyEvents() : chatEvents();
}

QString IntegrationEditor::secretLabel() const
{
    if (incoming())
        return tr("Signing secret of the PagerDuty webhook subscription");
    if (jira())
        return m_user.trimmed().isEmpty() ? tr("Personal access token") : tr("API token of that account");
    return pagerDuty() ? tr("Integration key (the service's Events API v2 integration)")
                       : tr("Incoming webhook URL");
}

QString IntegrationEditor::nameLabel() const
{
    return pagerDuty() || incoming() || jira() ? tr("Name, as your team calls it")
                                               : tr("Channel name, as your team calls it");
}

QString IntegrationEditor::namePlaceholder() const
{
    return pagerDuty() ? tr("Payments on-call")
        : incoming()   ? QStringLiteral("PagerDuty")
        : jira()       ? tr("Follow-ups in OPS")
                       : QStringLiteral("#incidents");
}

QString IntegrationEditor::secretPlaceholder() const
{
    if (incoming() || jira())
        return QString();
    return pagerDuty() ? QStringLiteral("R0123456789ABCDEF0123456789ABCDE")
                       : QStringLiteral("https://hooks.slack.com/services/…");
}

void IntegrationEditor::setName(const QString &name)
{
    if (m_name != name) {
        m_name = name;
        emit changed();
    }
}

void IntegrationEditor::setUrl(const QString &url)
{
    if (m_url != url) {
        m_url = url;
        emit changed();
    }
}

void IntegrationEditor::setSite(const QString &site)
{
    if (m_site != site) {
        m_site = site;
        emit changed();
    }
}

void IntegrationEditor::setProject(const QString &project)
{
    if (m_project != project) {
        m_project = project;
        emit changed();
    }
}

void IntegrationEditor::setIssueType(const QString &issueType)
{
    if (m_issueType != issueType) {
        m_issueType = issueType;
        emit changed();
    }
}

void IntegrationEditor::setUser(const QString &user)
{
    if (m_user != user) {
        m_user = user;
        emit changed();
    }
}

void IntegrationEditor::setUpdateText(bool on)
{
    if (m_updateText != on) {
        m_updateText = on;
        emit changed();
    }
}

QVariantList IntegrationEditor::kindChoices() const
{
    QVariantList out;
    for (const QString &kind :
         {QStringLiteral("slack"), QStringLiteral("teams"), QStringLiteral("mattermost"),
          QStringLiteral("pagerduty"), QStringLiteral("pagerduty-webhook"), QStringLiteral("jira")})
        out << QVariantMap {{QStringLiteral("value"), kind},
                            {QStringLiteral("text"), IntegrationList::kindLabel(kind)}};
    return out;
}

QVariantList IntegrationEditor::events() const
{
    QVariantList out;
    for (const QString &event : offeredEvents()) {
        out << QVariantMap {{QStringLiteral("value"), event},
                            {QStringLiteral("label"), IntegrationList::eventLabel(event)},
                            {QStringLiteral("checked"), m_events.contains(event)}};
    }
    return out;
}

void IntegrationEditor::setEvent(const QString &event, bool on)
{
    if (!offeredEvents().contains(event) || m_events.contains(event) == on)
        return;
    QStringList chosen;
    for (const QString &name : offeredEvents()) {
        if (name == event ? on : m_events.contains(name))
            chosen << name;
    }
    m_events = chosen;
    emit changed();
}

QString IntegrationEditor::problem() const
{
    if (m_name.trimmed().isEmpty())
        return pagerDuty() || incoming() || jira() ? tr("Give it a name your team will recognise.")
                                                   : tr("Give it the channel's name, like #incidents.");
    if (m_name.trimmed().size() > 100)
        return tr("The name is longer than 100 characters.");
    const QString url = m_url.trimmed();
    if (jira())
        return jiraProblem();
    if (incoming()) {
        return url.size() < 8 || url.size() > 200
            ? tr("Paste the signing secret PagerDuty showed when the webhook subscription was made.")
            : QString();
    }
    if (pagerDuty()) {
        const bool key = url.size() == 32 && std::all_of(url.begin(), url.end(), [](QChar c) {
                             return c.isLetterOrNumber() && c.unicode() < 128;
                         });
        if (!key)
            return tr("Paste the integration key of the PagerDuty service's Events API v2 integration: 32 "
                      "letters and digits.");
        return m_events.isEmpty() ? tr("Choose at least one event to post.") : QString();
    }
    if (url.isEmpty())
        return tr("Paste the incoming webhook's URL from %1.").arg(IntegrationList::kindLabel(m_kind));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
        return tr("The webhook URL starts with https://.");
    if (parsed.host().isEmpty())
        return tr("The webhook URL has no host.");
    if (url.size() > 2000)
        return tr("The webhook URL is longer than 2,000 characters.");
    if (m_events.isEmpty())
        return tr("Choose at least one event to post.");
    return {};
}

QString IntegrationEditor::jiraProblem() const
{
    const QString site = m_site.trimmed();
    const QUrl parsed(site, QUrl::StrictMode);
    if (site.isEmpty())
        return tr("Enter the Jira site's address, like https://acme.atlassian.net.");
    if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http")
        || parsed.host().isEmpty() || site.size() > 2000)
        return tr("The Jira site's address starts with https://.");
    static const QRegularExpression projectKey(QStringLiteral("^[A-Z][A-Z0-9_]{0,99}$"));
    if (!projectKey.match(m_project.trimmed()).hasMatch())
        return tr("Enter the project's key as Jira shows it: capitals, like OPS.");
    const QString type = m_issueType.trimmed();
    if (type.isEmpty() || type.size() > 60)
        return tr("Enter the issue type's name, like Task.");
    const QString user = m_user.trimmed();
    if (!user.isEmpty() && (!user.contains(u'@') || user.contains(u' ') || user.contains(u':')))
        return tr("The account is its e-mail address; leave it empty for a personal access token.");
    const QString token = m_url.trimmed();
    if (token.isEmpty() || token.size() > 1000)
        return user.isEmpty() ? tr("Paste a personal access token (Jira Data Center).")
                              : tr("Paste an API token of that account (Jira Cloud).");
    return {};
}

bool IntegrationEditor::submit()
{
    if (!valid() || !m_integrations || busy())
        return false;
    protocol::ManageIntegration request;
    request.kind = m_kind;
    request.name = m_name.trimmed();
    if (jira()) {
        request.url = m_site.trimmed();
        request.key = m_url.trimmed();
        request.project = m_project.trimmed();
        request.issueType = m_issueType.trimmed();
        request.user = m_user.trimmed();
    } else if (pagerDuty() || incoming()) {
        request.key = m_url.trimmed(); // for PagerDuty, the relay uses its own Events API address
    } else {
        request.url = m_url.trimmed();
    }
    request.events = m_events;
    request.updateText = m_updateText;
    m_pending = m_integrations->add(request);
    m_refusal.clear();
    emit busyChanged();
    return m_pending != 0;
}

void IntegrationEditor::clear()
{
    m_kind = QStringLiteral("slack");
    m_name.clear();
    m_url.clear();
    m_events = chatEvents();
    m_updateText = false;
    m_site.clear();
    m_project.clear();
    m_issueType = QStringLiteral("Task");
    m_user.clear();
    m_refusal.clear();
    emit changed();
    emit busyChanged();
}

void IntegrationEditor::onAnswered(qint64 id, const QString &refusal)
{
    if (id == 0 || id != m_pending)
        return;
    m_pending = 0;
    m_refusal = refusal;
    if (refusal.isEmpty())
        m_url.clear(); // the secret leaves this form as soon as the relay has it
    emit busyChanged();
    if (refusal.isEmpty()) {
        emit changed();
        emit added();
    }
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationlist.h"

#include "synccontroller.h"

namespace muster {

IntegrationList::IntegrationList(SyncController *sync, QObject *parent)
    : RowListModel(parent)
    , m_sync(sync)
{
    if (m_sync) {
        connect(m_sync, &SyncController::integrationsChanged, this, &IntegrationList::setIntegrations);
        connect(m_sync, &SyncController::integrationAnswered, this, &IntegrationList::onAnswered);
    }
}

QString IntegrationList::kindLabel(const QString &kind)
{
    if (kind == u"slack")
        return tr("Slack");
    if (kind == u"teams")
        return tr("Microsoft Teams");
    if (kind == u"mattermost")
        return tr("Mattermost");
    if (kind == u"pagerduty")
        return tr("PagerDuty");
    if (kind == u"pagerduty-webhook")
        return tr("PagerDuty (incoming)");
    if (kind == u"jira")
        return tr("Jira");
    return kind;
}

QString IntegrationList::eventLabel(const QString &event)
{
    if (event == u"declared")
        return tr("Declared");
    if (event == u"severity")
        return tr("Severity changed");
    if (event == u"status")
        return tr("Status changed");
    if (event == u"handoff")
        return tr("Command handed over");
    if (event == u"update")
        return tr("Stakeholder update sent");
    if (event == u"resolved")
        return tr("Resolved");
    if (event == u"acknowledged")
        return tr("Someone took command");
    if (event == u"action-item")
        return tr("Action items sent to it");
    return event;
}

IntegrationList::Status IntegrationList::statusOf(const protocol::IntegrationInfo &info)
{
    if (!info.paused.isEmpty())
        return Paused;
    if (!info.lastError.isEmpty())
        return Retrying;
    return info.lastDeliveredAt > 0 ? Posting : NothingYet;
}

QVariant IntegrationList::data(const QModelIndex &index, int role) const
{
    const IntegrationRow *row = rowAt(index);
    if (!row)
        return {};
    const protocol::IntegrationInfo &info = row->info;
    switch (role) {
    case IdRole:
        return info.id;
    case KindLabelRole:
        return kindLabel(info.kind);
    case Qt::DisplayRole:
    case NameRole:
        return info.name;
    case TargetRole:
        return info.target;
    case EventsRole: {
        QStringList labels;
        for (const QString &event : info.events)
            labels << eventLabel(event);
        return labels.join(QStringLiteral(", "));
    }
    case StatusRole:
        return statusOf(info);
    case StatusTextRole:
        switch (statusOf(info)) {
        case Paused:
            return info.waiting > 0 ? tr("Paused: %1. Posts waiting: %2. Retry once it is fixed.")
                                          .arg(info.paused)
                                          .arg(info.waiting)
                                    : tr("Paused: %1. Retry once it is fixed.").arg(info.paused);
        case Retrying:
            // Nothing waits on a webhook refused or a Jira status not read: a warning.
            return info.waiting == 0 && (info.kind == u"pagerduty-webhook" || info.kind == u"jira")
                ? tr("Warning: %1").arg(info.lastError)
                : tr("Retrying: %1").arg(info.lastError);
        case Posting:
        case NothingYet:
            return QString();
        }
        return {};
    case WaitingRole:
        return int(info.waiting);
    case LastDeliveredAtRole:
        return double(info.lastDeliveredAt);
    case IncomingRole:
        return info.kind == u"pagerduty-webhook";
    case JiraRole:
        return info.kind == u"jira";
    case ProjectRole:
        return info.project;
    case IssueTypeRole:
        return info.issueType;
    case AccountRole:
        return info.account;
    default:
        return {};
    }
}

QHash<int, QByteArray> IntegrationList::roleNames() const
{
    return {{IdRole, "integrationId"},
            {KindLabelRole, "kindLabel"},
            {NameRole, "name"},
            {TargetRole, "target"},
            {EventsRole, "events"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {IncomingRole, "incoming"},
            {JiraRole, "jira"},
            {ProjectRole, "project"},
            {IssueTypeRole, "issueType"},
            {AccountRole, "account"},
            {WaitingRole, "waiting"},
            {LastDeliveredAtRole, "lastDeliveredAt"}};
}

void IntegrationList::setIntegrations(const QList<protocol::IntegrationInfo> &integrations, bool manage)
{
    QList<IntegrationRow> rows;
    for (const protocol::IntegrationInfo &info : integrations)
        rows << IntegrationRow {info};
    assignRows(rows);
    m_known = true;
    m_manage = manage;
    emit changed();
}

bool IntegrationList::filesToJira() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const IntegrationRow &row) { return row.info.kind == u"jira"; });
}

QString IntegrationList::problem() const
{
    for (const IntegrationRow &row : m_rows) {
        if (statusOf(row.info) == Paused)
            return tr("Posts to %1 (%2) are paused: %3")
                .arg(row.info.name, kindLabel(row.info.kind), row.info.paused);
    }
    return {};
}

void IntegrationList::retry(const QString &id)
{
    ask(QStringLiteral("retry"), id);
}

void IntegrationList::remove(const QString &id)
{
    ask(QStringLiteral("remove"), id);
}

void IntegrationList::ask(const QString &action, const QString &id)
{
    if (!m_sync)
        return;
    protocol::ManageIntegration request;
    request.action = action;
    request.integration = id;
    m_asked.insert(m_sync->manageIntegration(request));
    m_refusal.clear();
    emit busyChanged();
}

qint64 IntegrationList::add(protocol::ManageIntegration request)
{
    request.action = QStringLiteral("add");
    return m_sync ? m_sync->manageIntegration(request) : 0;
}

void IntegrationList::onAnswered(qint64 id, const QString &refusal)
{
    emit answered(id, refusal);
    if (!m_asked.remove(id))
        return;
    m_refusal = refusal;
    emit busyChanged();
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's integrations (chat channels, PagerDuty) as the relay last told: where each posts, which
// events, and how delivery goes (posting, retrying, or paused with the service's answer). Members see them;
// those the relay lets manage them (an admin token) can retry a paused one, remove one, and add one
// (IntegrationEditor). The webhook URLs never reach this side.
#pragma once

#include "rowlistmodel.h"
#include "sync/protocol.h"

#include <QtQmlIntegration>

namespace muster {

class SyncController;

struct IntegrationRow
{
    protocol::IntegrationInfo info;
};

class IntegrationList : public RowListModel<IntegrationRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MusterApp")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The relay has told a list since Muster started (it keeps it while offline).
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(bool manage READ manage NOTIFY changed)
    // The first paused integration, in a sentence for the notice bar; "" when none is.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // A Jira integration is set up: action items offer "Send to Jira".
    Q_PROPERTY(bool filesToJira READ filesToJira NOTIFY changed)
    // A retry or remove is waiting for the relay's answer; `refusal` is the last "no".
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString refusal READ refusal NOTIFY busyChanged)

public:
    enum Status
    {
        NothingYet, // nothing posted since it was added
        Posting, // the last attempt went through
        Retrying, // the last attempt failed; the relay tries again by itself
        Paused, // stopped until someone presses Retry
    };
    Q_ENUM(Status)

    enum DataRole
    {
        IdRole = Qt::UserRole + 1, // QString: "int-…"
        KindLabelRole, // QString: "Slack", "Microsoft Teams", "Mattermost", "PagerDuty"
        NameRole, // QString: "#incidents"
        TargetRole, // QString: "https://hooks.slack.com"
        EventsRole, // QString: "Declared, Resolved", in the user's language
        StatusRole, // Status
        StatusTextRole, // QString: what goes on, in a sentence; "" for Posting and NothingYet
        WaitingRole, // int: posts queued on the relay
        LastDeliveredAtRole, // double: ms since the epoch, 0 never
        IncomingRole, // bool: it receives (PagerDuty's webhooks into Detection) rather than posts
        JiraRole, // bool: it files action items in Jira
        ProjectRole, // QString: Jira: the project's key
        IssueTypeRole, // QString: Jira: the issue type
        AccountRole, // QString: Jira: the account's e-mail; "" with a personal access token
    };
    Q_ENUM(DataRole)

    explicit IntegrationList(SyncController *sync, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setIntegrations(const QList<protocol::IntegrationInfo> &integrations, bool manage);
    bool known() const { return m_known; }
    bool manage() const { return m_manage; }
    bool filesToJira() const;
    QString problem() const;
    bool busy() const { return !m_asked.isEmpty(); }
    QString refusal() const { return m_refusal; }

    Q_INVOKABLE void retry(const QString &id);
    Q_INVOKABLE void remove(const QString &id);
    // For IntegrationEditor: sends an add; the answer comes as answered() with the returned id.
    qint64 add(protocol::ManageIntegration request);

    static QString kindLabel(const QString &kind);
    static QString eventLabel(const QString &event);
    static Status statusOf(const protocol::IntegrationInfo &info);

Q_SIGNALS:
    void countChanged();
    void changed();
    void busyChanged();
    void answered(qint64 id, const QString &refusal);

private:
    void ask(const QString &action, const QString &id);
    void onAnswered(qint64 id, const QString &refusal);
    void onCountChanged() override { emit countChanged(); }

    SyncController *m_sync;
    bool m_known = false;
    bool m_manage = false;
    QSet<qint64> m_asked; // this model's own requests, not yet answered
    QString m_refusal;
};

} // namespace muster

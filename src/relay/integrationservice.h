// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's integrations at work: follows what the hub stores (IntegrationDispatcher queues
// the posts), sends them (OutboundDelivery), and reads the integrations again every 10 seconds,
// since `muster-relay integration …` changes them beside the running relay. Logs to the
// muster.relay category: what was sent and what failed, by integration id and host. Answers the
// hub for clients (IntegrationDesk): the list without secrets, and add, remove, retry. For Jira
// it also writes each filed issue's key onto its action item and keeps its status current
// (JiraStatusReader).
#pragma once

#include "integrationdesk.h"
#include "integrationdispatcher.h"
#include "jirastatusreader.h"
#include "outbounddelivery.h"

#include <QTimer>

namespace muster {

class RelayHub;

class IntegrationService : public QObject, public IntegrationDesk
{
    Q_OBJECT

public:
    IntegrationService(RelayHub &hub, RelayStorage &ops, IntegrationStore &store,
                       OutboundOptions options = {}, int reloadIntervalMs = 10'000,
                       int jiraStatusIntervalMs = 5 * 60'000, QObject *parent = nullptr);

    // Reads the integrations, queues what the ops stored since the last run make, starts sending.
    StoreError start();

    StoreResult<QList<protocol::IntegrationInfo>> integrationInfo(const QString &workspace) override;
    QString manageIntegration(const QString &workspace, const protocol::ManageIntegration &request) override;

    // Something outside changed an integration's state (a PagerDuty webhook taken or refused):
    // tell the clients.
    void refresh() { announce(); }

    // A workspace holds at most this many integrations.
    static constexpr int kMaxPerWorkspace = 20;

private:
    void reload();
    // Jira: the action item a post files, and whether the relay filed it already.
    const Task *taskOfPost(const Integration &integration, const OutboundPost &post) const;
    QString takeCreatedIssue(const Integration &integration, const OutboundPost &post,
                             const QByteArray &answer);
    // Writes the Jira keys the relay could not store when Jira answered.
    void publishUnpublished();
    // The relay's own changes (Jira keys and statuses), stamped after what they replace.
    StoreError publishOwn(const QString &workspace, const QList<Change> &changes);
    QList<LinkedActionItem> linkedActionItems() const;
    void jiraRoundDone(const QString &integrationId, const QString &problem);
    void report(const QString &what, const StoreError &error);
    // Tells the clients of every workspace whose integrations look different now.
    void announce();

    RelayHub &m_hub;
    IntegrationStore &m_store;
    RelayStorage &m_ops;
    IntegrationDispatcher m_dispatcher;
    OutboundDelivery m_delivery;
    JiraStatusReader m_jiraReader;
    QTimer m_reload;
    QHash<QString, QList<protocol::IntegrationInfo>> m_told; // what clients were last told, by workspace
    // "integration/post key" → the issue Jira filed that is not on its item yet (workspace, op)
    QHash<QString, std::pair<QString, Change>> m_unpublished;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the Jira issues the relay filed for action items up to date on the action items: every
// few minutes (and soon after an issue is filed) it reads each issue's status with
// GET {site}/rest/api/2/issue/{key}?fields=status and, when the status changed, has the relay
// write it onto the task (RelayHub::publish), so every desktop shows it.
//
// One request at a time, issue after issue, at most 500 a round (the next round goes on from
// there): a team has tens of open follow-ups, not thousands. A refused token ends the round for
// its integration, and a paused integration is not read through.
// Issues whose status category is "done" are read again only while their action item is open in
// Muster, so an issue closed and reopened in Jira is still seen.
#pragma once

#include "core/operation.h"
#include "core/task.h"
#include "integration.h"
#include "store/storeerror.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <functional>

class QNetworkReply;

namespace muster {

struct LinkedActionItem
{
    QString workspace;
    QString incident;
    Task task; // its tracker issue is not null
};

class JiraStatusReader : public QObject
{
    Q_OBJECT

public:
    // The action items with an issue, as the relay's ops say now.
    using Source = std::function<QList<LinkedActionItem>()>;
    // Writes changes onto a workspace (RelayHub::publish).
    using Publish = std::function<StoreError(const QString &workspace, const QList<Change> &changes)>;

    JiraStatusReader(Source source, Publish publish, int intervalMs, int timeoutMs = 30'000,
                     QObject *parent = nullptr);
    ~JiraStatusReader() override;

    // The Jira integrations to read through (others are ignored); starts the timer when there
    // is one.
    void setIntegrations(const QList<Integration> &integrations);
    // Reads every issue in a moment (after one was filed), unless a round is under way.
    void readSoon();

    // Whether an item's issue is read in a round: not done in Jira, or still open in Muster.
    static bool wantsReading(const Task &task);

Q_SIGNALS:
    // A round through an integration's issues went without a refusal or network error ("") or
    // met one, in a sentence without the token or the URL.
    void roundDone(const QString &integrationId, const QString &problem);
    void storageFailed(const QString &message);

private:
    void startRound();
    void next();
    void finished(QNetworkReply *reply);

    Source m_source;
    Publish m_publish;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QHash<QString, Integration> m_integrations; // Jira ones, by id
    QList<LinkedActionItem> m_round; // still to read in this round
    QHash<QString, QString> m_problems; // integration id → the round's first problem
    QNetworkReply *m_inFlight = nullptr;
    LinkedActionItem m_reading;
    bool m_again = false; // asked to read while a round was under way
    qsizetype m_nextStart = 0; // where the next round starts among the items to read
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// Detection: what the configured Alertmanagers report as firing, grouped for the inbox, and
// whether each Alertmanager can be reached. One poller per Alertmanager; an unreachable one
// is named in `problem` while the others keep the inbox current.
#pragma once

#include "core/incident.h"
#include "detectionmodel.h"
#include "integrations/alertmanager/alertmanagerpoller.h"
#include "sync/protocol.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QtQmlIntegration>
#include <memory>
#include <vector>

namespace muster {

class DetectionInbox : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MusterApp")
    Q_PROPERTY(muster::DetectionModel *groups READ groups CONSTANT)
    // How many Alertmanagers are configured; 0 shows how to add one.
    Q_PROPERTY(int sourceCount READ sourceCount NOTIFY sourcesChanged)
    Q_PROPERTY(QStringList sources READ sources NOTIFY sourcesChanged)
    // How often each Alertmanager is asked while it answers.
    Q_PROPERTY(int pollSeconds READ pollSeconds NOTIFY sourcesChanged)
    // Alerts firing and not silenced or inhibited, over all groups: the header's badge.
    Q_PROPERTY(int activeCount READ activeCount NOTIFY alertsChanged)
    // One sentence per Alertmanager that cannot be read right now; empty when all can.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    // What the inbox knows, in a few words for its header: never "0 firing" when the truth is
    // that no Alertmanager has answered.
    Q_PROPERTY(QString headline READ headline NOTIFY alertsChanged)
    // What the empty list says: how to add an Alertmanager, that it is being asked, that it
    // has not answered, or that nothing fires.
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY alertsChanged)
    // When the last good answer arrived (ms since the epoch); 0 before the first.
    Q_PROPERTY(qint64 updatedAt READ updatedAt NOTIFY alertsChanged)

public:
    explicit DetectionInbox(QObject *parent = nullptr);
    ~DetectionInbox() override;

    // Polls these Alertmanagers from now on (replacing any before).
    void setSources(const QList<QUrl> &urls, alerts::PollerOptions options = {});
    // What the relay forwards from Alertmanager webhooks: the workspace's shared alerts, the
    // whole list each time. An Alertmanager also polled from here is left to the poller, which
    // knows about silences and inhibitions too.
    void setRelayAlerts(const QList<protocol::AlertRecord> &records);
    // Whether the relay is connected: when it is not, the inbox says how old its alerts are.
    void setRelayConnected(bool connected);
    // The Alertmanagers the relay's list names now, not polled from here, and their alerts.
    QStringList relaySources() const;
    QList<alerts::Alert> relayAlerts(const QString &source) const { return m_relayAlerts.value(source); }
    Q_INVOKABLE void refresh();

    DetectionModel *groups() const { return m_model; }
    int sourceCount() const { return int(m_pollers.size()); }
    QStringList sources() const;
    int pollSeconds() const { return m_pollSeconds; }
    int activeCount() const;
    QString problem() const;
    QString headline() const;
    QString emptyText() const;
    qint64 updatedAt() const { return m_updatedAt; }

    // The alerts of one group as links to an incident, each with the Alertmanager that reported
    // it, and when the first of them started (ms). Empty when the group is gone.
    QList<LinkedAlert> linksOfGroup(const QString &groupKey, qint64 *firstStartedMs = nullptr) const;
    // The alert with this fingerprint as `source` reports it now, if it does.
    std::optional<alerts::Alert> firingAlert(const QString &source, const QString &fingerprint) const;

Q_SIGNALS:
    void sourcesChanged();
    void alertsChanged();
    void problemChanged();
    // One Alertmanager answered: everything it lists now (firing, silenced or inhibited).
    void answered(const QString &source, const QList<muster::alerts::Alert> &alerts);
    // The relay's list changed: what fires in one Alertmanager according to its webhooks (empty
    // once the last of its alerts resolved).
    void relayAnswered(const QString &source, const QList<muster::alerts::Alert> &alerts);

private:
    void onAlerts(const QString &source, const QList<alerts::Alert> &alerts);
    void onUnreachable(const QString &source, const QString &message, int retryInMs);
    void regroup();
    bool isPolled(const QString &source) const;
    // Every source's alerts: the polled ones, and the relay's for sources not polled here.
    QHash<QString, QList<alerts::Alert>> allAlerts() const;

    DetectionModel *m_model;
    std::vector<std::unique_ptr<alerts::AlertmanagerPoller>> m_pollers;
    QHash<QString, QList<alerts::Alert>> m_alerts; // source → what it reported last
    QHash<QString, QString> m_problems; // source → why it cannot be read now
    qint64 m_updatedAt = 0;
    int m_pollSeconds = 15;
    QHash<QString, QList<alerts::Alert>> m_relayAlerts; // source → what the relay says fires
    qint64 m_relayUpdatedAt = 0;
    bool m_relayConnected = false;
};

} // namespace muster

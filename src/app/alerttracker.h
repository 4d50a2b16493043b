// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps incidents and Alertmanager in step, after the first link is made:
// - the inbox shows which firing alerts already belong to an open incident;
// - alerts can be attached to an incident under way (Detected moves back if they are older);
// - when a linked alert stops firing, or fires again, the incident's log says so — judged only
//   from the Alertmanager that reported it, and only when that Alertmanager answers. What the
//   relay forwards from webhooks reaches every desktop at once, so only one of them follows it:
//   the connected replica with the smallest id (setFollowsRelay), or the team's log would say
//   "resolved" once per desktop;
// - a linked alert can be silenced in Alertmanager, with the incident named in the comment and
//   the silence written to the log.
#pragma once

#include "integrations/alertmanager/alert.h"
#include "integrations/alertmanager/silencesender.h"
#include "store/store.h"

#include <QObject>
#include <QSet>
#include <QtQmlIntegration>

namespace muster {

class DetectionInbox;
class MusterApp;

class AlertTracker : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MusterApp")
    // Silences the user may choose, in minutes, shortest first.
    Q_PROPERTY(QList<int> silenceChoices READ silenceChoices CONSTANT)

public:
    AlertTracker(MusterApp *app, DetectionInbox *inbox);

    // Links the alerts of an inbox group to an open incident. False if the group is gone.
    Q_INVOKABLE bool attachGroup(const QString &groupKey, const QString &incidentId);
    // Silences one linked alert for `minutes` in the Alertmanager that reports it; `reason`
    // (optional) joins the incident's name in the comment. The result comes as a notice, and
    // a created silence as a log line. False (with a notice) when the alert is not firing now.
    Q_INVOKABLE bool silence(const QString &incidentId, const QString &fingerprint, int minutes,
                             const QString &reason);
    // Whether the alert is firing now in the Alertmanager it was linked from (so it can be
    // silenced), as far as the last answers go.
    Q_INVOKABLE bool isFiring(const QString &source, const QString &fingerprint) const;

    QList<int> silenceChoices() const { return {30, 60, 120, 240, 480, 1440}; }
    // Whether this desktop writes what the relay's webhook alerts mean for linked incidents.
    void setFollowsRelay(bool follows);
    bool followsRelay() const { return m_followsRelay; }
    // Reads the links of open incidents again (after changes to incidents).
    void reload();
    const QList<AlertLink> &links() const { return m_links; }

Q_SIGNALS:
    void linksChanged();
    // A silence was created; the log line follows.
    void silenced(const QString &incidentId, const QString &silenceId);

private:
    void onAnswered(const QString &source, const QList<alerts::Alert> &alerts);
    void onRelayAnswered(const QString &source, const QList<alerts::Alert> &alerts);
    void follow(const QString &source, const QSet<QString> &firing);

    MusterApp *m_app;
    DetectionInbox *m_inbox;
    alerts::SilenceSender m_silences;
    QList<AlertLink> m_links;
    QSet<QString> m_following; // sources whose answer is being compared with the links now
    // The newest answer of such a source, compared once the one before is committed: the relay
    // tells a change once, so it must not be dropped.
    QHash<QString, QSet<QString>> m_waiting;
    bool m_followsRelay = false;
};

} // namespace muster

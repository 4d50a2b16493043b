// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerttracker.h"

#include "core/changes.h"
#include "detectioninbox.h"
#include "musterapp.h"
#include "store/storeclient.h"

namespace muster {

AlertTracker::AlertTracker(MusterApp *app, DetectionInbox *inbox)
    : QObject(app)
    , m_app(app)
    , m_inbox(inbox)
{
    connect(m_inbox, &DetectionInbox::answered, this, &AlertTracker::onAnswered);
    connect(m_inbox, &DetectionInbox::relayAnswered, this, &AlertTracker::onRelayAnswered);
}

void AlertTracker::setFollowsRelay(bool follows)
{
    if (m_followsRelay == follows)
        return;
    m_followsRelay = follows;
    if (!follows)
        return;
    // Taking over (the desktop that followed went away): catch up with what the relay says now.
    for (const QString &source : m_inbox->relaySources())
        onRelayAnswered(source, m_inbox->relayAlerts(source));
}

void AlertTracker::onRelayAnswered(const QString &source, const QList<alerts::Alert> &alerts)
{
    if (m_followsRelay)
        onAnswered(source, alerts);
}

void AlertTracker::reload()
{
    m_app->storeClient()->run<StoreResult<QList<AlertLink>>>(
        this, [](Store &store) { return store.alertLinks(); },
        [this](const StoreResult<QList<AlertLink>> &links) {
            if (!links.ok())
                return; // the next change tries again; the inbox keeps what it showed
            m_links = links.value;
            QHash<QString, std::pair<QString, QString>> byFingerprint;
            for (const AlertLink &link : std::as_const(m_links))
                byFingerprint.insert(link.alert.fingerprint, {link.incidentId, link.incidentTitle});
            m_inbox->groups()->setLinks(byFingerprint);
            emit linksChanged();
        });
}

bool AlertTracker::attachGroup(const QString &groupKey, const QString &incidentId)
{
    qint64 firstStartedMs = 0;
    const QList<LinkedAlert> alerts = m_inbox->linksOfGroup(groupKey, &firstStartedMs);
    if (alerts.isEmpty() || incidentId.isEmpty())
        return false;
    m_app->storeClient()->run<StoreResult<std::optional<Incident>>>(
        this, [incidentId](Store &store) { return store.incident(incidentId); },
        [this, alerts, firstStartedMs](const StoreResult<std::optional<Incident>> &incident) {
            if (!incident.ok() || !incident.value) {
                m_app->setNotice(tr("The alerts were not linked: the incident could not be read."));
                return;
            }
            m_app->commit(changes::attachAlerts(*incident.value, alerts, firstStartedMs), this);
        });
    return true;
}

bool AlertTracker::isFiring(const QString &source, const QString &fingerprint) const
{
    return m_inbox->firingAlert(source, fingerprint).has_value();
}

bool AlertTracker::silence(const QString &incidentId, const QString &fingerprint, int minutes,
                           const QString &reason)
{
    const auto link = std::find_if(m_links.cbegin(), m_links.cend(), [&](const AlertLink &l) {
        return l.incidentId == incidentId && l.alert.fingerprint == fingerprint;
    });
    if (link == m_links.cend())
        return false;
    const LinkedAlert linked = link->alert;
    const QString what
        = linked.service.isEmpty() ? linked.name : tr("%1 on %2").arg(linked.name, linked.service);
    // From PagerDuty (the relay's PagerDuty webhooks): there is no Alertmanager to silence it in.
    if (linked.source == u"pagerduty") {
        m_app->setNotice(
            tr("%1 comes from PagerDuty, which has no silences: acknowledge it there, or resolve "
               "the incident here (a PagerDuty integration resolves it there too).")
                .arg(what));
        return false;
    }
    // Polled here, or forwarded by the relay (then the silence goes to the Alertmanager's
    // external URL, which must be reachable from this machine).
    if (!m_inbox->sources().contains(linked.source) && !m_inbox->relaySources().contains(linked.source)) {
        m_app->setNotice(tr("%1 comes from %2, which Muster neither asks here nor hears of through the "
                            "relay; start Muster with --alertmanager %2 to silence it from this machine.")
                             .arg(what, linked.source));
        return false;
    }
    const auto alert = m_inbox->firingAlert(linked.source, fingerprint);
    if (!alert) {
        m_app->setNotice(
            tr("%1 is not firing in %2 now, so there is nothing to silence.").arg(what, linked.source));
        return false;
    }
    alerts::Silence silence;
    silence.matchers = alerts::matchersFor(*alert);
    silence.startsAtMs = m_app->nowMs();
    silence.endsAtMs = silence.startsAtMs + qint64(qBound(1, minutes, 7 * 24 * 60)) * 60'000;
    silence.createdBy = tr("%1 (Muster)").arg(m_app->userName());
    silence.comment = tr("Muster incident \u201c%1\u201d (%2)").arg(link->incidentTitle, incidentId);
    if (!reason.trimmed().isEmpty())
        silence.comment += QStringLiteral(": ") + reason.simplified();
    const QString durationText = minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 min").arg(minutes);
    m_silences.send(QUrl(linked.source), silence,
                    [this, incidentId, what, durationText, reason,
                     endsAt = silence.endsAtMs](const alerts::SilenceResult &result) {
                        if (!result.ok()) {
                            m_app->setNotice(tr("%1 was not silenced. %2").arg(what, result.error));
                            return;
                        }
                        QString text = tr("Silenced %1 in Alertmanager for %2, until %3 (silence %4)")
                                           .arg(what, durationText, formatLogTime(endsAt), result.silenceId);
                        if (!reason.trimmed().isEmpty())
                            text += QStringLiteral(": ") + reason.simplified();
                        m_app->commit(changes::logEntry(incidentId, LogKind::Action, text), this);
                        emit silenced(incidentId, result.silenceId);
                    });
    return true;
}

void AlertTracker::onAnswered(const QString &source, const QList<alerts::Alert> &alerts)
{
    const bool linkedFromHere = std::any_of(
        m_links.cbegin(), m_links.cend(), [&source](const AlertLink &l) { return l.alert.source == source; });
    if (!linkedFromHere)
        return; // nothing to compare
    QSet<QString> firing;
    for (const alerts::Alert &alert : alerts) {
        // Silenced and inhibited alerts still fire; only Alertmanager's resolution ends them.
        if (alert.state != alerts::AlertState::Resolved)
            firing.insert(alert.fingerprint);
    }
    if (m_following.contains(source)) {
        m_waiting.insert(source, firing); // compared when the answer before it is committed
        return;
    }
    follow(source, firing);
}

void AlertTracker::follow(const QString &source, const QSet<QString> &firing)
{
    QSet<QString> incidents;
    for (const AlertLink &link : std::as_const(m_links)) {
        if (link.alert.source == source)
            incidents.insert(link.incidentId);
    }
    m_following.insert(source);
    const qint64 now = m_app->nowMs();
    // Read and compare on the store thread, from the incidents as they are on disk now.
    m_app->storeClient()->run<QList<Change>>(
        this,
        [incidents, source, firing, now](Store &store) {
            QList<Change> out;
            for (const QString &id : incidents) {
                const auto incident = store.incident(id);
                if (incident.ok() && incident.value && incident.value->state != LifecycleState::Closed)
                    out << changes::followAlerts(*incident.value, source, firing, now);
            }
            return out;
        },
        [this, source](const QList<Change> &changes) {
            m_app->commit(changes, this, [this, source](bool) {
                m_following.remove(source);
                if (m_waiting.contains(source))
                    follow(source, m_waiting.take(source));
            });
        });
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectioninbox.h"

#include <QDateTime>

namespace muster {

DetectionInbox::DetectionInbox(QObject *parent)
    : QObject(parent)
    , m_model(new DetectionModel(this))
{ }

DetectionInbox::~DetectionInbox() = default;

void DetectionInbox::setSources(const QList<QUrl> &urls, alerts::PollerOptions options)
{
    m_pollers.clear();
    m_pollSeconds = options.intervalMs / 1000;
    m_alerts.clear();
    m_problems.clear();
    for (const QUrl &url : urls) {
        auto poller = std::make_unique<alerts::AlertmanagerPoller>(url, options);
        const QString source = url.toDisplayString();
        connect(poller.get(), &alerts::AlertmanagerPoller::alertsReceived, this,
                [this, source](const QList<alerts::Alert> &alerts) { onAlerts(source, alerts); });
        connect(poller.get(), &alerts::AlertmanagerPoller::unreachable, this,
                [this, source](const QString &message, int retryInMs) {
                    onUnreachable(source, message, retryInMs);
                });
        poller->start();
        m_pollers.push_back(std::move(poller));
    }
    regroup();
    emit sourcesChanged();
    emit problemChanged();
}

void DetectionInbox::refresh()
{
    for (auto &poller : m_pollers)
        poller->pollNow();
}

namespace {

// The same Alertmanager, however its URL was written (a trailing slash, the host's case).
QString normalizedSource(const QString &url)
{
    QString normal = QUrl(url).adjusted(QUrl::NormalizePathSegments).toString();
    while (normal.endsWith(u'/'))
        normal.chop(1);
    return normal;
}

alerts::Alert fromRecord(const protocol::AlertRecord &record)
{
    alerts::Alert alert;
    alert.fingerprint = record.fingerprint;
    alert.labels = record.labels;
    alert.annotations = record.annotations;
    alert.startsAtMs = record.startsAt;
    alert.generatorUrl = record.generatorUrl;
    alert.state = alerts::AlertState::Active; // Alertmanager sends no webhook for a silenced alert
    return alert;
}

} // namespace

bool DetectionInbox::isPolled(const QString &source) const
{
    const QString wanted = normalizedSource(source);
    return std::any_of(m_pollers.cbegin(), m_pollers.cend(), [&wanted](const auto &poller) {
        return normalizedSource(poller->base().toString()) == wanted;
    });
}

void DetectionInbox::setRelayAlerts(const QList<protocol::AlertRecord> &records)
{
    QHash<QString, QList<alerts::Alert>> bySource;
    for (const protocol::AlertRecord &record : records)
        bySource[record.source].append(fromRecord(record));
    const QHash<QString, QList<alerts::Alert>> before = std::exchange(m_relayAlerts, bySource);
    m_relayUpdatedAt = QDateTime::currentMSecsSinceEpoch();
    regroup();
    emit problemChanged();
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        if (!isPolled(it.key()))
            emit relayAnswered(it.key(), it.value());
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!bySource.contains(it.key()) && !isPolled(it.key()))
            emit relayAnswered(it.key(), {}); // its last alert resolved
    }
}

void DetectionInbox::setRelayConnected(bool connected)
{
    if (m_relayConnected == connected)
        return;
    m_relayConnected = connected;
    emit problemChanged();
}

QStringList DetectionInbox::relaySources() const
{
    QStringList out;
    for (auto it = m_relayAlerts.cbegin(); it != m_relayAlerts.cend(); ++it) {
        if (!isPolled(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}

QHash<QString, QList<alerts::Alert>> DetectionInbox::allAlerts() const
{
    QHash<QString, QList<alerts::Alert>> all = m_alerts;
    for (auto it = m_relayAlerts.cbegin(); it != m_relayAlerts.cend(); ++it) {
        if (!isPolled(it.key()))
            all.insert(it.key(), it.value());
    }
    return all;
}

QStringList DetectionInbox::sources() const
{
    QStringList out;
    for (const auto &poller : m_pollers)
        out.append(poller->base().toDisplayString());
    return out;
}

int DetectionInbox::activeCount() const
{
    int active = 0;
    for (const alerts::AlertGroup &group : m_model->groups())
        active += group.active;
    return active;
}

QString DetectionInbox::problem() const
{
    QStringList lines;
    for (const auto &poller : m_pollers) {
        const QString line = m_problems.value(poller->base().toDisplayString());
        if (!line.isEmpty())
            lines.append(line);
    }
    if (!m_relayConnected && !relaySources().isEmpty())
        lines.append(
            tr("Not connected to the relay: the alerts it forwarded from Alertmanager webhooks are "
               "as of %1.")
                .arg(QDateTime::fromMSecsSinceEpoch(m_relayUpdatedAt).toString(QStringLiteral("HH:mm"))));
    return lines.join(u'\n');
}

QString DetectionInbox::headline() const
{
    const bool relayAlerts = !relaySources().isEmpty();
    if (m_pollers.empty() && !relayAlerts)
        return tr("no Alertmanager configured");
    if (m_updatedAt == 0 && !relayAlerts)
        return m_problems.isEmpty() ? tr("asking Alertmanager…") : tr("no answer from Alertmanager yet");
    const int active = activeCount();
    const QString firing = active == 1 ? tr("1 alert firing") : tr("%1 alerts firing").arg(active);
    if (!relayAlerts)
        return firing;
    // Where they come from matters when nobody here polls that Alertmanager.
    QStringList hosts;
    for (const QString &source : relaySources())
        hosts.append(QUrl(source).authority().isEmpty() ? source : QUrl(source).authority());
    return firing + QStringLiteral(" · ")
        + tr("webhooks through the relay from %1").arg(hosts.join(QStringLiteral(", ")));
}

QString DetectionInbox::emptyText() const
{
    if (m_pollers.empty())
        return tr(
            "No Alertmanager is polled from here. Add one under Alertmanagers… (for example "
            "http://127.0.0.1:9093), or have Alertmanager send webhooks to the team's relay (see the user "
            "guide); what fires then shows here.");
    if (m_updatedAt == 0)
        return m_problems.isEmpty() ? tr("Asking %1…").arg(sources().join(QStringLiteral(", ")))
                                    : tr("No answer from Alertmanager yet, so nothing is known about what "
                                         "fires. The reason is above.");
    return tr("Nothing is firing.");
}

void DetectionInbox::onAlerts(const QString &source, const QList<alerts::Alert> &alerts)
{
    m_alerts.insert(source, alerts);
    m_updatedAt = QDateTime::currentMSecsSinceEpoch();
    if (m_problems.remove(source) > 0)
        emit problemChanged();
    regroup();
    emit answered(source, alerts);
}

QList<LinkedAlert> DetectionInbox::linksOfGroup(const QString &key, qint64 *firstStartedMs) const
{
    QList<LinkedAlert> out;
    QSet<QString> seen;
    qint64 first = 0;
    const QHash<QString, QList<alerts::Alert>> everything = allAlerts();
    for (auto it = everything.cbegin(); it != everything.cend(); ++it) {
        for (const alerts::Alert &alert : it.value()) {
            if (alert.state == alerts::AlertState::Resolved || alerts::groupKey(alert) != key
                || seen.contains(alert.fingerprint))
                continue;
            seen.insert(alert.fingerprint);
            out.append({alert.fingerprint, alert.name(), alert.service(), it.key()});
            if (alert.startsAtMs > 0 && (first == 0 || alert.startsAtMs < first))
                first = alert.startsAtMs;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const LinkedAlert &a, const LinkedAlert &b) { return a.fingerprint < b.fingerprint; });
    if (firstStartedMs)
        *firstStartedMs = first;
    return out;
}

std::optional<alerts::Alert> DetectionInbox::firingAlert(const QString &source,
                                                         const QString &fingerprint) const
{
    for (const alerts::Alert &alert : allAlerts().value(source)) {
        if (alert.fingerprint == fingerprint && alert.state != alerts::AlertState::Resolved)
            return alert;
    }
    return std::nullopt;
}

void DetectionInbox::onUnreachable(const QString &source, const QString &message, int retryInMs)
{
    // What it reported before stays in the inbox: alerts do not stop firing because the
    // Alertmanager that reports them went away.
    m_problems.insert(source, tr("%1 (next try in %2 s)").arg(message).arg((retryInMs + 999) / 1000));
    emit problemChanged();
    emit alertsChanged(); // the headline and empty text depend on it
}

void DetectionInbox::regroup()
{
    QList<alerts::SourcedAlert> all;
    const QHash<QString, QList<alerts::Alert>> everything = allAlerts();
    for (auto it = everything.cbegin(); it != everything.cend(); ++it) {
        for (const alerts::Alert &alert : it.value())
            all.append({it.key(), alert});
    }
    m_model->setGroups(alerts::groupAlerts(all));
    emit alertsChanged();
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertgroup.h"

#include "core/fields.h"

#include <QHash>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace muster::alerts {

namespace {

// The alert whose summary speaks for the group: the most severe, then the oldest.
bool speaksBefore(const Alert &a, const Alert &b)
{
    if (a.severity() != b.severity())
        return int(a.severity()) < int(b.severity());
    return a.startsAtMs < b.startsAtMs;
}

// Links from alerts are opened with one click: only web addresses, never file: or others.
QString webLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty()
        ? text
        : QString();
}

} // namespace

Declaration declarationFromAlerts(const QList<SourcedAlert> &alerts)
{
    Declaration d;
    const SourcedAlert *speaker = nullptr;
    for (const SourcedAlert &sourced : alerts) {
        const Alert &alert = sourced.alert;
        if (alert.state == AlertState::Resolved)
            continue;
        if (!speaker || alert.severity() < speaker->alert.severity()
            || (alert.severity() == speaker->alert.severity()
                && alert.startsAtMs < speaker->alert.startsAtMs))
            speaker = &sourced;
        if (!alert.service().isEmpty() && !d.services.contains(alert.service()))
            d.services.append(alert.service());
        d.alerts.append({alert.fingerprint, alert.name(), alert.service(), sourced.source});
        if (alert.startsAtMs > 0 && (d.detectedAtMs == 0 || alert.startsAtMs < d.detectedAtMs))
            d.detectedAtMs = alert.startsAtMs;
    }
    if (!speaker)
        return d;
    const Alert &first = speaker->alert;
    const QString title = first.service().isEmpty()
        ? first.summary()
        : first.service() + QStringLiteral(": ") + first.summary();
    d.title = title.simplified().left(limits::titleChars);
    d.severity = first.severity();
    d.summary = first.description().isEmpty() ? first.summary() : first.description();
    return d;
}

QString groupKey(const Alert &alert)
{
    return alert.name() + u'\n' + alert.service();
}

QList<AlertGroup> groupAlerts(const QList<SourcedAlert> &alerts)
{
    QHash<QString, AlertGroup> groups;
    QHash<QString, const Alert *> speakers;
    QSet<QString> seen;
    for (const SourcedAlert &sourced : alerts) {
        const Alert &alert = sourced.alert;
        if (alert.state == AlertState::Resolved)
            continue;
        const QString key = groupKey(alert);
        AlertGroup &group = groups[key];
        if (!group.sources.contains(sourced.source))
            group.sources.append(sourced.source);
        if (seen.contains(key + u'\n' + alert.fingerprint))
            continue; // the same alert from another Alertmanager of the pair
        seen.insert(key + u'\n' + alert.fingerprint);
        if (group.key.isEmpty()) {
            group.key = key;
            group.name = alert.name();
            group.service = alert.service();
            group.severity = alert.severity();
            group.earliestStartMs = alert.startsAtMs;
        }
        if (alert.isSilenced())
            ++group.silenced;
        else if (alert.isInhibited())
            ++group.inhibited;
        else
            ++group.active;
        if (int(alert.severity()) < int(group.severity))
            group.severity = alert.severity();
        group.earliestStartMs = std::min(group.earliestStartMs, alert.startsAtMs);
        group.fingerprints.append(alert.fingerprint);
        if (group.runbookUrl.isEmpty())
            group.runbookUrl = webLink(alert.runbookUrl());
        if (group.generatorUrl.isEmpty())
            group.generatorUrl = webLink(alert.generatorUrl);
        if (!speakers.contains(key) || speaksBefore(alert, *speakers.value(key)))
            speakers.insert(key, &alert);
    }
    QList<AlertGroup> out;
    out.reserve(groups.size());
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        AlertGroup group = it.value();
        if (group.fingerprints.isEmpty())
            continue;
        group.fingerprints.sort();
        group.sources.sort();
        group.summary = speakers.value(it.key())->summary();
        group.description = speakers.value(it.key())->description();
        out.append(group);
    }
    std::sort(out.begin(), out.end(), [](const AlertGroup &a, const AlertGroup &b) {
        if (a.isQuiet() != b.isQuiet())
            return !a.isQuiet();
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        if (a.earliestStartMs != b.earliestStartMs)
            return a.earliestStartMs < b.earliestStartMs;
        return a.key < b.key;
    });
    return out;
}

} // namespace muster::alerts

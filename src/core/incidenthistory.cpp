// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidenthistory.h"

#include "fields.h"
#include "incident.h"

#include <QCborArray>
#include <QCborMap>
#include <algorithm>

namespace muster {

qint64 IncidentHistory::startMs() const
{
    const qint64 impact = at(Milestone::ImpactStarted);
    const qint64 detected = at(Milestone::Detected);
    if (impact > 0 && (detected == 0 || impact <= detected))
        return impact;
    return detected;
}

void IncidentHistoryBuilder::add(const QString &field, HlcTimestamp hlc, const QString &replica,
                                 const QCborValue &value)
{
    if (roleOfField(field) || runbookOfField(field) || stepOfField(field))
        m_writes.append({hlc.packed(), replica, field, value});
}

namespace {

struct StepTrack
{
    StepState state = StepState::Todo;
    qint64 atMs = 0;
    qint64 firstDoingMs = 0; // when work on it began; reset when it goes back to to-do
};

struct RunbookTrack
{
    qint64 attachedMs = 0;
    QString title;
    QStringList steps;
};

qint64 wallOf(quint64 packedHlc)
{
    return HlcTimestamp::fromPacked(packedHlc).wallMs;
}

} // namespace

void IncidentHistoryBuilder::finish(IncidentHistory &history) const
{
    QList<Write> writes = m_writes;
    // The order the registers resolve in: last writer wins by (hlc, replica).
    std::sort(writes.begin(), writes.end(), [](const Write &a, const Write &b) {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.replica < b.replica;
    });
    const qint64 resolved = history.at(Milestone::Resolved);

    history.roles.clear();
    QMap<Role, RoleSpan> held;
    QMap<QString, RunbookTrack> runbooks;
    QMap<std::pair<QString, int>, StepTrack> steps;
    for (const Write &w : writes) {
        const qint64 at = wallOf(w.hlc);
        if (const auto role = roleOfField(w.field)) {
            const QString person = w.value.toString();
            const auto current = held.constFind(*role);
            if (current != held.cend() && current->personId == person)
                continue; // the same holder written again
            if (current != held.cend()) {
                RoleSpan span = *current;
                span.toMs = resolved > 0 ? std::min(at, resolved) : at;
                if (span.toMs > span.fromMs)
                    history.roles.append(span);
                held.remove(*role);
            }
            if (!person.isEmpty() && (resolved == 0 || at < resolved))
                held.insert(*role, {*role, person, at, 0});
        } else if (const auto attachment = runbookOfField(w.field)) {
            RunbookTrack &track = runbooks[*attachment];
            if (track.attachedMs == 0)
                track.attachedMs = at;
            const QCborMap map = w.value.toMap();
            track.title = map.value(QStringLiteral("title")).toString();
            track.steps.clear();
            for (const QCborValue &step : map.value(QStringLiteral("steps")).toArray())
                track.steps.append(step.toString());
        } else if (const auto step = stepOfField(w.field)) {
            const StepProgress progress = StepProgress::fromCbor(w.value);
            StepTrack &track = steps[*step];
            track.state = progress.state;
            track.atMs = progress.atMs;
            if (progress.state == StepState::Todo)
                track.firstDoingMs = 0;
            else if (progress.state == StepState::Doing && track.firstDoingMs == 0)
                track.firstDoingMs = progress.atMs;
        }
    }
    for (RoleSpan span : std::as_const(held)) {
        span.toMs = resolved;
        history.roles.append(span);
    }
    std::sort(history.roles.begin(), history.roles.end(), [](const RoleSpan &a, const RoleSpan &b) {
        return a.fromMs != b.fromMs ? a.fromMs < b.fromMs : a.role < b.role;
    });

    // A step's time runs from when someone marked it in progress; a step ticked straight off
    // ran from when the one before it was finished (or the runbook was attached).
    history.steps.clear();
    for (auto it = runbooks.cbegin(); it != runbooks.cend(); ++it) {
        qint64 previousFinish = it->attachedMs;
        for (int i = 0; i < it->steps.size(); ++i) {
            const StepTrack track = steps.value({it.key(), i});
            if (track.state == StepState::Done) {
                qint64 start = track.firstDoingMs > 0 && track.firstDoingMs <= track.atMs ? track.firstDoingMs
                                                                                          : previousFinish;
                start = std::min(start, track.atMs);
                history.steps.append({it->title, i, it->steps.at(i), start, track.atMs});
            }
            if (track.state == StepState::Done || track.state == StepState::Skipped)
                previousFinish = std::max(previousFinish, track.atMs);
        }
    }
}

} // namespace muster

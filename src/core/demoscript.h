// SPDX-License-Identifier: GPL-3.0-or-later
// What the demo sample is written with (demodata.cpp, demohistory.cpp): events in time order,
// the sample team by first name, and a Script that tells one incident's story through the real
// change builders. Internal to the demo; not part of the core's interface.
#pragma once

#include "changes.h"
#include "commschanges.h"
#include "fields.h"
#include "ids.h"
#include "retrochanges.h"
#include "runbooktemplate.h"
#include "taskchanges.h"
#include "updatechanges.h"

#include <QCborArray>
#include <QCborMap>

namespace muster::demo {

inline constexpr qint64 minute = 60'000;
inline constexpr qint64 hour = 60 * minute;
inline constexpr qint64 day = 24 * hour;

struct Event
{
    qint64 at;
    QString actor;
    QList<Change> changes;
};

struct People
{
    QMap<QString, QString> ids; // first name → id
    QMap<QString, QString> names; // first name → full name
    QString operator[](const QString &first) const { return ids.value(first); }
};

// Writes one incident's story; keeps a local copy of the incident so that change builders
// describe transitions from the right state.
class Script
{
public:
    Script(QList<Event> &out, const People &people, qint64 start)
        : m_out(out)
        , m_people(people)
        , m_start(start)
        , m_id(newEntityId(start))
    {
        m_incident.id = m_id;
    }

    Incident &incident() { return m_incident; }
    const QString &id() const { return m_id; }

    void at(qint64 offset, const QString &who, const QList<Change> &changes)
    {
        for (const Change &c : changes) {
            if (c.kind == OpKind::Set)
                m_incident.applySet(c.field, c.value);
        }
        m_out.append({m_start + offset, m_people[who], changes});
    }
    // A task or action item handed out by `who` to `owner` (first names), due at dueMs (0: none).
    QString task(qint64 offset, const QString &who, TaskKind kind, const QString &title, const QString &owner,
                 qint64 dueMs)
    {
        const QString taskId = newEntityId(m_start + offset);
        at(offset, who,
           changes::addTask(m_incident, taskId,
                            {kind, title, m_people[owner], m_people.names.value(owner), dueMs},
                            m_start + offset));
        return taskId;
    }
    // `who` sends an action item to Jira; the relay files it as `key` (on example.atlassian.net)
    // a minute later, and reads `status` back.
    void sendToJira(qint64 offset, const QString &who, const QString &taskId, const QString &key,
                    const QString &status, const QString &category)
    {
        at(offset, who,
           changes::requestTrackerIssue(m_incident, taskId, QStringLiteral("Jira"), m_start + offset));
        const TrackerIssue issue {key, QStringLiteral("https://example.atlassian.net/browse/") + key, status,
                                  category, QStringLiteral("int-demojira")};
        at(offset + 60'000, who,
           {{OpKind::Set, incidentEntity(m_incident.id), taskField(taskId, taskattr::tracker),
             issue.toCbor()}});
    }
    // A stakeholder update that `who` sent to a list.
    void sent(qint64 offset, const QString &who, const QString &list, AudienceType audience,
              UpdateStage stage, const QString &to, const QString &subject, const QString &body)
    {
        const SentUpdate update {newEntityId(m_start + offset),
                                 list,
                                 audience,
                                 stage,
                                 {to},
                                 {},
                                 subject,
                                 body,
                                 m_start + offset,
                                 m_people[who]};
        at(offset, who, changes::recordSentUpdate(m_incident, update));
    }
    void note(qint64 offset, const QString &who, LogKind kind, const QString &text)
    {
        at(offset, who, changes::logEntry(m_id, kind, text));
    }
    void role(qint64 offset, const QString &by, Role role, const QString &who)
    {
        at(offset, by,
           changes::assignRole(m_incident, role, m_people[who], m_people.names.value(who), QString()));
    }
    void state(qint64 offset, const QString &by, LifecycleState state)
    {
        at(offset, by, changes::setState(m_incident, state, m_start + offset));
    }
    // An incident raised by an alert rather than declared by a person: Detected, no IC.
    void detected(const QString &title, Severity severity, const QStringList &services, const QString &alert)
    {
        const QString entity = incidentEntity(m_id);
        at(0, QStringLiteral("Alertmanager"),
           {{OpKind::Set, entity, fields::title, title},
            {OpKind::Set, entity, fields::severity, int(severity)},
            {OpKind::Set, entity, fields::state, stateName(LifecycleState::Detected)},
            {OpKind::Set, entity, fields::services, QCborArray::fromStringList(services)},
            {OpKind::Set, entity, milestoneField(Milestone::Detected), m_start},
            {OpKind::Append, entity, fields::log,
             QCborMap {{QStringLiteral("kind"), logKindName(LogKind::System)},
                       {QStringLiteral("text"), alert}}}});
    }
    void runbook(qint64 offset, const QString &who, const QList<RunbookTemplate> &all,
                 const QString &templateId, int stepsDone, qint64 stepEvery)
    {
        const auto found
            = std::find_if(all.cbegin(), all.cend(), [&](const auto &t) { return t.id == templateId; });
        if (found == all.cend())
            return;
        const QString attachment = newEntityId(m_start + offset);
        at(offset, who, changes::attachRunbook(m_incident, attachment, *found));
        for (int i = 0; i < stepsDone && i < found->steps.size(); ++i) {
            const qint64 when = offset + (i + 1) * stepEvery;
            // Every fourth step turned out not to apply.
            const StepState state = (i % 4 == 3) ? StepState::Skipped : StepState::Done;
            at(when, who, changes::setStep(m_incident, attachment, i, state, m_people[who], m_start + when));
        }
        if (stepsDone < found->steps.size()) {
            const qint64 when = offset + (stepsDone + 1) * stepEvery;
            at(when, who,
               changes::setStep(m_incident, attachment, stepsDone, StepState::Doing, m_people[who],
                                m_start + when));
        }
    }

private:
    QList<Event> &m_out;
    const People &m_people;
    qint64 m_start;
    QString m_id;
    Incident m_incident;
};

inline Declaration declaration(const QString &title, Severity severity, const QStringList &services,
                               const QString &summary, const QString &impact, const QString &commanderId,
                               const QString &commanderName)
{
    Declaration d;
    d.title = title;
    d.severity = severity;
    d.services = services;
    d.summary = summary;
    d.impact = impact;
    d.commanderId = commanderId;
    d.commanderName = commanderName;
    return d;
}

// The closed incidents of the past twelve weeks: the history the metrics chart.
void pastIncidents(QList<Event> &events, const People &people, qint64 now,
                   const QList<RunbookTemplate> &runbooks);

} // namespace muster::demo

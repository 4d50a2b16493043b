// SPDX-License-Identifier: GPL-3.0-or-later
// Typed records of the domain and how one `set` op changes them.
#pragma once

#include "domain.h"
#include "operation.h"
#include "retrospective.h"
#include "sentupdate.h"
#include "task.h"
#include "updateapproval.h"

#include <QCborValue>
#include <QMap>
#include <QStringList>
#include <optional>

namespace muster {

struct RunbookAttachment
{
    QString id; // attachment id, an entity id
    QString templateId; // where it came from (file name), informational
    QString title;
    QStringList steps;
};

// An Alertmanager alert linked to an incident, by its fingerprint.
struct LinkedAlert
{
    QString fingerprint;
    QString name; // alertname
    QString service;
    QString source; // the Alertmanager that reported it
    // When a poll first found it no longer firing (ms since the epoch); 0 while it fires.
    qint64 resolvedAtMs = 0;
    friend bool operator==(const LinkedAlert &, const LinkedAlert &) = default;
};

struct StepProgress
{
    StepState state = StepState::Todo;
    QString by; // person id
    qint64 atMs = 0;
    QString note;

    static StepProgress fromCbor(const QCborValue &value);
    QCborMap toCbor() const;
};

// What the outgoing holder of a role tells the incoming one. Every part may be empty except the
// situation.
struct Briefing
{
    QString situation; // where things stand now
    QString actions; // what is under way, and by whom
    QString openItems; // open tasks and runbook steps
    QString nextUpdate; // when stakeholders expect the next update
    QString risks; // what could get worse, what to watch
    friend bool operator==(const Briefing &, const Briefing &) = default;
};

// A role offered to someone who has not accepted yet. The roster does not change until they do.
struct HandoffOffer
{
    QString from; // person id of whoever offered (usually the holder)
    QString to; // person id of who is asked to take over
    Briefing briefing;
    qint64 offeredAtMs = 0;

    static HandoffOffer fromCbor(const QCborValue &value);
    QCborMap toCbor() const;
    friend bool operator==(const HandoffOffer &, const HandoffOffer &) = default;
};

struct LogEntry
{
    OpId id;
    HlcTimestamp hlc;
    QString incidentId;
    QString author; // person id
    LogKind kind = LogKind::Note;
    QString text;
    std::optional<OpId> corrects;
};

struct Incident
{
    QString id;
    QString title;
    QString summary;
    Severity severity = Severity::Sev3;
    LifecycleState state = LifecycleState::Detected;
    QStringList services;
    QString impact;
    QString bridge; // the conference bridge's link, "" when none
    bool drill = false;
    bool askOtherTeams = false;
    bool askCustomerVisible = false;
    bool askUnresolvedHour = false;
    QMap<Milestone, qint64> milestones; // ms since epoch
    QMap<Role, QString> roles; // person ids of delegated roles
    QStringList smes; // person ids, sorted
    QMap<QString, RunbookAttachment> runbooks;
    QMap<std::pair<QString, int>, StepProgress> steps;
    QMap<QString, LinkedAlert> alerts; // by fingerprint
    QMap<Role, HandoffOffer> handoffs; // pending offers of a role
    QMap<Role, QString> nextHolders; // person ids named as the relief ("Next IC")
    QMap<QString, Task> tasks; // tasks and action items, by id
    Retrospective retrospective;
    QMap<QString, SentUpdate> updates; // stakeholder updates sent, by id
    std::optional<UpdateApproval> approval; // an update waiting for (or given) the IC's approval

    // When the latest stakeholder update went out; 0 before the first.
    qint64 lastUpdateSentMs() const;

    // The IC holds every role that is not delegated.
    QString holderOf(Role role) const;
    // When the incident was declared or detected: the start of "elapsed".
    qint64 startedAtMs() const;

    // Applies a validated set op's value. Unknown fields are ignored (validation rejects them).
    void applySet(const QString &field, const QCborValue &value);
};

struct Person
{
    QString id;
    QString name;
    QString email;
    QString team;
    QString handle;

    void applySet(const QString &field, const QCborValue &value);
};

} // namespace muster

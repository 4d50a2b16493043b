// SPDX-License-Identifier: GPL-3.0-or-later
// What a responder's intent turns into: the ops for declaring an incident, changing its
// severity or state, assigning a role, writing to the log, ticking a runbook step. Each state or
// role change also writes a log entry, so the timeline tells the whole story. The desktop app
// and musterctl both build their changes here.
#pragma once

#include "domain.h"
#include "incident.h"
#include "operation.h"

#include <QSet>

namespace muster {

struct RunbookTemplate;

struct Declaration
{
    QString title;
    Severity severity = Severity::Sev2;
    QString summary;
    QStringList services;
    QString impact;
    QString bridge; // the conference bridge's link; usually the workspace's default
    bool drill = false;
    bool askOtherTeams = false;
    bool askCustomerVisible = false;
    bool askUnresolvedHour = false;
    QString commanderId; // who takes command; usually whoever declares
    QString commanderName;
    // Declared from Alertmanager alerts: they are linked, and the Detected milestone is when
    // the first of them started (not when someone noticed), so MTTD measures something.
    QList<LinkedAlert> alerts;
    qint64 detectedAtMs = 0; // 0: when declared
};

namespace changes {

// A human declaring an incident has already detected and acknowledged it, and is investigating.
QList<Change> declareIncident(const QString &incidentId, const Declaration &declaration, qint64 nowMs);

QList<Change> setSeverity(const Incident &incident, Severity severity);
// Links alerts to an incident (already linked ones are skipped), with one log line.
QList<Change> linkAlerts(const Incident &incident, const QList<LinkedAlert> &alerts);
// Links alerts to an incident that is already under way; Detected moves back to when the first
// of them started, if that is earlier.
QList<Change> attachAlerts(const Incident &incident, const QList<LinkedAlert> &alerts, qint64 firstStartedMs);
// What one Alertmanager (source) reports firing now, against the alerts linked from it: those
// gone are marked resolved, those back are marked firing again, each with one log line. Alerts
// linked from other Alertmanagers are left alone; nothing new gives no changes.
QList<Change> followAlerts(const Incident &incident, const QString &source, const QSet<QString> &firing,
                           qint64 nowMs);
// Moving to a state records its milestone the first time it is reached.
QList<Change> setState(const Incident &incident, LifecycleState state, qint64 nowMs);
// Sets, corrects or clears (nullopt) a milestone time; the log line gives the old and new time
// and, when given, why.
QList<Change> setMilestone(const Incident &incident, Milestone milestone, std::optional<qint64> atMs,
                           const QString &reason = {});
QList<Change> setTitle(const Incident &incident, const QString &title);
// Sets or clears ("") the conference bridge link, with a log line naming it.
QList<Change> setBridge(const Incident &incident, const QString &link);
QList<Change> setSummary(const Incident &incident, const QString &summary);
QList<Change> setServices(const Incident &incident, const QStringList &services);
QList<Change> setImpact(const Incident &incident, const QString &impact);

// personName is for the log line; an empty personId unassigns (the IC holds the role again).
QList<Change> assignRole(const Incident &incident, Role role, const QString &personId,
                         const QString &personName, const QString &previousName);
// A guided handoff. The outgoing holder offers the role with a briefing; the log records the
// offer and the briefing; the roster changes only when the named person accepts. A declined or
// withdrawn offer leaves the roster as it was. Empty when there is nothing to do (no offer
// pending, or an offer to whoever holds the role already).
QList<Change> offerHandoff(const Incident &incident, Role role, const HandoffOffer &offer,
                           const QString &fromName, const QString &toName);
QList<Change> acceptHandoff(const Incident &incident, Role role, const QString &fromName,
                            const QString &toName);
QList<Change> declineHandoff(const Incident &incident, Role role, const QString &toName,
                             const QString &reason);
QList<Change> withdrawHandoff(const Incident &incident, Role role, const QString &fromName,
                              const QString &toName);
// Names who takes the role over next ("Next IC"), or nobody with an empty personId.
QList<Change> setNextHolder(const Incident &incident, Role role, const QString &personId,
                            const QString &personName);
// The briefing as the log shows it: one line per part that was filled in.
QString briefingText(const Briefing &briefing);

QList<Change> setSubjectMatterExpert(const Incident &incident, const QString &personId,
                                     const QString &personName, bool member);

QList<Change> logEntry(const QString &incidentId, LogKind kind, const QString &text,
                       const std::optional<OpId> &corrects = std::nullopt);

QList<Change> attachRunbook(const Incident &incident, const QString &attachmentId,
                            const RunbookTemplate &runbook);
QList<Change> setStep(const Incident &incident, const QString &attachmentId, int index, StepState state,
                      const QString &byPersonId, qint64 nowMs, const QString &note = {});

QList<Change> savePerson(const QString &personId, const Person &before, const Person &after);

} // namespace changes

// "14:32 UTC" style time for log lines; stored text, so it does not follow the reader's locale.
QString formatLogTime(qint64 ms);

} // namespace muster

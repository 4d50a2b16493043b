// SPDX-License-Identifier: GPL-3.0-or-later
// The incident room: everything about one incident that the Incident Commander works with —
// header facts, the roster, the log and the runbook — and the actions that change them. Every
// action becomes ops through core/changes, so each change is logged.
#pragma once

#include "core/incident.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

// Property types are only forward-declared here; moc needs their definitions.
Q_MOC_INCLUDE("rostermodel.h")
Q_MOC_INCLUDE("logmodel.h")
Q_MOC_INCLUDE("runbookmodel.h")
Q_MOC_INCLUDE("milestonemodel.h")
Q_MOC_INCLUDE("taskmodel.h")
Q_MOC_INCLUDE("retrospectiveeditor.h")
Q_MOC_INCLUDE("incidentexporter.h")
Q_MOC_INCLUDE("updatedrafteditor.h")

namespace muster {

class MusterApp;
class RosterModel;
class LogModel;
class RunbookModel;
class MilestoneModel;
class TaskModel;
class RetrospectiveEditor;
class IncidentExporter;
class UpdateDraftEditor;
class HandoffController;
struct Operation;

class IncidentRoom : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The incident room belongs to MusterApp")
    Q_PROPERTY(QString incidentId READ incidentId NOTIFY incidentChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY incidentChanged)
    Q_PROPERTY(QString title READ title NOTIFY incidentChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY incidentChanged)
    Q_PROPERTY(int severity READ severity NOTIFY incidentChanged)
    Q_PROPERTY(QString severityLabel READ severityLabel NOTIFY incidentChanged)
    Q_PROPERTY(QString state READ state NOTIFY incidentChanged)
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY incidentChanged)
    Q_PROPERTY(bool drill READ drill NOTIFY incidentChanged)
    Q_PROPERTY(QStringList services READ services NOTIFY incidentChanged)
    Q_PROPERTY(QString impact READ impact NOTIFY incidentChanged)
    // The conference bridge's link, "" when none; bridgeLabel is what a button shows of it.
    Q_PROPERTY(QString bridge READ bridge NOTIFY incidentChanged)
    Q_PROPERTY(QString bridgeLabel READ bridgeLabel NOTIFY incidentChanged)
    Q_PROPERTY(double startedAt READ startedAt NOTIFY incidentChanged)
    Q_PROPERTY(QString commanderName READ commanderName NOTIFY incidentChanged)
    // When the next stakeholder update is due (ms since the epoch), 0 when none is: counted from
    // the last one sent, by the workspace's cadence for this severity.
    Q_PROPERTY(double updateDue READ updateDue NOTIFY cadenceChanged)
    // Updates sent, newest first: [{sentAt, list, audienceLabel, stageLabel, subject, to, cc, by}].
    Q_PROPERTY(QVariantList sentUpdates READ sentUpdates NOTIFY incidentChanged)
    // Every milestone in lifecycle order, with its time and whether that time can be right.
    Q_PROPERTY(muster::MilestoneModel *milestones READ milestones CONSTANT)
    // Tasks handed out during the response and follow-up action items.
    Q_PROPERTY(muster::TaskModel *tasks READ tasks CONSTANT)
    // The blameless retrospective's form.
    Q_PROPERTY(muster::RetrospectiveEditor *retrospective READ retrospective CONSTANT)
    // Writes the retrospective and the full record as Markdown, PDF or JSON.
    Q_PROPERTY(muster::IncidentExporter *exporter READ exporter CONSTANT)
    // The stakeholder-update form.
    Q_PROPERTY(muster::UpdateDraftEditor *updateDraft READ updateDraft CONSTANT)
    // Alertmanager alerts linked to the incident, by alert name then service: maps {fingerprint,
    // label ("HighLatency on checkout"), source, resolvedAt (ms, 0 while firing)}.
    Q_PROPERTY(QVariantList linkedAlerts READ linkedAlerts NOTIFY incidentChanged)
    // The "should we declare?" answers recorded at declaration, as sentences.
    Q_PROPERTY(QStringList declareReasons READ declareReasons NOTIFY incidentChanged)
    // Teammates who have this incident open right now (presence), sorted by name.
    Q_PROPERTY(QStringList viewers READ viewers NOTIFY viewersChanged)
    // Not empty when a sync found this incident's log chain differ from the relay's: evidence
    // that someone changed the log, said at the top of the room until the chain starts again.
    Q_PROPERTY(QString chainProblem READ chainProblem NOTIFY incidentChanged)
    Q_PROPERTY(muster::RosterModel *roster READ roster CONSTANT)
    Q_PROPERTY(muster::LogModel *log READ log CONSTANT)
    Q_PROPERTY(muster::RunbookModel *runbook READ runbook CONSTANT)
    Q_PROPERTY(muster::HandoffController *handoff READ handoff CONSTANT)
    // [{value, label}] choices for the header's pickers.
    Q_PROPERTY(QVariantList severityChoices READ severityChoices CONSTANT)
    Q_PROPERTY(QVariantList stateChoices READ stateChoices CONSTANT)
    Q_PROPERTY(QVariantList stepStateChoices READ stepStateChoices CONSTANT)

public:
    explicit IncidentRoom(MusterApp *app);

    QString incidentId() const { return m_requestedId; }
    // The requested incident's data has arrived from the store.
    bool loaded() const { return !m_incident.id.isEmpty() && m_incident.id == m_requestedId; }
    QString title() const { return m_incident.title; }
    QString summary() const { return m_incident.summary; }
    int severity() const { return int(m_incident.severity); }
    QString severityLabel() const;
    QString state() const;
    QString stateLabel() const;
    bool drill() const { return m_incident.drill; }
    QStringList services() const { return m_incident.services; }
    QString impact() const { return m_incident.impact; }
    QString bridge() const { return m_incident.bridge; }
    QString bridgeLabel() const;
    double startedAt() const { return double(m_incident.startedAtMs()); }
    double updateDue() const;
    QVariantList sentUpdates() const;
    QString commanderName() const;
    MilestoneModel *milestones() const { return m_milestones; }
    TaskModel *tasks() const { return m_tasks; }
    RetrospectiveEditor *retrospective() const { return m_retrospective; }
    IncidentExporter *exporter() const { return m_exporter; }
    UpdateDraftEditor *updateDraft() const { return m_updateDraft; }
    QVariantList linkedAlerts() const;
    QStringList declareReasons() const;
    RosterModel *roster() const { return m_roster; }
    LogModel *log() const { return m_log; }
    RunbookModel *runbook() const { return m_runbook; }
    HandoffController *handoff() const { return m_handoff; }
    QVariantList severityChoices() const;
    QVariantList stateChoices() const;
    QVariantList stepStateChoices() const;

    const Incident &incident() const { return m_incident; }

    // Shows an incident (empty id: none). Loads asynchronously; incidentChanged() follows.
    Q_INVOKABLE void open(const QString &incidentId);

    // Actions. Each commits ops and a log line; the room refreshes when they are on disk.
    Q_INVOKABLE void setSeverity(int severity);
    Q_INVOKABLE void setState(const QString &state);
    Q_INVOKABLE void setTitle(const QString &title);
    Q_INVOKABLE void setSummary(const QString &summary);
    Q_INVOKABLE void setServices(const QString &commaSeparated);
    Q_INVOKABLE void setImpact(const QString &impact);
    Q_INVOKABLE void setBridge(const QString &link);
    // role: "ic", "deputy", "comms", "ops" or "scribe"; empty personId unassigns.
    Q_INVOKABLE void assignRole(const QString &role, const QString &personId);
    Q_INVOKABLE void setSubjectMatterExpert(const QString &personId, bool member);
    Q_INVOKABLE void attachRunbook(const QString &templateId);
    Q_INVOKABLE void setStepState(const QString &attachmentId, int index, const QString &state);
    // Sets or corrects a milestone time (ms since epoch; 0 clears it); the log records the old
    // and new time and the reason. Changing or clearing a recorded time needs a reason. Returns
    // why nothing was changed, or empty.
    Q_INVOKABLE QString setMilestone(const QString &milestone, double atMs, const QString &reason = {});

    // Adds a task ("task") or a follow-up action item ("action"); owner may be empty, dueMs 0
    // for none. Returns why nothing was added, or empty.
    Q_INVOKABLE QString addTask(const QString &kind, const QString &title, const QString &ownerId,
                                double dueMs);
    // status: "open", "done" or "dropped".
    Q_INVOKABLE void setTaskStatus(const QString &taskId, const QString &status);
    Q_INVOKABLE void setTaskOwner(const QString &taskId, const QString &personId);
    // 0 removes the due time.
    Q_INVOKABLE void setTaskDue(const QString &taskId, double dueMs);
    // Asks the relay to file an action item in Jira; its key shows on the item once filed.
    Q_INVOKABLE void sendToJira(const QString &taskId);

    // Called by MusterApp after ops are on disk.
    void onCommitted(const QList<Operation> &ops);
    // The directory changed: names in the roster and runbook may have too.
    void refreshNames();
    // The relay acknowledged local changes: log entries turn from pending to synced.
    void refreshPending();
    // The workspace's cadence changed: the header's countdown may have.
    void refreshCadence() { emit cadenceChanged(); }
    void setPresence(const QSet<QString> &onlinePeople, const QStringList &viewers);
    QStringList viewers() const { return m_viewers; }
    QString chainProblem() const { return m_chainProblem; }

Q_SIGNALS:
    void incidentChanged();
    void viewersChanged();
    void cadenceChanged();

private:
    void reload();
    void apply(const Incident &incident);

    MusterApp *m_app;
    QString m_requestedId; // what the room shows (or is loading)
    Incident m_incident; // the data, once loaded
    RosterModel *m_roster;
    LogModel *m_log;
    RunbookModel *m_runbook;
    MilestoneModel *m_milestones;
    TaskModel *m_tasks;
    RetrospectiveEditor *m_retrospective;
    IncidentExporter *m_exporter;
    UpdateDraftEditor *m_updateDraft;
    HandoffController *m_handoff;
    quint64 m_generation = 0;
    QStringList m_viewers;
    QString m_chainProblem;
};

} // namespace muster

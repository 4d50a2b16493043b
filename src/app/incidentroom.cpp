// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentroom.h"

#include "commsdesk.h"
#include "core/changes.h"
#include "core/fields.h"
#include "core/ids.h"
#include "core/taskchanges.h"
#include "format.h"
#include "handoffcontroller.h"
#include "incidentexporter.h"
#include "logmodel.h"
#include "milestonemodel.h"
#include "musterapp.h"
#include "peoplemodel.h"
#include "retrospectiveeditor.h"
#include "rostermodel.h"
#include "runbooklibrary.h"
#include "runbookmodel.h"
#include "store/storeclient.h"
#include "taskmodel.h"
#include "updatedrafteditor.h"

#include <QCoreApplication>

namespace muster {

IncidentRoom::IncidentRoom(MusterApp *app)
    : QObject(app)
    , m_app(app)
    , m_roster(new RosterModel(this))
    , m_log(new LogModel(app->storeClient(), this))
    , m_runbook(new RunbookModel(this))
    , m_milestones(new MilestoneModel(this))
    , m_tasks(new TaskModel(this))
    , m_retrospective(new RetrospectiveEditor(app, this))
    , m_exporter(new IncidentExporter(this, app))
    , m_updateDraft(new UpdateDraftEditor(this, app))
    , m_handoff(new HandoffController(this, app))
{ }

QString IncidentRoom::severityLabel() const
{
    return loaded() ? muster::severityLabel(m_incident.severity) : QString();
}

QString IncidentRoom::state() const
{
    return loaded() ? stateName(m_incident.state) : QString();
}

QString IncidentRoom::stateLabel() const
{
    return loaded() ? muster::stateLabel(m_incident.state) : QString();
}

QString IncidentRoom::commanderName() const
{
    return m_app->people()->nameOf(m_incident.roles.value(Role::IncidentCommander));
}

QVariantList IncidentRoom::linkedAlerts() const
{
    QList<LinkedAlert> alerts = m_incident.alerts.values();
    std::sort(alerts.begin(), alerts.end(), [](const LinkedAlert &a, const LinkedAlert &b) {
        return std::tie(a.name, a.service, a.fingerprint) < std::tie(b.name, b.service, b.fingerprint);
    });
    QVariantList out;
    for (const LinkedAlert &alert : alerts) {
        const QString label = alert.service.isEmpty()
            ? alert.name
            : QCoreApplication::translate("muster", "%1 on %2").arg(alert.name, alert.service);
        out.append(QVariantMap {{QStringLiteral("fingerprint"), alert.fingerprint},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("source"), alert.source},
                                {QStringLiteral("resolvedAt"), double(alert.resolvedAtMs)}});
    }
    return out;
}

double IncidentRoom::updateDue() const
{
    if (m_incident.id.isEmpty())
        return 0;
    return double(comms::cadenceStatus(m_app->comms()->policy(), m_incident.severity, m_incident.state,
                                       m_incident.startedAtMs(), m_incident.lastUpdateSentMs(), 0)
                      .dueMs);
}

QVariantList IncidentRoom::sentUpdates() const
{
    QList<SentUpdate> sent = m_incident.updates.values();
    std::sort(sent.begin(), sent.end(), [](const SentUpdate &a, const SentUpdate &b) {
        return std::tie(b.sentAtMs, b.id) < std::tie(a.sentAtMs, a.id);
    });
    QVariantList out;
    for (const SentUpdate &u : std::as_const(sent)) {
        out.append(QVariantMap {{QStringLiteral("sentAt"), double(u.sentAtMs)},
                                {QStringLiteral("list"), u.list},
                                {QStringLiteral("audienceLabel"), audienceTypeLabel(u.audience)},
                                {QStringLiteral("stageLabel"), updateStageLabel(u.stage)},
                                {QStringLiteral("subject"), u.subject},
                                {QStringLiteral("to"), u.to.join(QStringLiteral(", "))},
                                {QStringLiteral("cc"), u.cc.join(QStringLiteral(", "))},
                                {QStringLiteral("by"), m_app->people()->nameOf(u.by)}});
    }
    return out;
}

QStringList IncidentRoom::declareReasons() const
{
    QStringList out;
    if (m_incident.askOtherTeams)
        out << QCoreApplication::translate("muster", "Other teams are needed");
    if (m_incident.askCustomerVisible)
        out << QCoreApplication::translate("muster", "Customers can see the problem");
    if (m_incident.askUnresolvedHour)
        out << QCoreApplication::translate("muster", "Unresolved after an hour of analysis");
    return out;
}

QVariantList IncidentRoom::severityChoices() const
{
    QVariantList out;
    for (int s = 1; s <= 4; ++s) {
        const Severity severity = *severityFromInt(s);
        out.append(QVariantMap {{QStringLiteral("value"), s},
                                {QStringLiteral("label"), muster::severityLabel(severity)},
                                {QStringLiteral("description"), severityDescription(severity)}});
    }
    return out;
}

QVariantList IncidentRoom::stateChoices() const
{
    QVariantList out;
    for (LifecycleState s : allLifecycleStates) {
        out.append(QVariantMap {{QStringLiteral("value"), stateName(s)},
                                {QStringLiteral("label"), muster::stateLabel(s)}});
    }
    return out;
}

QVariantList IncidentRoom::stepStateChoices() const
{
    QVariantList out;
    for (StepState s : {StepState::Todo, StepState::Doing, StepState::Done, StepState::Skipped})
        out.append(QVariantMap {{QStringLiteral("value"), stepStateName(s)},
                                {QStringLiteral("label"), stepStateLabel(s)}});
    return out;
}

void IncidentRoom::open(const QString &incidentId)
{
    if (incidentId == m_requestedId)
        return;
    ++m_generation;
    m_requestedId = incidentId;
    m_log->setIncident(incidentId);
    apply({}); // nothing of the previous incident stays on screen while this one loads
    if (!incidentId.isEmpty())
        reload();
}

void IncidentRoom::reload()
{
    const quint64 generation = m_generation;
    const QString id = m_requestedId;
    struct Loaded
    {
        StoreResult<std::optional<Incident>> incident;
        std::optional<ChainDivergence> divergence;
    };
    m_app->storeClient()->run<Loaded>(
        this,
        [id](Store &s) {
            const auto divergence = s.chainDivergence(id);
            return Loaded {s.incident(id), divergence.ok() ? divergence.value : std::nullopt};
        },
        [this, generation](const Loaded &result) {
            if (generation != m_generation)
                return;
            m_chainProblem.clear();
            if (const auto &d = result.divergence) {
                m_chainProblem
                    = tr("This log differs from the relay's record from entry %1 (found %2). It was "
                         "changed on this computer, on the relay, or in between: keep both copies and "
                         "run musterctl verify.")
                          .arg(d->position)
                          .arg(Format::dateTime(double(d->detectedAtMs)));
            }
            apply(result.incident.ok() && result.incident.value ? *result.incident.value : Incident {});
        });
}

void IncidentRoom::apply(const Incident &incident)
{
    m_incident = incident;
    m_roster->setIncident(incident, *m_app->people());
    m_runbook->setIncident(incident, *m_app->people());
    m_milestones->setIncident(incident, m_app->nowMs());
    m_tasks->setIncident(incident, *m_app->people(), m_app->nowMs());
    m_retrospective->setIncident(incident);
    emit incidentChanged();
    emit cadenceChanged();
}

void IncidentRoom::refreshNames()
{
    if (loaded())
        apply(m_incident);
}

void IncidentRoom::onCommitted(const QList<Operation> &ops)
{
    if (m_requestedId.isEmpty())
        return;
    const QString entity = incidentEntity(m_requestedId);
    const bool ours
        = std::any_of(ops.cbegin(), ops.cend(), [&](const Operation &op) { return op.entity == entity; });
    if (!ours)
        return;
    reload();
    m_log->refreshNewest();
}

void IncidentRoom::refreshPending()
{
    if (!m_requestedId.isEmpty())
        m_log->refreshNewest();
}

void IncidentRoom::setPresence(const QSet<QString> &onlinePeople, const QStringList &viewers)
{
    m_roster->setOnline(onlinePeople);
    if (viewers != m_viewers) {
        m_viewers = viewers;
        emit viewersChanged();
    }
}

void IncidentRoom::setSeverity(int severity)
{
    if (const auto s = severityFromInt(severity); s && loaded())
        m_app->commit(changes::setSeverity(m_incident, *s));
}

void IncidentRoom::setState(const QString &state)
{
    if (const auto s = stateFromName(state); s && loaded())
        m_app->commit(changes::setState(m_incident, *s, m_app->nowMs()));
}

void IncidentRoom::setTitle(const QString &title)
{
    if (loaded())
        m_app->commit(changes::setTitle(m_incident, title));
}

void IncidentRoom::setSummary(const QString &summary)
{
    if (loaded())
        m_app->commit(changes::setSummary(m_incident, summary));
}

void IncidentRoom::setServices(const QString &commaSeparated)
{
    if (loaded())
        m_app->commit(changes::setServices(m_incident, MusterApp::splitList(commaSeparated)));
}

void IncidentRoom::setBridge(const QString &link)
{
    if (loaded() && validateBridgeLink(link.trimmed()).isEmpty())
        m_app->commit(changes::setBridge(m_incident, link));
}

QString IncidentRoom::bridgeLabel() const
{
    return bridgeLabelOf(m_incident.bridge);
}

void IncidentRoom::setImpact(const QString &impact)
{
    if (loaded())
        m_app->commit(changes::setImpact(m_incident, impact));
}

void IncidentRoom::assignRole(const QString &role, const QString &personId)
{
    const auto r = roleFromName(role);
    if (!r || !loaded())
        return;
    const QString previous = m_incident.roles.value(*r);
    m_app->commit(changes::assignRole(m_incident, *r, personId, m_app->people()->nameOf(personId),
                                      m_app->people()->nameOf(previous)));
}

void IncidentRoom::setSubjectMatterExpert(const QString &personId, bool member)
{
    if (loaded() && m_app->people()->indexOfId(personId) >= 0)
        m_app->commit(
            changes::setSubjectMatterExpert(m_incident, personId, m_app->people()->nameOf(personId), member));
}

void IncidentRoom::attachRunbook(const QString &templateId)
{
    const auto runbook = m_app->runbooks()->find(templateId);
    if (!runbook || !loaded())
        return;
    m_app->commit(changes::attachRunbook(m_incident, newEntityId(m_app->nowMs()), *runbook));
}

void IncidentRoom::setStepState(const QString &attachmentId, int index, const QString &state)
{
    if (const auto s = stepStateFromName(state); s && loaded())
        m_app->commit(changes::setStep(m_incident, attachmentId, index, *s, m_app->userId(), m_app->nowMs()));
}

QString IncidentRoom::setMilestone(const QString &milestone, double atMs, const QString &reason)
{
    const auto m = milestoneFromName(milestone);
    if (!m || !loaded())
        return tr("The incident is not loaded.");
    const bool recorded = m_incident.milestones.contains(*m);
    const bool changes = atMs > 0 ? qint64(atMs) != m_incident.milestones.value(*m, 0) : recorded;
    // A recorded time feeds the metrics; whoever changes it says why, for the retrospective.
    if (recorded && changes && reason.trimmed().isEmpty())
        return tr("Say why the recorded time is wrong; the log keeps the reason with the correction.");
    if (const QString problem = validateText(reason.simplified(), limits::shortTextChars, false);
        !problem.isEmpty())
        return tr("Reason: %1").arg(problem);
    m_app->commit(
        changes::setMilestone(m_incident, *m, atMs > 0 ? std::optional(qint64(atMs)) : std::nullopt, reason));
    return {};
}

QString IncidentRoom::addTask(const QString &kind, const QString &title, const QString &ownerId, double dueMs)
{
    const auto taskKind = taskKindFromName(kind);
    if (!taskKind || !loaded())
        return tr("The incident is not loaded.");
    if (title.simplified().isEmpty())
        return tr("Say what needs doing.");
    if (const QString problem = validateText(title.simplified(), limits::titleChars, false);
        !problem.isEmpty())
        return tr("Task: %1").arg(problem);
    if (!ownerId.isEmpty() && !m_app->people()->person(ownerId).has_value())
        return tr("That owner is not in the people directory.");
    changes::NewTask task {*taskKind, title, ownerId, m_app->people()->nameOf(ownerId),
                           dueMs > 0 ? qint64(dueMs) : 0};
    const qint64 now = m_app->nowMs();
    m_app->commit(changes::addTask(m_incident, newEntityId(now), task, now));
    return {};
}

void IncidentRoom::setTaskStatus(const QString &taskId, const QString &status)
{
    if (const auto s = taskStatusFromName(status); s && loaded())
        m_app->commit(changes::setTaskStatus(m_incident, taskId, *s));
}

void IncidentRoom::setTaskOwner(const QString &taskId, const QString &personId)
{
    if (loaded() && (personId.isEmpty() || m_app->people()->person(personId).has_value()))
        m_app->commit(changes::setTaskOwner(m_incident, taskId, personId, m_app->people()->nameOf(personId)));
}

void IncidentRoom::setTaskDue(const QString &taskId, double dueMs)
{
    if (loaded())
        m_app->commit(changes::setTaskDue(m_incident, taskId, dueMs > 0 ? qint64(dueMs) : 0));
}

void IncidentRoom::sendToJira(const QString &taskId)
{
    if (loaded())
        m_app->commit(
            changes::requestTrackerIssue(m_incident, taskId, QStringLiteral("Jira"), m_app->nowMs()));
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "changes.h"

#include "fields.h"
#include "runbooktemplate.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

Change set(const QString &incidentId, const QString &field, const QCborValue &value)
{
    return {OpKind::Set, incidentEntity(incidentId), field, value};
}

Change log(const QString &incidentId, LogKind kind, const QString &text)
{
    return {OpKind::Append, incidentEntity(incidentId), fields::log,
            QCborMap {{QStringLiteral("kind"), logKindName(kind)}, {QStringLiteral("text"), text}}};
}
} // namespace

QString formatLogTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

namespace changes {

QList<Change> declareIncident(const QString &id, const Declaration &d, qint64 nowMs)
{
    QList<Change> out {
        set(id, fields::title, d.title.trimmed()),
        set(id, fields::severity, int(d.severity)),
        set(id, fields::state, stateName(LifecycleState::Investigating)),
        set(id, fields::summary, d.summary.trimmed()),
        set(id, fields::services, QCborArray::fromStringList(d.services)),
        set(id, fields::impact, d.impact.trimmed()),
        set(id, fields::bridge, d.bridge.trimmed()),
        set(id, fields::drill, d.drill),
        set(id, fields::askOtherTeams, d.askOtherTeams),
        set(id, fields::askCustomerVisible, d.askCustomerVisible),
        set(id, fields::askUnresolvedHour, d.askUnresolvedHour),
        set(id, milestoneField(Milestone::Detected),
            d.detectedAtMs > 0 && d.detectedAtMs <= nowMs ? d.detectedAtMs : nowMs),
        set(id, milestoneField(Milestone::Acknowledged), nowMs),
        set(id, milestoneField(Milestone::Investigating), nowMs),
    };
    QStringList reasons;
    if (d.askOtherTeams)
        reasons << tr("other teams are needed");
    if (d.askCustomerVisible)
        reasons << tr("customers can see the problem");
    if (d.askUnresolvedHour)
        reasons << tr("unresolved after an hour of analysis");
    QString text
        = tr("Declared %1%2: %3")
              .arg(severityLabel(d.severity), d.drill ? tr(" (drill)") : QString(), d.title.trimmed());
    if (!reasons.isEmpty())
        text += u'\n' + tr("Declared because: %1.").arg(reasons.join(QStringLiteral("; ")));
    out << log(id, LogKind::System, text);
    if (!d.commanderId.isEmpty()) {
        out << set(id, roleField(Role::IncidentCommander), d.commanderId);
        out << log(id, LogKind::RoleChange, tr("%1 took command as Incident Commander").arg(d.commanderName));
    }
    Incident declared;
    declared.id = id;
    out << linkAlerts(declared, d.alerts);
    return out;
}

namespace {

QCborMap linkedAlertValue(const LinkedAlert &alert)
{
    QCborMap value {{QStringLiteral("name"), alert.name},
                    {QStringLiteral("service"), alert.service},
                    {QStringLiteral("source"), alert.source}};
    if (alert.resolvedAtMs > 0)
        value.insert(QStringLiteral("resolvedAt"), alert.resolvedAtMs);
    return value;
}

QString describeAlerts(const QList<LinkedAlert> &alerts)
{
    QStringList described;
    for (const LinkedAlert &alert : alerts) {
        const QString what
            = alert.service.isEmpty() ? alert.name : tr("%1 on %2").arg(alert.name, alert.service);
        if (!described.contains(what))
            described << what;
    }
    return described.join(QStringLiteral(", "));
}

} // namespace

QList<Change> linkAlerts(const Incident &incident, const QList<LinkedAlert> &alerts)
{
    QList<Change> out;
    QList<LinkedAlert> added;
    for (const LinkedAlert &alert : alerts) {
        if (incident.alerts.contains(alert.fingerprint))
            continue;
        out << set(incident.id, alertField(alert.fingerprint), linkedAlertValue(alert));
        added << alert;
    }
    if (out.isEmpty())
        return {};
    out << log(incident.id, LogKind::System,
               tr("Alertmanager alerts linked: %1 (%2 in all)").arg(describeAlerts(added)).arg(added.size()));
    return out;
}

QList<Change> attachAlerts(const Incident &incident, const QList<LinkedAlert> &alerts, qint64 firstStartedMs)
{
    QList<Change> out = linkAlerts(incident, alerts);
    if (out.isEmpty())
        return {};
    // The incident was detected when the first of its alerts started, if that is earlier than
    // what the team recorded: MTTD counts from the machine's first signal.
    const auto detected = incident.milestones.constFind(Milestone::Detected);
    if (firstStartedMs > 0 && (detected == incident.milestones.cend() || firstStartedMs < *detected))
        out << setMilestone(incident, Milestone::Detected, firstStartedMs);
    return out;
}

QList<Change> followAlerts(const Incident &incident, const QString &source, const QSet<QString> &firing,
                           qint64 nowMs)
{
    QList<Change> out;
    QList<LinkedAlert> resolved, again;
    int stillFiring = 0;
    for (LinkedAlert alert : incident.alerts) {
        if (alert.source != source) {
            stillFiring += alert.resolvedAtMs == 0 ? 1 : 0;
            continue;
        }
        const bool fires = firing.contains(alert.fingerprint);
        stillFiring += fires ? 1 : 0;
        if (fires == (alert.resolvedAtMs == 0))
            continue; // nothing new
        (fires ? again : resolved) << alert;
        alert.resolvedAtMs = fires ? 0 : nowMs;
        out << set(incident.id, alertField(alert.fingerprint), linkedAlertValue(alert));
    }
    if (!resolved.isEmpty()) {
        const QString left = stillFiring == 0
            ? tr("no linked alert fires any more")
            : tr("%1 of %2 linked alerts still firing").arg(stillFiring).arg(incident.alerts.size());
        out << log(incident.id, LogKind::System,
                   tr("Alertmanager: %1 resolved (%2)").arg(describeAlerts(resolved), left));
    }
    if (!again.isEmpty())
        out << log(incident.id, LogKind::System,
                   tr("Alertmanager: %1 firing again").arg(describeAlerts(again)));
    return out;
}

QList<Change> setSeverity(const Incident &incident, Severity severity)
{
    if (incident.severity == severity)
        return {};
    return {set(incident.id, fields::severity, int(severity)),
            log(incident.id, LogKind::StatusChange,
                tr("Severity changed from %1 to %2")
                    .arg(severityLabel(incident.severity), severityLabel(severity)))};
}

QList<Change> setState(const Incident &incident, LifecycleState state, qint64 nowMs)
{
    if (incident.state == state)
        return {};
    QList<Change> out {
        set(incident.id, fields::state, stateName(state)),
        log(incident.id, LogKind::StatusChange,
            tr("State changed from %1 to %2").arg(stateLabel(incident.state), stateLabel(state)))};
    const Milestone milestone = milestoneFor(state);
    if (!incident.milestones.contains(milestone))
        out.insert(1, set(incident.id, milestoneField(milestone), nowMs));
    return out;
}

QList<Change> setMilestone(const Incident &incident, Milestone milestone, std::optional<qint64> atMs,
                           const QString &reason)
{
    const auto before = incident.milestones.constFind(milestone);
    const bool had = before != incident.milestones.cend();
    if ((!had && !atMs) || (had && atMs && *before == *atMs))
        return {};
    QString text;
    if (!atMs)
        text = tr("%1 time cleared (was %2)").arg(milestoneLabel(milestone), formatLogTime(*before));
    else if (had)
        text = tr("%1 time corrected from %2 to %3")
                   .arg(milestoneLabel(milestone), formatLogTime(*before), formatLogTime(*atMs));
    else
        text = tr("%1 time set to %2").arg(milestoneLabel(milestone), formatLogTime(*atMs));
    if (!reason.trimmed().isEmpty())
        text += QStringLiteral(": ") + reason.simplified();
    return {set(incident.id, milestoneField(milestone), atMs ? QCborValue(*atMs) : QCborValue(nullptr)),
            log(incident.id, LogKind::StatusChange, text)};
}

QList<Change> setTitle(const Incident &incident, const QString &title)
{
    if (incident.title == title.trimmed())
        return {};
    return {
        set(incident.id, fields::title, title.trimmed()),
        log(incident.id, LogKind::StatusChange, tr("Title changed to \u201c%1\u201d").arg(title.trimmed()))};
}

QList<Change> setSummary(const Incident &incident, const QString &summary)
{
    if (incident.summary == summary.trimmed())
        return {};
    return {set(incident.id, fields::summary, summary.trimmed()),
            log(incident.id, LogKind::StatusChange, tr("Summary updated"))};
}

QList<Change> setServices(const Incident &incident, const QStringList &services)
{
    if (incident.services == services)
        return {};
    return {set(incident.id, fields::services, QCborArray::fromStringList(services)),
            log(incident.id, LogKind::StatusChange,
                tr("Affected services: %1")
                    .arg(services.isEmpty() ? tr("none") : services.join(QStringLiteral(", "))))};
}

QList<Change> setBridge(const Incident &incident, const QString &link)
{
    if (incident.bridge == link.trimmed())
        return {};
    return {set(incident.id, fields::bridge, link.trimmed()),
            log(incident.id, LogKind::StatusChange,
                link.trimmed().isEmpty() ? tr("Conference bridge removed")
                                         : tr("Conference bridge: %1").arg(link.trimmed()))};
}

QList<Change> setImpact(const Incident &incident, const QString &impact)
{
    if (incident.impact == impact.trimmed())
        return {};
    return {set(incident.id, fields::impact, impact.trimmed()),
            log(incident.id, LogKind::StatusChange,
                impact.trimmed().isEmpty() ? tr("Customer impact cleared")
                                           : tr("Customer impact: %1").arg(impact.trimmed()))};
}

QList<Change> assignRole(const Incident &incident, Role role, const QString &personId,
                         const QString &personName, const QString &previousName)
{
    if (incident.roles.value(role) == personId)
        return {};
    QString text;
    if (personId.isEmpty())
        text = tr("%1 is no longer %2").arg(previousName, roleLabel(role));
    else if (role == Role::IncidentCommander && !previousName.isEmpty())
        text = tr("Command passed from %1 to %2").arg(previousName, personName);
    else
        text = tr("%1 is now %2").arg(personName, roleLabel(role));
    return {set(incident.id, roleField(role), personId), log(incident.id, LogKind::RoleChange, text)};
}

QString briefingText(const Briefing &b)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &text) {
        if (!text.trimmed().isEmpty())
            lines << label + QStringLiteral(": ") + text.trimmed();
    };
    add(tr("Situation"), b.situation);
    add(tr("Under way"), b.actions);
    add(tr("Open"), b.openItems);
    add(tr("Next stakeholder update"), b.nextUpdate);
    add(tr("Risks"), b.risks);
    return lines.join(u'\n');
}

QList<Change> offerHandoff(const Incident &incident, Role role, const HandoffOffer &offer,
                           const QString &fromName, const QString &toName)
{
    if (offer.to.isEmpty() || incident.holderOf(role) == offer.to || incident.handoffs.value(role) == offer)
        return {};
    return {set(incident.id, handoffField(role), offer.toCbor()),
            log(incident.id, LogKind::RoleChange,
                tr("%1 offered %2 to %3. Briefing:").arg(fromName, roleLabel(role), toName) + u'\n'
                    + briefingText(offer.briefing))};
}

QList<Change> acceptHandoff(const Incident &incident, Role role, const QString &fromName,
                            const QString &toName)
{
    const auto offer = incident.handoffs.constFind(role);
    if (offer == incident.handoffs.cend())
        return {};
    QList<Change> out {set(incident.id, roleField(role), offer->to),
                       set(incident.id, handoffField(role), QCborValue(nullptr))};
    if (incident.nextHolders.value(role) == offer->to)
        out << set(incident.id, nextHolderField(role), QString());
    out << log(incident.id, LogKind::RoleChange,
               role == Role::IncidentCommander
                   ? tr("%1 accepted command from %2 and is now Incident Commander").arg(toName, fromName)
                   : tr("%1 accepted %2 from %3").arg(toName, roleLabel(role), fromName));
    return out;
}

QList<Change> declineHandoff(const Incident &incident, Role role, const QString &toName,
                             const QString &reason)
{
    if (!incident.handoffs.contains(role))
        return {};
    QString text = tr("%1 declined to take over as %2").arg(toName, roleLabel(role));
    if (!reason.trimmed().isEmpty())
        text += QStringLiteral(": ") + reason.trimmed();
    return {set(incident.id, handoffField(role), QCborValue(nullptr)),
            log(incident.id, LogKind::RoleChange, text)};
}

QList<Change> withdrawHandoff(const Incident &incident, Role role, const QString &fromName,
                              const QString &toName)
{
    if (!incident.handoffs.contains(role))
        return {};
    return {set(incident.id, handoffField(role), QCborValue(nullptr)),
            log(incident.id, LogKind::RoleChange,
                tr("%1 withdrew the offer of %2 to %3").arg(fromName, roleLabel(role), toName))};
}

QList<Change> setNextHolder(const Incident &incident, Role role, const QString &personId,
                            const QString &personName)
{
    if (incident.nextHolders.value(role) == personId)
        return {};
    const QString text = personId.isEmpty()
        ? tr("No one is named as the next %1").arg(roleLabel(role))
        : tr("%1 is named as the next %2").arg(personName, roleLabel(role));
    return {set(incident.id, nextHolderField(role), personId), log(incident.id, LogKind::RoleChange, text)};
}

QList<Change> setSubjectMatterExpert(const Incident &incident, const QString &personId,
                                     const QString &personName, bool member)
{
    if (incident.smes.contains(personId) == member)
        return {};
    return {set(incident.id, smeField(personId), member),
            log(incident.id, LogKind::RoleChange,
                member ? tr("%1 joined as subject-matter expert").arg(personName)
                       : tr("%1 is no longer a subject-matter expert").arg(personName))};
}

QList<Change> logEntry(const QString &incidentId, LogKind kind, const QString &text,
                       const std::optional<OpId> &corrects)
{
    Change change = log(incidentId, kind, text.trimmed());
    if (corrects) {
        QCborMap value = change.value.toMap();
        value.insert(QStringLiteral("corrects"), corrects->toString());
        change.value = value;
    }
    return {change};
}

QList<Change> attachRunbook(const Incident &incident, const QString &attachmentId,
                            const RunbookTemplate &runbook)
{
    const QCborMap value {{QStringLiteral("template"), runbook.id},
                          {QStringLiteral("title"), runbook.title},
                          {QStringLiteral("steps"), QCborArray::fromStringList(runbook.steps)}};
    return {set(incident.id, runbookField(attachmentId), value),
            log(incident.id, LogKind::System,
                QCoreApplication::translate("muster", "Runbook attached: %1 (%n steps)", nullptr,
                                            int(runbook.steps.size()))
                    .arg(runbook.title))};
}

QList<Change> setStep(const Incident &incident, const QString &attachmentId, int index, StepState state,
                      const QString &byPersonId, qint64 nowMs, const QString &note)
{
    const RunbookAttachment runbook = incident.runbooks.value(attachmentId);
    if (index < 0 || index >= runbook.steps.size())
        return {};
    const StepProgress progress {state, byPersonId, nowMs, note.trimmed()};
    QList<Change> out {set(incident.id, stepField(attachmentId, index), progress.toCbor())};
    if (state == StepState::Done || state == StepState::Skipped) {
        out << log(incident.id, LogKind::System,
                   tr("Runbook step %1 %2: %3")
                       .arg(index + 1)
                       .arg(state == StepState::Done ? tr("done") : tr("skipped"), runbook.steps.at(index)));
    }
    return out;
}

QList<Change> savePerson(const QString &personId, const Person &before, const Person &after)
{
    QList<Change> out;
    const QString entity = personEntity(personId);
    auto add = [&](const QString &field, const QString &old, const QString &now) {
        if (old != now.trimmed() || before.id.isEmpty())
            out << Change {OpKind::Set, entity, field, now.trimmed()};
    };
    add(fields::name, before.name, after.name);
    add(fields::email, before.email, after.email);
    add(fields::team, before.team, after.team);
    add(fields::handle, before.handle, after.handle);
    return out;
}

} // namespace changes
} // namespace muster

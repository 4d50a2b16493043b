// SPDX-License-Identifier: GPL-3.0-or-later
#include "incident.h"

#include "fields.h"

#include <QCborArray>
#include <QCborMap>

namespace muster {

StepProgress StepProgress::fromCbor(const QCborValue &value)
{
    const QCborMap map = value.toMap();
    StepProgress progress;
    progress.state
        = stepStateFromName(map.value(QStringLiteral("state")).toString()).value_or(StepState::Todo);
    progress.by = map.value(QStringLiteral("by")).toString();
    progress.atMs = map.value(QStringLiteral("at")).toInteger();
    progress.note = map.value(QStringLiteral("note")).toString();
    return progress;
}

QCborMap StepProgress::toCbor() const
{
    QCborMap map {{QStringLiteral("state"), stepStateName(state)},
                  {QStringLiteral("by"), by},
                  {QStringLiteral("at"), atMs}};
    if (!note.isEmpty())
        map.insert(QStringLiteral("note"), note);
    return map;
}

QString Incident::holderOf(Role role) const
{
    const QString holder = roles.value(role);
    return holder.isEmpty() ? roles.value(Role::IncidentCommander) : holder;
}

qint64 Incident::startedAtMs() const
{
    for (Milestone m : {Milestone::Detected, Milestone::ImpactStarted, Milestone::Acknowledged}) {
        if (milestones.contains(m))
            return milestones.value(m);
    }
    return 0;
}

qint64 Incident::lastUpdateSentMs() const
{
    qint64 last = 0;
    for (const SentUpdate &update : updates)
        last = std::max(last, update.sentAtMs);
    return last;
}

HandoffOffer HandoffOffer::fromCbor(const QCborValue &value)
{
    const QCborMap map = value.toMap();
    return {map.value(QStringLiteral("from")).toString(),
            map.value(QStringLiteral("to")).toString(),
            {map.value(QStringLiteral("situation")).toString(),
             map.value(QStringLiteral("actions")).toString(), map.value(QStringLiteral("open")).toString(),
             map.value(QStringLiteral("next")).toString(), map.value(QStringLiteral("risks")).toString()},
            map.value(QStringLiteral("at")).toInteger()};
}

QCborMap HandoffOffer::toCbor() const
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("situation"), briefing.situation},
            {QStringLiteral("actions"), briefing.actions},
            {QStringLiteral("open"), briefing.openItems},
            {QStringLiteral("next"), briefing.nextUpdate},
            {QStringLiteral("risks"), briefing.risks},
            {QStringLiteral("at"), offeredAtMs}};
}

void Incident::applySet(const QString &field, const QCborValue &value)
{
    if (field == fields::title) {
        title = value.toString();
    } else if (field == fields::summary) {
        summary = value.toString();
    } else if (field == fields::severity) {
        severity = severityFromInt(value.toInteger()).value_or(Severity::Sev1);
    } else if (field == fields::state) {
        state = stateFromName(value.toString()).value_or(state);
    } else if (field == fields::services) {
        services.clear();
        for (const QCborValue &s : value.toArray())
            services.append(s.toString());
    } else if (field == fields::impact) {
        impact = value.toString();
    } else if (field == fields::bridge) {
        bridge = value.toString();
    } else if (field == fields::drill) {
        drill = value.toBool();
    } else if (field == fields::askOtherTeams) {
        askOtherTeams = value.toBool();
    } else if (field == fields::askCustomerVisible) {
        askCustomerVisible = value.toBool();
    } else if (field == fields::askUnresolvedHour) {
        askUnresolvedHour = value.toBool();
    } else if (auto milestone = milestoneOfField(field)) {
        if (value.isNull())
            milestones.remove(*milestone);
        else
            milestones.insert(*milestone, value.toInteger());
    } else if (auto role = roleOfField(field)) {
        if (value.toString().isEmpty())
            roles.remove(*role);
        else
            roles.insert(*role, value.toString());
    } else if (auto sme = smeOfField(field)) {
        smes.removeAll(*sme);
        if (value.toBool()) {
            smes.append(*sme);
            smes.sort();
        }
    } else if (auto attachment = runbookOfField(field)) {
        const QCborMap map = value.toMap();
        RunbookAttachment runbook {*attachment,
                                   map.value(QStringLiteral("template")).toString(),
                                   map.value(QStringLiteral("title")).toString(),
                                   {}};
        for (const QCborValue &step : map.value(QStringLiteral("steps")).toArray())
            runbook.steps.append(step.toString());
        runbooks.insert(*attachment, runbook);
    } else if (auto step = stepOfField(field)) {
        steps.insert(*step, StepProgress::fromCbor(value));
    } else if (auto fingerprint = alertOfField(field)) {
        if (value.isNull()) {
            alerts.remove(*fingerprint);
        } else {
            const QCborMap map = value.toMap();
            alerts.insert(*fingerprint,
                          {*fingerprint, map.value(QStringLiteral("name")).toString(),
                           map.value(QStringLiteral("service")).toString(),
                           map.value(QStringLiteral("source")).toString(),
                           map.value(QStringLiteral("resolvedAt")).toInteger(0)});
        }
    } else if (auto retro = retroOfField(field)) {
        applyRetroSet(retrospective, *retro, value);
    } else if (auto task = taskOfField(field)) {
        Task &t = tasks[task->first];
        t.id = task->first;
        t.applySet(task->second, value);
    } else if (auto role = handoffOfField(field)) {
        if (value.isNull())
            handoffs.remove(*role);
        else
            handoffs.insert(*role, HandoffOffer::fromCbor(value));
    } else if (field == kApprovalField) {
        approval
            = value.isMap() ? std::optional<UpdateApproval>(UpdateApproval::fromCbor(value)) : std::nullopt;
    } else if (auto update = updateOfField(field)) {
        if (value.isMap())
            updates.insert(*update, SentUpdate::fromCbor(*update, value));
    } else if (auto role = nextHolderOfField(field)) {
        if (value.toString().isEmpty())
            nextHolders.remove(*role);
        else
            nextHolders.insert(*role, value.toString());
    }
}

void Person::applySet(const QString &field, const QCborValue &value)
{
    if (field == fields::name)
        name = value.toString();
    else if (field == fields::email)
        email = value.toString();
    else if (field == fields::team)
        team = value.toString();
    else if (field == fields::handle)
        handle = value.toString();
}

} // namespace muster

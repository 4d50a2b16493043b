// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatevalues.h"

#include <QDateTime>
#include <QLocale>

namespace muster::comms {

QString audienceTime(qint64 ms, const QTimeZone &zone)
{
    if (ms <= 0)
        return {};
    const QTimeZone where = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, where);
    // English month names whatever this machine's locale: the text goes to other people.
    const QString when = QLocale::c().toString(at, QStringLiteral("d MMM yyyy, HH:mm"));
    const QString name = where == QTimeZone::utc() ? QStringLiteral("UTC") : where.abbreviation(at);
    return when + u' ' + name;
}

QStringList currentActions(const Incident &incident, const QHash<QString, QString> &people)
{
    QList<Task> tasks;
    for (const Task &task : incident.tasks) {
        if (task.kind == TaskKind::Task && task.status == TaskStatus::Open)
            tasks << task;
    }
    std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) {
        return std::tie(a.createdMs, a.id) < std::tie(b.createdMs, b.id);
    });
    QStringList out;
    for (const Task &task : std::as_const(tasks))
        out << (task.ownerId.isEmpty()
                    ? task.title
                    : QStringLiteral("%1 (%2)").arg(task.title, people.value(task.ownerId)));
    for (auto it = incident.steps.cbegin(); it != incident.steps.cend(); ++it) {
        const auto runbook = incident.runbooks.constFind(it.key().first);
        if (it->state == StepState::Doing && runbook != incident.runbooks.cend()
            && it.key().second < runbook->steps.size())
            out << runbook->steps.at(it.key().second);
    }
    return out;
}

QMap<QString, QString> placeholderValues(const Incident &incident, const QHash<QString, QString> &people,
                                         qint64 nextUpdateMs, const QTimeZone &zone,
                                         const DraftInputs &inputs)
{
    return {
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("id"), incident.id},
        {QStringLiteral("severity"), severityLabel(incident.severity)},
        {QStringLiteral("status"), stateLabel(incident.state)},
        {QStringLiteral("summary"), incident.summary},
        {QStringLiteral("impact"), incident.impact},
        {QStringLiteral("bridge"), incident.bridge},
        {QStringLiteral("services"), incident.services.join(QStringLiteral(", "))},
        {QStringLiteral("started"), audienceTime(incident.startedAtMs(), zone)},
        {QStringLiteral("actions"), currentActions(incident, people).join(QStringLiteral("; "))},
        {QStringLiteral("ic"), people.value(incident.holderOf(Role::IncidentCommander))},
        {QStringLiteral("cl"), people.value(incident.holderOf(Role::CommunicationsLead))},
        {QStringLiteral("next_update"), audienceTime(nextUpdateMs, zone)},
        {QStringLiteral("workaround"), inputs.workaround},
        {QStringLiteral("remaining"), inputs.remaining},
    };
}

} // namespace muster::comms

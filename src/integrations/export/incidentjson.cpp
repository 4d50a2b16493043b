// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentjson.h"

#include <QDateTime>

namespace muster {

namespace {

QJsonValue personJson(const QString &id, const PeopleIndex &people)
{
    if (id.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), people.value(id)}};
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(isoTime(ms)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject summaryJson(const IncidentSummary &incident)
{
    QJsonValue commander = QJsonValue::Null;
    if (!incident.commanderId.isEmpty()) {
        commander = QJsonObject {{QStringLiteral("id"), incident.commanderId},
                                 {QStringLiteral("name"), incident.commanderName}};
    }
    return {
        {QStringLiteral("id"), incident.id},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("severity"), int(incident.severity)},
        {QStringLiteral("state"), stateName(incident.state)},
        {QStringLiteral("services"), QJsonArray::fromStringList(incident.services)},
        {QStringLiteral("drill"), incident.drill},
        {QStringLiteral("startedAt"), timeOrNull(incident.startedAtMs)},
        {QStringLiteral("resolvedAt"), timeOrNull(incident.resolvedAtMs)},
        {QStringLiteral("commander"), commander},
        {QStringLiteral("logEntries"), incident.logCount},
        {QStringLiteral("lastLogAt"), timeOrNull(incident.lastLogAtMs)},
    };
}

QJsonObject incidentJson(const Incident &incident, const QList<LogLine> &logOldestFirst,
                         const PeopleIndex &people)
{
    QJsonObject milestones;
    for (auto it = incident.milestones.cbegin(); it != incident.milestones.cend(); ++it)
        milestones.insert(milestoneName(it.key()), isoTime(it.value()));
    QJsonObject roles;
    for (Role role : allRoles)
        roles.insert(roleName(role), personJson(incident.holderOf(role), people));
    QJsonArray experts;
    for (const QString &id : incident.smes)
        experts.append(personJson(id, people));
    QJsonArray alerts;
    for (const LinkedAlert &alert : incident.alerts) { // by fingerprint
        alerts.append(QJsonObject {{QStringLiteral("fingerprint"), alert.fingerprint},
                                   {QStringLiteral("name"), alert.name},
                                   {QStringLiteral("service"), alert.service},
                                   {QStringLiteral("source"), alert.source},
                                   {QStringLiteral("resolvedAt"), timeOrNull(alert.resolvedAtMs)}});
    }
    QJsonArray runbooks;
    for (const RunbookAttachment &runbook : incident.runbooks) {
        QJsonArray steps;
        for (int i = 0; i < runbook.steps.size(); ++i) {
            const auto progress = incident.steps.constFind({runbook.id, i});
            const bool has = progress != incident.steps.cend();
            steps.append(QJsonObject {
                {QStringLiteral("text"), runbook.steps.at(i)},
                {QStringLiteral("state"), stepStateName(has ? progress->state : StepState::Todo)},
                {QStringLiteral("by"), has ? personJson(progress->by, people) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("at"), has ? timeOrNull(progress->atMs) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("note"), has ? progress->note : QString()},
            });
        }
        runbooks.append(QJsonObject {{QStringLiteral("id"), runbook.id},
                                     {QStringLiteral("template"), runbook.templateId},
                                     {QStringLiteral("title"), runbook.title},
                                     {QStringLiteral("steps"), steps}});
    }
    QList<Task> taskList = incident.tasks.values();
    std::sort(taskList.begin(), taskList.end(), [](const Task &a, const Task &b) {
        return std::tie(a.createdMs, a.id) < std::tie(b.createdMs, b.id);
    });
    QJsonArray tasks;
    for (const Task &task : std::as_const(taskList)) {
        tasks.append(QJsonObject {{QStringLiteral("id"), task.id},
                                  {QStringLiteral("kind"), taskKindName(task.kind)},
                                  {QStringLiteral("title"), task.title},
                                  {QStringLiteral("owner"), personJson(task.ownerId, people)},
                                  {QStringLiteral("due"), timeOrNull(task.dueMs)},
                                  {QStringLiteral("status"), taskStatusName(task.status)},
                                  {QStringLiteral("createdAt"), timeOrNull(task.createdMs)}});
    }
    QList<SentUpdate> sent = incident.updates.values();
    std::sort(sent.begin(), sent.end(), [](const SentUpdate &a, const SentUpdate &b) {
        return std::tie(a.sentAtMs, a.id) < std::tie(b.sentAtMs, b.id);
    });
    QJsonArray updates;
    for (const SentUpdate &update : std::as_const(sent)) {
        updates.append(QJsonObject {{QStringLiteral("id"), update.id},
                                    {QStringLiteral("list"), update.list},
                                    {QStringLiteral("audience"), audienceTypeName(update.audience)},
                                    {QStringLiteral("stage"), updateStageName(update.stage)},
                                    {QStringLiteral("to"), QJsonArray::fromStringList(update.to)},
                                    {QStringLiteral("cc"), QJsonArray::fromStringList(update.cc)},
                                    {QStringLiteral("subject"), update.subject},
                                    {QStringLiteral("body"), update.body},
                                    {QStringLiteral("sentAt"), timeOrNull(update.sentAtMs)},
                                    {QStringLiteral("by"), personJson(update.by, people)}});
    }
    QJsonArray log;
    for (const LogLine &line : logOldestFirst) {
        const LogEntry &entry = line.entry;
        log.append(QJsonObject {
            {QStringLiteral("id"), entry.id.toString()},
            {QStringLiteral("at"), isoTime(entry.hlc.wallMs)},
            {QStringLiteral("author"), personJson(entry.author, people)},
            {QStringLiteral("kind"), logKindName(entry.kind)},
            {QStringLiteral("text"), entry.text},
            {QStringLiteral("corrects"),
             entry.corrects ? QJsonValue(entry.corrects->toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("synced"), !line.pending},
        });
    }
    return {
        {QStringLiteral("id"), incident.id},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("summary"), incident.summary},
        {QStringLiteral("severity"), int(incident.severity)},
        {QStringLiteral("state"), stateName(incident.state)},
        {QStringLiteral("services"), QJsonArray::fromStringList(incident.services)},
        {QStringLiteral("impact"), incident.impact},
        {QStringLiteral("drill"), incident.drill},
        {QStringLiteral("milestones"), milestones},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("subjectMatterExperts"), experts},
        {QStringLiteral("runbooks"), runbooks},
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("updates"), updates},
        {QStringLiteral("log"), log},
    };
}

QJsonObject retrospectiveJson(const IncidentRecord &record)
{
    const Retrospective &retro = record.incident.retrospective;
    QJsonArray timeline;
    for (const TimelineEntry &entry : record.publishedTimeline()) {
        timeline.append(QJsonObject {
            {QStringLiteral("at"), isoTime(entry.atMs)},
            {QStringLiteral("kind"), entry.kind},
            {QStringLiteral("text"), entry.what},
            {QStringLiteral("author"), personJson(entry.author, record.people)},
            {QStringLiteral("logId"), entry.logId ? QJsonValue(entry.logId->toString()) : QJsonValue()},
        });
    }
    QJsonArray actionItems;
    for (const Task &task : record.tasksOf(TaskKind::ActionItem)) {
        const QJsonValue jira = task.tracker.isNull()
            ? QJsonValue()
            : QJsonObject {{QStringLiteral("key"), task.tracker.key},
                           {QStringLiteral("url"), task.tracker.url},
                           {QStringLiteral("status"), task.tracker.status},
                           {QStringLiteral("category"), task.tracker.category}};
        actionItems.append(QJsonObject {{QStringLiteral("id"), task.id},
                                        {QStringLiteral("title"), task.title},
                                        {QStringLiteral("owner"), personJson(task.ownerId, record.people)},
                                        {QStringLiteral("due"), timeOrNull(task.dueMs)},
                                        {QStringLiteral("status"), taskStatusName(task.status)},
                                        {QStringLiteral("jira"), jira}});
    }
    const qint64 impact = record.impactMs();
    const bool impactKnown = record.incident.milestones.contains(Milestone::ImpactStarted)
        || record.incident.milestones.contains(Milestone::Detected);
    return {
        {QStringLiteral("reviewState"), reviewStateName(retro.state)},
        {QStringLiteral("summary"), retro.part(retropart::summary)},
        {QStringLiteral("affected"), retro.part(retropart::affected)},
        {QStringLiteral("sloImpact"), retro.part(retropart::slo)},
        {QStringLiteral("contributingFactors"), retro.part(retropart::factors)},
        {QStringLiteral("wentWell"), retro.part(retropart::wentWell)},
        {QStringLiteral("wentPoorly"), retro.part(retropart::wentPoorly)},
        {QStringLiteral("lucky"), retro.part(retropart::lucky)},
        {QStringLiteral("impactMinutes"), impactKnown ? QJsonValue(impact / 60'000) : QJsonValue()},
        {QStringLiteral("timeline"), timeline},
        {QStringLiteral("actionItems"), actionItems},
    };
}

QJsonObject logChainJson(const ChainStatus &chain)
{
    QJsonValue divergence;
    if (const auto &d = chain.divergence) {
        divergence = QJsonObject {{QStringLiteral("position"), d->position},
                                  {QStringLiteral("entry"), d->entry.toString()},
                                  {QStringLiteral("localHash"), logchain::toHex(d->localHash)},
                                  {QStringLiteral("relayHash"), logchain::toHex(d->relayHash)},
                                  {QStringLiteral("detectedAt"), isoTime(d->detectedAtMs)}};
    }
    return {{QStringLiteral("entries"), chain.head.position},
            {QStringLiteral("head"),
             chain.head.isNull() ? QJsonValue() : QJsonValue(logchain::toHex(chain.head.hash))},
            {QStringLiteral("unsequenced"), chain.unchained},
            {QStringLiteral("divergence"), divergence}};
}

QJsonObject exportJson(const IncidentRecord &record)
{
    return {
        {QStringLiteral("logChain"), logChainJson(record.chain)},
        {QStringLiteral("format"), QStringLiteral("muster-incident")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("workspace"), record.workspace},
        {QStringLiteral("exportedAt"), isoTime(record.exportedAtMs)},
        {QStringLiteral("incident"), incidentJson(record.incident, record.log, record.people)},
        {QStringLiteral("retrospective"), retrospectiveJson(record)},
    };
}

} // namespace muster

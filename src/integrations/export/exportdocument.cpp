// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdocument.h"

#include <QCoreApplication>

namespace muster {

namespace {

class Builder
{
    // The context lupdate gives strings in this class, so that their translations are found.
    Q_DECLARE_TR_FUNCTIONS(muster::Builder)

public:
    explicit Builder(const IncidentRecord &record)
        : r(record)
        , incident(record.incident)
    { }

    ExportDocument build()
    {
        doc.title = tr("Retrospective: %1").arg(incident.title);
        overview();
        retrospective();
        incidentRecord();
        return std::move(doc);
    }

private:
    void heading(int level, const QString &text)
    {
        ExportBlock b;
        b.kind = ExportBlock::Kind::Heading;
        b.level = level;
        b.text = text;
        doc.blocks.append(b);
    }
    // A written part: its text, or a placeholder that says nobody wrote it.
    void written(const QString &text, const QString &missing = tr("Not written yet."))
    {
        ExportBlock b;
        b.kind = text.trimmed().isEmpty() ? ExportBlock::Kind::Placeholder : ExportBlock::Kind::Paragraph;
        b.text = text.trimmed().isEmpty() ? missing : text;
        doc.blocks.append(b);
    }
    void facts(const QList<std::pair<QString, QString>> &pairs)
    {
        ExportBlock b;
        b.kind = ExportBlock::Kind::Facts;
        for (const auto &pair : pairs) {
            if (!pair.second.isEmpty())
                b.facts.append(pair);
        }
        if (!b.facts.isEmpty())
            doc.blocks.append(b);
    }
    void table(const QStringList &columns, const QList<int> &widths, const QList<QStringList> &rows,
               const QString &whenEmpty)
    {
        if (rows.isEmpty()) {
            written({}, whenEmpty);
            return;
        }
        ExportBlock b;
        b.kind = ExportBlock::Kind::Table;
        b.columns = columns;
        b.widths = widths;
        b.rows = rows;
        doc.blocks.append(b);
    }

    QString stateLine() const
    {
        QStringList parts {severityLabel(incident.severity), stateLabel(incident.state)};
        if (incident.drill)
            parts << tr("Drill (kept out of metrics)");
        return parts.join(QStringLiteral(" · "));
    }

    void overview()
    {
        facts({{tr("Incident"), incident.id},
               {tr("Severity and state"), stateLine()},
               {tr("Services"), incident.services.join(QStringLiteral(", "))},
               {tr("Incident Commander"), r.nameOf(incident.holderOf(Role::IncidentCommander))},
               {tr("Review"), reviewStateLabel(incident.retrospective.state)},
               {tr("Workspace"), r.workspace},
               {tr("Exported"), utcMinute(r.exportedAtMs)},
               {tr("Log chain"), chainLine()}});
    }

    // The evidence line: anyone can recompute the head from the entries (docs/user-guide.md).
    QString chainLine() const
    {
        const ChainStatus &chain = r.chain;
        QStringList parts;
        if (chain.head.isNull())
            parts << tr("no entry sequenced by a relay yet");
        else
            parts << tr("%n entries, SHA-256 head %1", nullptr, int(chain.head.position))
                         .arg(logchain::toHex(chain.head.hash));
        if (chain.unchained > 0)
            parts << tr("%n not yet sequenced", nullptr, chain.unchained);
        if (chain.divergence)
            parts << tr("DIFFERS from the relay's chain from entry %1 (found %2)")
                         .arg(chain.divergence->position)
                         .arg(utcMinute(chain.divergence->detectedAtMs));
        return parts.join(QStringLiteral("; "));
    }

    QString impactDuration() const
    {
        const auto &m = incident.milestones;
        if (!m.contains(Milestone::ImpactStarted) && !m.contains(Milestone::Detected))
            return tr("Unknown: record when impact started (or was detected).");
        const qint64 from = m.value(Milestone::ImpactStarted, m.value(Milestone::Detected));
        const qint64 to = m.value(Milestone::Mitigated, m.value(Milestone::Resolved, 0));
        if (to == 0)
            return tr("%1 so far (since %2; not mitigated when exported)")
                .arg(durationText(r.impactMs()), utcMinute(from));
        return tr("%1 (%2 to %3)").arg(durationText(r.impactMs()), utcMinute(from), utcMinute(to));
    }

    void retrospective()
    {
        const Retrospective &retro = incident.retrospective;
        heading(2, tr("Summary"));
        written(retro.part(retropart::summary));
        heading(2, tr("Impact"));
        facts({{tr("Duration"), impactDuration()},
               {tr("Customer impact"), incident.impact},
               {tr("Who was affected"), retro.part(retropart::affected)},
               {tr("SLO impact"), retro.part(retropart::slo)}});
        heading(2, tr("Timeline"));
        QList<QStringList> rows;
        for (const TimelineEntry &entry : r.publishedTimeline()) {
            const bool milestone = !entry.logId;
            rows.append({utcSecond(entry.atMs), milestone ? tr("Milestone: %1").arg(entry.what) : entry.what,
                         r.nameOf(entry.author)});
        }
        table({tr("Time (UTC)"), tr("What happened"), tr("Who")}, {22, 60, 18}, rows,
              tr("No milestones or chosen log entries yet."));
        const std::pair<QString, QString> parts[] = {{retropart::factors, tr("Contributing factors")},
                                                     {retropart::wentWell, tr("What went well")},
                                                     {retropart::wentPoorly, tr("What went poorly")},
                                                     {retropart::lucky, tr("Where we got lucky")}};
        for (const auto &[part, label] : parts) {
            heading(2, label);
            written(retro.part(part));
        }
        heading(2, tr("Action items"));
        table({tr("Action item"), tr("Owner"), tr("Due"), tr("Status")}, {44, 20, 22, 14},
              taskRows(TaskKind::ActionItem), tr("No action items."));
    }

    // "Open", or "Open, overdue" when its due time had passed at the export.
    QString statusText(const Task &task) const
    {
        const bool overdue = task.status == TaskStatus::Open && task.dueMs > 0 && task.dueMs < r.exportedAtMs;
        return overdue ? tr("%1, overdue").arg(taskStatusLabel(task.status)) : taskStatusLabel(task.status);
    }

    QList<QStringList> taskRows(TaskKind kind) const
    {
        QList<QStringList> rows;
        for (const Task &task : r.tasksOf(kind)) {
            // A follow-up filed in Jira says where it is tracked now.
            QString status = statusText(task);
            if (!task.tracker.isNull())
                status = task.tracker.status.isEmpty()
                    ? tr("%1; Jira %2").arg(status, task.tracker.key)
                    : tr("%1; Jira %2 (%3)").arg(status, task.tracker.key, task.tracker.status);
            rows.append({task.title, task.ownerId.isEmpty() ? tr("nobody yet") : r.nameOf(task.ownerId),
                         utcMinute(task.dueMs), status});
        }
        return rows;
    }

    void incidentRecord()
    {
        heading(1, tr("Incident record"));
        heading(2, tr("Details"));
        QStringList reasons;
        if (incident.askOtherTeams)
            reasons << tr("other teams are needed");
        if (incident.askCustomerVisible)
            reasons << tr("customers can see the problem");
        if (incident.askUnresolvedHour)
            reasons << tr("unresolved after an hour of analysis");
        facts({{tr("Title"), incident.title},
               {tr("Summary"), incident.summary},
               {tr("Declared because"), reasons.join(QStringLiteral("; "))}});

        heading(2, tr("Milestones"));
        QList<QStringList> milestones;
        for (auto it = incident.milestones.cbegin(); it != incident.milestones.cend(); ++it)
            milestones.append({milestoneLabel(it.key()), utcSecond(it.value())});
        table({tr("Milestone"), tr("Time (UTC)")}, {40, 60}, milestones, tr("No milestones recorded."));

        heading(2, tr("Roles"));
        QList<QStringList> roles;
        for (Role role : allRoles) {
            const QString holder = incident.holderOf(role);
            roles.append({roleLabel(role), holder.isEmpty() ? tr("nobody") : r.nameOf(holder)});
        }
        QStringList experts;
        for (const QString &id : incident.smes)
            experts << r.nameOf(id);
        if (!experts.isEmpty())
            roles.append({tr("Subject-matter experts"), experts.join(QStringLiteral(", "))});
        table({tr("Role"), tr("Held by")}, {40, 60}, roles, {});

        if (!incident.alerts.isEmpty()) {
            heading(2, tr("Linked alerts"));
            QList<QStringList> alerts;
            for (const LinkedAlert &alert : incident.alerts)
                alerts.append({alert.name, alert.service, alert.source,
                               alert.resolvedAtMs > 0 ? utcSecond(alert.resolvedAtMs) : tr("still firing")});
            table({tr("Alert"), tr("Service"), tr("Alertmanager"), tr("Resolved (UTC)")}, {28, 20, 32, 20},
                  alerts, {});
        }

        for (const RunbookAttachment &runbook : incident.runbooks) {
            heading(2, tr("Runbook: %1").arg(runbook.title));
            QList<QStringList> steps;
            for (int i = 0; i < runbook.steps.size(); ++i) {
                const StepProgress progress = incident.steps.value({runbook.id, i});
                steps.append({QString::number(i + 1), runbook.steps.at(i), stepStateLabel(progress.state),
                              r.nameOf(progress.by), utcSecond(progress.atMs), progress.note});
            }
            table({tr("#"), tr("Step"), tr("State"), tr("By"), tr("When (UTC)"), tr("Note")},
                  {5, 37, 11, 14, 19, 14}, steps, tr("The runbook has no steps."));
        }

        heading(2, tr("Tasks"));
        table({tr("Task"), tr("Owner"), tr("Due"), tr("Status")}, {44, 20, 22, 14}, taskRows(TaskKind::Task),
              tr("No tasks were handed out."));

        heading(2, tr("Stakeholder updates"));
        QList<SentUpdate> sent = incident.updates.values();
        std::sort(sent.begin(), sent.end(), [](const SentUpdate &a, const SentUpdate &b) {
            return std::tie(a.sentAtMs, a.id) < std::tie(b.sentAtMs, b.id);
        });
        QList<QStringList> updates;
        for (const SentUpdate &u : std::as_const(sent)) {
            QString to = u.to.join(QStringLiteral(", "));
            if (!u.cc.isEmpty())
                to += u'\n' + tr("Cc: %1").arg(u.cc.join(QStringLiteral(", ")));
            updates.append({utcSecond(u.sentAtMs), tr("%1 (%2)").arg(u.list, audienceTypeLabel(u.audience)),
                            updateStageLabel(u.stage), u.subject, to, r.nameOf(u.by)});
        }
        table({tr("Sent (UTC)"), tr("To list"), tr("Stage"), tr("Subject"), tr("Recipients"), tr("By")},
              {17, 15, 11, 25, 20, 12}, updates, tr("No stakeholder updates were sent."));

        heading(2, tr("Communication log"));
        QHash<QString, QString> whenOf; // op id → time, for naming what a correction corrects
        QList<QStringList> log;
        for (const LogLine &line : r.log) {
            const LogEntry &entry = line.entry;
            const QString at = utcSecond(entry.hlc.wallMs);
            whenOf.insert(entry.id.toString(), at);
            QString text = entry.text;
            if (entry.corrects)
                text = tr("%1 (corrects the entry of %2)")
                           .arg(text, whenOf.value(entry.corrects->toString(), entry.corrects->toString()));
            if (line.pending)
                text += tr(" (not yet synced)");
            log.append({at, logKindLabel(entry.kind), r.nameOf(entry.author), text});
        }
        table({tr("Time (UTC)"), tr("Kind"), tr("Author"), tr("Entry")}, {20, 12, 16, 52}, log,
              tr("The log is empty."));
    }

    const IncidentRecord &r;
    const Incident &incident;
    ExportDocument doc;
};
} // namespace

ExportDocument buildExportDocument(const IncidentRecord &record)
{
    return Builder(record).build();
}

} // namespace muster

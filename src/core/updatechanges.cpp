// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatechanges.h"

#include "changes.h"
#include "fields.h"

#include <QCoreApplication>

namespace muster::changes {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster::changes", text);
}
} // namespace

QString sentUpdateLogText(const SentUpdate &update)
{
    // "Stakeholder update sent to Executives: <subject>", then what it was and who got it, then the
    // text as it went out.
    auto compose = [&](const QString &who) {
        return tr("Stakeholder update sent to %1: %2").arg(update.list, update.subject) + u'\n'
            + tr("%1 · %2 · %3").arg(updateStageLabel(update.stage), audienceTypeLabel(update.audience), who)
            + QStringLiteral("\n\n") + update.body;
    };
    QString recipients = tr("To: %1").arg(update.to.join(QStringLiteral(", ")));
    if (!update.cc.isEmpty())
        recipients += u'\n' + tr("Cc: %1").arg(update.cc.join(QStringLiteral(", ")));
    const QString text = compose(recipients);
    if (text.size() <= limits::longTextChars)
        return text;
    // A very long recipient list: the register keeps every address, the log line counts them.
    return compose(tr("To %1 and Cc %2 recipients (every address is in the update's record)")
                       .arg(update.to.size())
                       .arg(update.cc.size()));
}

QList<Change> recordSentUpdate(const Incident &incident, const SentUpdate &update)
{
    if (incident.updates.contains(update.id))
        return {};
    QList<Change> out {
        {OpKind::Set, incidentEntity(incident.id), updateField(update.id), QCborValue(update.toCbor())},
        logEntry(incident.id, LogKind::Action, sentUpdateLogText(update)).constFirst()};
    // What waited for approval has gone out.
    if (incident.approval)
        out.append({OpKind::Set, incidentEntity(incident.id), kApprovalField, QCborValue(nullptr)});
    return out;
}

QList<Change> requestApproval(const Incident &incident, const UpdateApproval &request, const QString &byName)
{
    UpdateApproval asked = request;
    asked.state = UpdateApproval::State::Requested;
    asked.decidedBy.clear();
    asked.decidedAtMs = 0;
    asked.comment.clear();
    return {{OpKind::Set, incidentEntity(incident.id), kApprovalField, QCborValue(asked.toCbor())},
            logEntry(incident.id, LogKind::Action,
                     tr("%1 asked the Incident Commander to approve the update to %2: %3")
                         .arg(byName, asked.list, asked.subject))
                .constFirst()};
}

namespace {
QList<Change> decide(const Incident &incident, UpdateApproval::State state, const QString &byId, qint64 nowMs,
                     const QString &comment, const QString &logText)
{
    if (!incident.approval || incident.approval->state != UpdateApproval::State::Requested)
        return {};
    UpdateApproval decided = *incident.approval;
    decided.state = state;
    decided.decidedBy = byId;
    decided.decidedAtMs = nowMs;
    decided.comment = comment.trimmed();
    return {{OpKind::Set, incidentEntity(incident.id), kApprovalField, QCborValue(decided.toCbor())},
            logEntry(incident.id, LogKind::Decision, logText).constFirst()};
}
} // namespace

QList<Change> approveUpdate(const Incident &incident, const QString &byId, const QString &byName,
                            qint64 nowMs)
{
    const QString list = incident.approval ? incident.approval->list : QString();
    return decide(incident, UpdateApproval::State::Approved, byId, nowMs, {},
                  tr("%1 approved the update to %2").arg(byName, list));
}

QList<Change> returnUpdate(const Incident &incident, const QString &byId, const QString &byName,
                           const QString &comment, qint64 nowMs)
{
    const QString list = incident.approval ? incident.approval->list : QString();
    return decide(incident, UpdateApproval::State::Returned, byId, nowMs, comment,
                  tr("%1 returned the update to %2: %3").arg(byName, list, comment.trimmed()));
}

} // namespace muster::changes

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
    return {{OpKind::Set, incidentEntity(incident.id), updateField(update.id), QCborValue(update.toCbor())},
            logEntry(incident.id, LogKind::Action, sentUpdateLogText(update)).constFirst()};
}

} // namespace muster::changes

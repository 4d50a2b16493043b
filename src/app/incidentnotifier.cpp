// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentnotifier.h"

#include "boardmodel.h"

namespace muster {

IncidentNotifier::IncidentNotifier(const BoardModel *board, Send send, AtTheWindow atTheWindow,
                                   QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_send(std::move(send))
    , m_atTheWindow(std::move(atTheWindow))
{ }

void IncidentNotifier::check(const QString &me)
{
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const QModelIndex index = m_board->index(row);
        const QString id = index.data(BoardModel::IdRole).toString();
        const Seen now {index.data(BoardModel::SeverityRole).toInt(),
                        index.data(BoardModel::CommanderIdRole).toString()};
        const auto previous = m_seen.constFind(id);
        const bool known = previous != m_seen.cend();
        const Seen before = known ? *previous : Seen {};
        m_seen.insert(id, now);
        if (!m_primed || index.data(BoardModel::DrillRole).toBool())
            continue;
        const QString title = index.data(BoardModel::TitleRole).toString();
        const QString severity = index.data(BoardModel::SeverityLabelRole).toString();
        if (!known && now.severity <= 2 && now.commanderId != me) {
            const QString commander = index.data(BoardModel::CommanderRole).toString();
            m_send(tr("%1 declared: %2").arg(severity, title),
                   commander.isEmpty() ? tr("Nobody has taken command yet.")
                                       : tr("Incident Commander: %1").arg(commander));
        } else if (known && !me.isEmpty() && now.commanderId == me && before.commanderId != me
                   && !before.commanderId.isEmpty() && !m_atTheWindow()) {
            m_send(tr("You are Incident Commander: %1").arg(title),
                   tr("%1 · command of this incident was handed to you.").arg(severity));
        }
    }
    m_primed = true;
}

} // namespace muster

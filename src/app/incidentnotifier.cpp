// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentnotifier.h"

#include "boardmodel.h"

#include <QDateTime>

namespace muster {

namespace {
constexpr int kDefaultSettleMs = 1500;
// Timers may fire a little early; an incident that has waited this much less than the settling
// time has settled.
constexpr int kTimerSlackMs = 50;
} // namespace

IncidentNotifier::IncidentNotifier(const BoardModel *board, Send send, AtTheWindow atTheWindow,
                                   QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_send(std::move(send))
    , m_atTheWindow(std::move(atTheWindow))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_clock.start();
    m_settle.setSingleShot(true);
    m_settle.setTimerType(Qt::PreciseTimer);
    m_settle.setInterval(kDefaultSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &IncidentNotifier::announceSettled);
}

void IncidentNotifier::check(const QString &me)
{
    m_me = me;
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
        if (!known) {
            m_new.insert(id, m_clock.elapsed());
        } else if (!me.isEmpty() && now.commanderId == me && before.commanderId != me && !m_atTheWindow()) {
            const QString title = index.data(BoardModel::TitleRole).toString();
            const QString severity = index.data(BoardModel::SeverityLabelRole).toString();
            m_send(tr("You are Incident Commander: %1").arg(title),
                   before.commanderId.isEmpty()
                       ? tr("%1 · you were given command of this incident.").arg(severity)
                       : tr("%1 · command of this incident was handed to you.").arg(severity));
        }
    }
    m_primed = true;
    if (!m_new.isEmpty() && !m_settle.isActive())
        m_settle.start();
}

void IncidentNotifier::announceSettled()
{
    // Each new incident gets the whole settling time from when it was first seen, and the board's
    // order decides among equals.
    const qint64 oldest = m_now() - kRecentMs;
    const qint64 settledBefore = m_clock.elapsed() - m_settle.interval() + kTimerSlackMs;
    QList<QModelIndex> worth;
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const QModelIndex index = m_board->index(row);
        const QString id = index.data(BoardModel::IdRole).toString();
        const auto seen = m_new.constFind(id);
        if (seen == m_new.cend() || *seen > settledBefore)
            continue;
        m_new.erase(seen);
        const qint64 lastSign = std::max(qint64(index.data(BoardModel::StartedAtRole).toDouble()),
                                         qint64(index.data(BoardModel::LastLogAtRole).toDouble()));
        if (index.data(BoardModel::DrillRole).toBool() || index.data(BoardModel::SeverityRole).toInt() > 2
            || index.data(BoardModel::CommanderIdRole).toString() == m_me
            || (lastSign > 0 && lastSign < oldest))
            continue;
        worth.append(index);
    }
    // Gone from the board before it settled (deleted, or a typo put right): nothing to say.
    for (auto it = m_new.begin(); it != m_new.end();) {
        if (*it <= settledBefore)
            it = m_new.erase(it);
        else
            ++it;
    }
    if (!m_new.isEmpty())
        m_settle.start();
    // Most severe first, then the board's order.
    std::stable_sort(worth.begin(), worth.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.data(BoardModel::SeverityRole).toInt() < b.data(BoardModel::SeverityRole).toInt();
    });
    if (worth.size() > kSeparately) {
        QStringList lines;
        for (const QModelIndex &index : std::as_const(worth).first(kSeparately))
            lines << QStringLiteral("%1 %2").arg(index.data(BoardModel::SeverityLabelRole).toString(),
                                                 index.data(BoardModel::TitleRole).toString());
        lines << tr("and %n more", nullptr, int(worth.size() - kSeparately));
        m_send(tr("%n SEV1/SEV2 incidents declared", nullptr, int(worth.size())), lines.join(u'\n'));
        return;
    }
    for (const QModelIndex &index : std::as_const(worth)) {
        const QString commander = index.data(BoardModel::CommanderRole).toString();
        m_send(tr("%1 declared: %2")
                   .arg(index.data(BoardModel::SeverityLabelRole).toString(),
                        index.data(BoardModel::TitleRole).toString()),
               commander.isEmpty() ? tr("Nobody has taken command yet.")
                                   : tr("Incident Commander: %1").arg(commander));
    }
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "hlc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace muster {

HybridLogicalClock::HybridLogicalClock(WallClock wallClock)
    : m_wallClock(wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

HlcTimestamp HybridLogicalClock::now()
{
    const qint64 wall = m_wallClock();
    if (wall > m_last.wallMs) {
        m_last = {wall, 0};
    } else if (m_last.logical < 0xffff) {
        ++m_last.logical;
    } else {
        // 65,536 events in one millisecond: borrow the next millisecond rather than wrap.
        m_last = {m_last.wallMs + 1, 0};
    }
    return m_last;
}

bool HybridLogicalClock::observe(HlcTimestamp remote, QString *error)
{
    const qint64 wall = m_wallClock();
    if (remote.wallMs - wall > m_maxAheadMs) {
        if (error) {
            *error = QCoreApplication::translate("muster", "clock %1 ms ahead of ours (limit %2 ms)")
                         .arg(remote.wallMs - wall)
                         .arg(m_maxAheadMs);
        }
        return false;
    }
    if (remote > m_last)
        m_last = remote;
    return true;
}

} // namespace muster

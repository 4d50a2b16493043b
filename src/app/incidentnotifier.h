// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications for what must not wait until someone looks at Muster: a SEV1 or SEV2
// declared by a teammate, and command of an incident coming to the user. Read from the board
// each time it loads.
//
// What stays quiet, and why:
// - what was on the board at start, and incidents that arrive later but were detected and last
//   written to over an hour ago (a first sync, a laptop back from a week offline): history, not
//   news. Declaring writes to the log, so an incident declared now for an alert that has fired
//   for hours is news;
// - a drill, which is no emergency. A declaration is several ops that may reach this replica in
//   different batches, so a new incident is announced only after it has settled for a moment
//   and is read again: by then its drill flag and severity are in;
// - the user's own incidents, and command coming to them while they are at the window (they
//   accepted it there).
// Many new incidents at once (an outage declared by several teams) make one notification, not a
// stack of them. The sending is a function, so tests see what would be shown.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace muster {

class BoardModel;

class IncidentNotifier : public QObject
{
    Q_OBJECT

public:
    using Send = std::function<void(const QString &summary, const QString &body)>;
    using AtTheWindow = std::function<bool()>;
    using Now = std::function<qint64()>; // ms since epoch

    IncidentNotifier(const BoardModel *board, Send send, AtTheWindow atTheWindow, QObject *parent = nullptr);

    // Compares the board with what it showed last time; `me` is the user's person id. Called
    // after each load of the board: the first call only notes what is there.
    void check(const QString &me);

    // How long a new incident must be on the board before it is announced (tests shorten it).
    void setSettleMs(int ms) { m_settle.setInterval(ms); }
    void setClock(Now now) { m_now = std::move(now); }

    static constexpr qint64 kRecentMs = 60 * 60 * 1000;
    static constexpr int kSeparately = 3; // more new incidents than this at once: one summary

private:
    struct Seen
    {
        int severity = 0;
        QString commanderId;
    };

    void announceSettled();

    const BoardModel *m_board;
    Send m_send;
    AtTheWindow m_atTheWindow;
    Now m_now;
    QHash<QString, Seen> m_seen; // incident id → as last checked
    QHash<QString, qint64> m_new; // id → when first seen (m_clock), not announced yet
    QElapsedTimer m_clock;
    QString m_me;
    QTimer m_settle;
    bool m_primed = false;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications for what must not wait until someone looks at Muster: a SEV1 or SEV2
// declared by a teammate, and command of an incident coming to the user. Read from the board
// each time it loads: what was on it at start is not news, a drill is not an emergency, and a change
// of command while the user is at the window (their own acceptance of a handoff, say) is seen,
// not announced. The sending is a function, so tests see what would be shown.
#pragma once

#include <QHash>
#include <QObject>
#include <functional>

namespace muster {

class BoardModel;

class IncidentNotifier : public QObject
{
    Q_OBJECT

public:
    using Send = std::function<void(const QString &summary, const QString &body)>;
    using AtTheWindow = std::function<bool()>;

    IncidentNotifier(const BoardModel *board, Send send, AtTheWindow atTheWindow, QObject *parent = nullptr);

    // Compares the board with what it showed last time; `me` is the user's person id. Called
    // after each load of the board: the first call only notes what is there.
    void check(const QString &me);

private:
    struct Seen
    {
        int severity = 0;
        QString commanderId;
    };

    const BoardModel *m_board;
    Send m_send;
    AtTheWindow m_atTheWindow;
    QHash<QString, Seen> m_seen; // incident id → as last checked
    bool m_primed = false;
};

} // namespace muster

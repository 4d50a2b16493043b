// SPDX-License-Identifier: GPL-3.0-or-later
// Tells the Communications Lead when a stakeholder update falls due: once per incident and due
// time, the moment the countdown reaches zero, as a desktop notification. Who counts as the CL
// is the board's (the delegated one, else the Incident Commander, who holds every role not
// delegated). The sending itself is a function, so tests see what would be shown.
#pragma once

#include <QObject>
#include <QSet>
#include <functional>

namespace muster {

class BoardModel;

class UpdateDueNotifier : public QObject
{
    Q_OBJECT

public:
    using Send = std::function<void(const QString &summary, const QString &body)>;

    UpdateDueNotifier(const BoardModel *board, Send send, QObject *parent = nullptr);

    // Checks every incident on the board against the clock; `me` is the user's person id.
    void check(qint64 nowMs, const QString &me);

private:
    const BoardModel *m_board;
    Send m_send;
    QSet<QString> m_told; // "incident id@due ms": each fall-due is told once
    bool m_primed = false; // what was already overdue at start is not news
};

// Sends through the freedesktop notification service on the session bus (every Linux desktop
// has one); without a session bus it does nothing.
void sendDesktopNotification(const QString &summary, const QString &body);

} // namespace muster

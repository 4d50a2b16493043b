// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateduenotifier.h"

#include "boardmodel.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "muster.ui.notify")

namespace muster {

UpdateDueNotifier::UpdateDueNotifier(const BoardModel *board, Send send, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_send(std::move(send))
{ }

void UpdateDueNotifier::check(qint64 nowMs, const QString &me)
{
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const QModelIndex index = m_board->index(row);
        const qint64 due = qint64(index.data(BoardModel::UpdateDueRole).toDouble());
        if (due <= 0 || due > nowMs || index.data(BoardModel::CommsLeadIdRole).toString() != me)
            continue;
        const QString key = index.data(BoardModel::IdRole).toString() + u'@' + QString::number(due);
        if (m_told.contains(key))
            continue;
        m_told.insert(key);
        if (!m_primed)
            continue;
        m_send(tr("Stakeholder update due: %1").arg(index.data(BoardModel::TitleRole).toString()),
               tr("%1 · it is time for the next update to stakeholders.")
                   .arg(index.data(BoardModel::SeverityLabelRole).toString()));
    }
    m_primed = true;
}

void sendDesktopNotification(const QString &summary, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcNotify) << "no session bus; not shown:" << summary;
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the server's)
    call << QStringLiteral("Muster") << uint(0) << QStringLiteral("org.muster.Muster") << summary << body
         << QStringList() << QVariantMap {{QStringLiteral("urgency"), QVariant::fromValue(uchar(2))}}
         << int(-1);
    bus.call(call, QDBus::NoBlock); // fire and forget: a missing service must not hold up the window
}

} // namespace muster

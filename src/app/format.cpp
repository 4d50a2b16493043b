// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "comms/cadence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace muster {

Format::Format(QObject *parent)
    : QObject(parent)
{ }

QString Format::elapsed(double fromMs, double nowMs)
{
    if (fromMs <= 0)
        return {};
    return duration(nowMs - fromMs);
}

QString Format::duration(double ms)
{
    const qint64 seconds = std::max<qint64>(0, qint64(ms / 1000));
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (minutes < 60)
        return QStringLiteral("%1m").arg(minutes);
    if (hours < 24)
        return QStringLiteral("%1h %2m").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1d %2h").arg(days).arg(hours % 24, 2, 10, QLatin1Char('0'));
}

QString Format::wallClock(double ms, bool utc)
{
    const QDateTime t = utc ? QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC)
                            : QDateTime::fromMSecsSinceEpoch(qint64(ms));
    return t.toString(QStringLiteral("HH:mm:ss"));
}

QString Format::wallDate(double ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(ms));
    return QLocale().toString(t.date(), QStringLiteral("dddd d MMMM yyyy")) + QStringLiteral(" · ")
        + t.timeZoneAbbreviation();
}

QString Format::updateDue(double dueMs, double nowMs)
{
    if (dueMs <= 0)
        return {};
    using State = comms::CadenceStatus::State;
    const comms::CadenceStatus status {dueMs > nowMs ? State::Due : State::Overdue, qint64(dueMs), 0};
    return comms::cadenceText(status, qint64(nowMs));
}

QString Format::ago(double ms, double nowMs)
{
    if (ms <= 0)
        return {};
    const qint64 seconds = std::max<qint64>(0, qint64((nowMs - ms) / 1000));
    if (seconds < 60)
        return QCoreApplication::translate("muster", "just now");
    if (seconds < 3600)
        return QCoreApplication::translate("muster", "%1 min ago").arg(seconds / 60);
    if (seconds < 86400)
        return QCoreApplication::translate("muster", "%1 h ago").arg(seconds / 3600);
    return QCoreApplication::translate("muster", "%1 d ago").arg(seconds / 86400);
}

QString Format::clock(double ms, double nowMs)
{
    if (ms <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(ms));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(qint64(nowMs));
    if (at.date() == now.date())
        return at.toString(QStringLiteral("HH:mm"));
    return at.toString(QStringLiteral("d MMM HH:mm"));
}

QString Format::dateTime(double ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(ms)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

double Format::parseDateTime(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    return parsed.isValid() ? double(parsed.toMSecsSinceEpoch()) : 0.0;
}

} // namespace muster

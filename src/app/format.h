// SPDX-License-Identifier: GPL-3.0-or-later
// Times and durations the way responders read them: "1h 07m", "5 min ago", "14:32".
#pragma once

#include <QObject>
#include <QtQmlIntegration>

namespace muster {

class Format : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Format(QObject *parent = nullptr);

    // Duration from fromMs to nowMs: "45s", "12m", "1h 07m", "3d 04h". Empty when fromMs is 0.
    Q_INVOKABLE static QString elapsed(double fromMs, double nowMs);
    // A length of time in the same form: "45s", "12m", "1h 07m", "3d 04h".
    Q_INVOKABLE static QString duration(double ms);
    // "Update due in 12 min", "Update due now", "Update overdue by 7 min"; "" when none is due.
    Q_INVOKABLE static QString updateDue(double dueMs, double nowMs);
    // "just now", "5 min ago", "3 h ago", "2 d ago". Empty when ms is 0.
    Q_INVOKABLE static QString ago(double ms, double nowMs);
    // Local wall-clock time "14:32"; with the date when it is not today.
    Q_INVOKABLE static QString clock(double ms, double nowMs);
    // The wall's clock: "14:32:05" in local time, or in UTC when utc is true.
    Q_INVOKABLE static QString wallClock(double ms, bool utc);
    // The wall's date line: "Wednesday 2 December 2026 · CET" (local date and time zone).
    Q_INVOKABLE static QString wallDate(double ms);
    // Local "2026-11-24 14:32" for precise records.
    Q_INVOKABLE static QString dateTime(double ms);
    // "yyyy-MM-dd HH:mm" in local time parsed back to ms; 0 when it does not parse.
    Q_INVOKABLE static double parseDateTime(const QString &text);
};

} // namespace muster

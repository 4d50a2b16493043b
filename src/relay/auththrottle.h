// SPDX-License-Identifier: GPL-3.0-or-later
// Failed authentications per address: at most `maxFailures` in a minute, then the address is
// shut out, for a minute the first time and twice as long each time after (up to an hour), so
// that guessing tokens costs a stranger days per million tries instead of seconds. An address
// that fails nothing for an hour starts again from a clean slate. Shared by the WebSocket and
// the HTTP listener: guessing on one does not reset the count on the other.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <functional>

namespace muster {

class AuthThrottle
{
public:
    using Clock = std::function<qint64()>; // milliseconds; the system clock when empty

    explicit AuthThrottle(int maxFailuresPerMinute = 10, Clock clock = {});

    // True while the address is shut out: refuse its connections before reading them.
    bool isBlocked(const QHostAddress &address) const;
    // Milliseconds until the address may try again; 0 when it may now.
    qint64 retryAfterMs(const QHostAddress &address) const;
    void recordFailure(const QHostAddress &address);

    qint64 failureCount() const { return m_failures; } // since start, for the log

    static constexpr qint64 kWindowMs = 60'000;
    static constexpr qint64 kMaxBlockMs = 3'600'000;
    static constexpr qint64 kForgetAfterMs = 3'600'000;
    static constexpr int kMaxTrackedAddresses = 100'000; // a flood of addresses costs bounded memory

private:
    struct Record
    {
        QList<qint64> recent; // failure times within the window
        qint64 lastFailureMs = 0;
        qint64 blockedUntilMs = 0;
        int strikes = 0; // how many times it was shut out
    };

    qint64 now() const;
    void forgetStale(qint64 nowMs);

    int m_maxFailures;
    Clock m_clock;
    QHash<QHostAddress, Record> m_records;
    qint64 m_failures = 0;
};

} // namespace muster

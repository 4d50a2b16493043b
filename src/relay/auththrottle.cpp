// SPDX-License-Identifier: GPL-3.0-or-later
#include "auththrottle.h"

#include <QDateTime>

namespace muster {

namespace {

// IPv4 clients reached over an IPv6 socket arrive as ::ffff:a.b.c.d; count them as one address.
QHostAddress normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

AuthThrottle::AuthThrottle(int maxFailuresPerMinute, Clock clock)
    : m_maxFailures(qMax(1, maxFailuresPerMinute))
    , m_clock(std::move(clock))
{ }

qint64 AuthThrottle::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

bool AuthThrottle::isBlocked(const QHostAddress &address) const
{
    return retryAfterMs(address) > 0;
}

qint64 AuthThrottle::retryAfterMs(const QHostAddress &address) const
{
    const auto it = m_records.constFind(normalized(address));
    if (it == m_records.cend())
        return 0;
    return qMax<qint64>(0, it->blockedUntilMs - now());
}

void AuthThrottle::recordFailure(const QHostAddress &address)
{
    const qint64 nowMs = now();
    ++m_failures;
    if (m_records.size() >= kMaxTrackedAddresses)
        forgetStale(nowMs);
    Record &record = m_records[normalized(address)];
    if (record.lastFailureMs != 0 && nowMs - record.lastFailureMs > kForgetAfterMs
        && nowMs >= record.blockedUntilMs)
        record = {};
    record.lastFailureMs = nowMs;
    while (!record.recent.isEmpty() && nowMs - record.recent.constFirst() >= kWindowMs)
        record.recent.removeFirst();
    record.recent.append(nowMs);
    if (record.recent.size() >= m_maxFailures) {
        ++record.strikes;
        const qint64 block = qMin(kMaxBlockMs, kWindowMs << qMin(record.strikes - 1, 6));
        record.blockedUntilMs = nowMs + block;
        record.recent.clear();
    }
}

void AuthThrottle::forgetStale(qint64 nowMs)
{
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (nowMs >= it->blockedUntilMs && nowMs - it->lastFailureMs > kWindowMs)
            it = m_records.erase(it);
        else
            ++it;
    }
}

} // namespace muster

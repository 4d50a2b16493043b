// SPDX-License-Identifier: GPL-3.0-or-later
// Guessing tokens must be slow: ten failures in a minute shut an address out for a minute, and
// each time it comes back to guess, for twice as long, up to an hour. A teammate who mistyped a
// token a few times, or another address, is not affected.
#include "relay/auththrottle.h"

#include <QTest>

using namespace muster;

class TestAuthThrottle : public QObject
{
    Q_OBJECT

    qint64 m_now = 1'795'500'000'000;
    const QHostAddress m_guesser {QStringLiteral("192.0.2.7")};

    AuthThrottle throttle()
    {
        return AuthThrottle(10, [this] { return m_now; });
    }

private Q_SLOTS:
    void init() { m_now = 1'795'500'000'000; }

    void tenFailuresInAMinuteShutTheAddressOutForAMinute()
    {
        AuthThrottle t = throttle();
        for (int i = 0; i < 9; ++i) {
            t.recordFailure(m_guesser);
            m_now += 1000;
        }
        QVERIFY(!t.isBlocked(m_guesser));
        t.recordFailure(m_guesser);
        QVERIFY(t.isBlocked(m_guesser));
        QCOMPARE(t.retryAfterMs(m_guesser), 60'000);
        QVERIFY(!t.isBlocked(QHostAddress(QStringLiteral("192.0.2.8"))));
        m_now += 59'999;
        QVERIFY(t.isBlocked(m_guesser));
        m_now += 1;
        QVERIFY(!t.isBlocked(m_guesser));
        QCOMPARE(t.failureCount(), 10);
    }

    void failuresSpreadOverMinutesNeverShutOut()
    {
        AuthThrottle t = throttle();
        for (int i = 0; i < 100; ++i) {
            t.recordFailure(m_guesser);
            QVERIFY(!t.isBlocked(m_guesser));
            m_now += 6'700; // nine in any minute
        }
    }

    void eachReturnDoublesTheWaitUpToAnHour()
    {
        AuthThrottle t = throttle();
        const QList<qint64> expected {60'000,  120'000,   240'000,   480'000,
                                      960'000, 1'920'000, 3'600'000, 3'600'000};
        for (qint64 wait : expected) {
            for (int i = 0; i < 10; ++i)
                t.recordFailure(m_guesser);
            QCOMPARE(t.retryAfterMs(m_guesser), wait);
            m_now += wait;
        }
    }

    void anHourWithoutFailuresStartsAfresh()
    {
        AuthThrottle t = throttle();
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 10; ++i)
                t.recordFailure(m_guesser);
            m_now += t.retryAfterMs(m_guesser);
        }
        m_now += AuthThrottle::kForgetAfterMs + 1;
        for (int i = 0; i < 10; ++i)
            t.recordFailure(m_guesser);
        QCOMPARE(t.retryAfterMs(m_guesser), 60'000);
    }

    void anIpv4ClientSeenThroughAnIpv6SocketIsOneAddress()
    {
        AuthThrottle t = throttle();
        for (int i = 0; i < 5; ++i) {
            t.recordFailure(QHostAddress(QStringLiteral("::ffff:192.0.2.7")));
            t.recordFailure(m_guesser);
        }
        QVERIFY(t.isBlocked(m_guesser));
        QVERIFY(t.isBlocked(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))));
    }
};

QTEST_GUILESS_MAIN(TestAuthThrottle)
#include "tst_auththrottle.moc"

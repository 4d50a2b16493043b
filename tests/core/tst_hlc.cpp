// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hlc.h"

#include <QTest>

using namespace muster;

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nowIsStrictlyIncreasingWhenWallClockStalls()
    {
        qint64 wall = 1000;
        HybridLogicalClock clock([&] { return wall; });
        const auto a = clock.now();
        const auto b = clock.now();
        QCOMPARE(a.wallMs, 1000);
        QCOMPARE_GT(b, a);
        QCOMPARE(b.logical, 1);
        wall = 1001;
        const auto c = clock.now();
        QCOMPARE(c.wallMs, 1001);
        QCOMPARE(c.logical, 0);
    }

    void wallClockGoingBackwardsDoesNotGoBackwards()
    {
        qint64 wall = 5000;
        HybridLogicalClock clock([&] { return wall; });
        const auto a = clock.now();
        wall = 4000; // NTP stepped the clock back
        const auto b = clock.now();
        QCOMPARE_GT(b, a);
        QCOMPARE(b.wallMs, 5000);
    }

    void logicalOverflowBorrowsNextMillisecond()
    {
        HybridLogicalClock clock([] { return qint64(10); });
        HlcTimestamp last;
        for (int i = 0; i < 70'000; ++i) {
            const auto t = clock.now();
            QVERIFY(t > last);
            last = t;
        }
        QCOMPARE(last.wallMs, 11);
    }

    void observeMovesPastRemote()
    {
        qint64 wall = 1000;
        HybridLogicalClock clock([&] { return wall; });
        QVERIFY(clock.observe({30'000, 7}));
        QCOMPARE_GT(clock.now(), (HlcTimestamp {30'000, 7}));
    }

    void observeRejectsClockTooFarAhead()
    {
        HybridLogicalClock clock([] { return qint64(1000); });
        clock.setMaxAheadMs(60'000);
        QString error;
        QVERIFY(!clock.observe({1000 + 60'001, 0}, &error));
        QVERIFY(error.contains(QStringLiteral("ahead")));
        QCOMPARE(clock.now().wallMs, 1000); // unchanged by the rejected timestamp
        QVERIFY(clock.observe({1000 + 60'000, 0}));
    }

    void packedSortsLikeTimestamp()
    {
        const HlcTimestamp a {1'700'000'000'000, 5};
        const HlcTimestamp b {1'700'000'000'000, 6};
        const HlcTimestamp c {1'700'000'000'001, 0};
        QVERIFY(a.packed() < b.packed());
        QVERIFY(b.packed() < c.packed());
        QCOMPARE(HlcTimestamp::fromPacked(c.packed()), c);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"

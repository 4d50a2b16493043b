// SPDX-License-Identifier: GPL-3.0-or-later
// Where tiles go on the wall: SEV1 alone across a row, two of the rest side by side, two rows
// a page, a lone tile taking its row's width and a lone row the page's height.
#include "walllayout.h"

#include <QTest>

using namespace muster;

namespace {
constexpr Severity S1 = Severity::Sev1, S2 = Severity::Sev2, S3 = Severity::Sev3, S4 = Severity::Sev4;
}

class TestWallLayout : public QObject
{
    Q_OBJECT

    // No two tiles share a place, and every tile lies on the page.
    static void checkSound(const QList<WallSlot> &places)
    {
        for (const WallSlot &slot : places) {
            QVERIFY(slot.row >= 0 && slot.row < slot.rowsOnPage && slot.rowsOnPage <= 2);
            QVERIFY(slot.column + slot.span <= 2);
        }
        for (qsizetype i = 0; i < places.size(); ++i) {
            for (qsizetype j = i + 1; j < places.size(); ++j) {
                const WallSlot &a = places.at(i), &b = places.at(j);
                const bool sameRow = a.page == b.page && a.row == b.row;
                QVERIFY(!sameRow || a.column + a.span <= b.column || b.column + b.span <= a.column);
            }
        }
    }

private Q_SLOTS:
    void nothing() { QCOMPARE(wallPageCount(layoutWall({})), 0); }

    void oneTileFillsThePage() { QCOMPARE(layoutWall({S3}), (QList<WallSlot> {{0, 0, 0, 2, 1}})); }

    void twoTilesStandSideBySideAtFullHeight()
    {
        QCOMPARE(layoutWall({S2, S3}), (QList<WallSlot> {{0, 0, 0, 1, 1}, {0, 0, 1, 1, 1}}));
    }

    void sev1RunsAcrossAndAPairNeedsAPageOfItsOwn()
    {
        // SEV1 (half a page, stretched to all of it) | SEV2 SEV2 | SEV3 alone across
        const QList<WallSlot> places = layoutWall({S1, S2, S2, S3});
        const QList<WallSlot> expected {{0, 0, 0, 2, 1}, {1, 0, 0, 1, 1}, {1, 0, 1, 1, 1}, {2, 0, 0, 2, 1}};
        QCOMPARE(places, expected);
        QCOMPARE(wallPageCount(places), 3);
    }

    void twoSev1sShareAPage()
    {
        const QList<WallSlot> places = layoutWall({S1, S1, S2});
        QCOMPARE(places, (QList<WallSlot> {{0, 0, 0, 2, 2}, {0, 1, 0, 2, 2}, {1, 0, 0, 2, 1}}));
    }

    void aTileBeforeASev1IsLeftAloneAndRunsAcross()
    {
        // Out of severity order (the caller sorts, but the layout must still be sound).
        QCOMPARE(layoutWall({S2, S1}), (QList<WallSlot> {{0, 0, 0, 2, 2}, {0, 1, 0, 2, 2}}));
    }

    void twentyIncidents()
    {
        QList<Severity> severities;
        for (int i = 0; i < 20; ++i)
            severities.append(i < 2 ? S1 : i < 10 ? S2 : i < 16 ? S3 : S4);
        const QList<WallSlot> places = layoutWall(severities);
        checkSound(places);
        // Both SEV1s on the first page, then the other 18 two by two: nine pages more.
        QCOMPARE(wallPageCount(places), 10);
        QCOMPARE(places.at(1), (WallSlot {0, 1, 0, 2, 2}));
        QCOMPARE(places.at(2), (WallSlot {1, 0, 0, 1, 1}));
        QCOMPARE(places.at(17), (WallSlot {8, 0, 1, 1, 1}));
        QCOMPARE(places.constLast(), (WallSlot {9, 0, 1, 1, 1}));
    }

    void orderIsKept()
    {
        const QList<WallSlot> places = layoutWall({S2, S2, S3, S4, S4});
        checkSound(places);
        QCOMPARE(places.at(2), (WallSlot {1, 0, 0, 1, 1}));
        QCOMPARE(places.at(3), (WallSlot {1, 0, 1, 1, 1}));
        QCOMPARE(places.at(4), (WallSlot {2, 0, 0, 2, 1}));
    }
};

QTEST_GUILESS_MAIN(TestWallLayout)
#include "tst_walllayout.moc"

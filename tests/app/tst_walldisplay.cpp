// SPDX-License-Identifier: GPL-3.0-or-later
// The wall in a running app (real SQLite, the demo): it reads only while showing, shows every
// incident that still needs the room, follows a new log entry live, turns pages, and knows
// when the last incident ended.
#include "apptesting.h"
#include "boardmodel.h"
#include "core/changes.h"
#include "incidentroom.h"
#include "walldisplay.h"

#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestWallDisplay : public QObject
{
    Q_OBJECT

    static int rowTitled(const WallModel *tiles, const QString &title)
    {
        for (int row = 0; row < tiles->rowCount(); ++row) {
            if (tiles->index(row).data(WallModel::TitleRole).toString() == title)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void showsWhatNeedsTheRoomAndFollowsChanges()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        WallDisplay *wall = app->wall();
        QVERIFY(!wall->loaded()); // not showing: nothing read
        QSignalSpy refreshed(wall, &WallDisplay::refreshed);
        wall->setActive(true);
        QVERIFY(refreshed.wait());
        QVERIFY(wall->loaded());

        // The board's incidents that are not resolved yet, in the board's order.
        QStringList expected;
        for (int row = 0; row < app->board()->rowCount(); ++row) {
            const QModelIndex i = app->board()->index(row);
            if (isOnWall(stateFromName(i.data(BoardModel::StateRole).toString()).value()))
                expected << i.data(BoardModel::TitleRole).toString();
        }
        QVERIFY(expected.size() >= 4);
        QVERIFY(expected.size() < app->board()->rowCount()); // resolved and learning ones stay off
        const WallModel *tiles = wall->tiles();
        QCOMPARE(tiles->rowCount(), expected.size());
        for (int row = 0; row < tiles->rowCount(); ++row)
            QCOMPARE(tiles->index(row).data(WallModel::TitleRole).toString(), expected.at(row));

        const int checkout
            = rowTitled(tiles, QStringLiteral("Checkout failing with HTTP 502 for EU customers"));
        QCOMPARE(checkout, 0); // the SEV1 first
        const QModelIndex first = tiles->index(checkout);
        QCOMPARE(first.data(WallModel::SpanRole).toInt(), 2);
        QVERIFY(first.data(WallModel::StepsTotalRole).toInt() > 0);
        QVERIFY(first.data(WallModel::StepsFinishedRole).toInt() > 0);
        QCOMPARE(first.data(WallModel::LatestLogRole).toList().size(), WallModel::logLines);
        QVERIFY(!first.data(WallModel::CommanderRole).toString().isEmpty());
        QVERIFY(first.data(WallModel::UpdateDueRole).toDouble() > 0);
        QVERIFY(wall->lastResolvedAt() > 0);

        // A responder logs something: the tile shows it at the top, without anyone touching the wall.
        const QString id = first.data(WallModel::IdRole).toString();
        app->commit(changes::logEntry(id, LogKind::Decision, QStringLiteral("Failing over to eu-central-1")));
        QTRY_COMPARE(tiles->index(checkout)
                         .data(WallModel::LatestLogRole)
                         .toList()
                         .first()
                         .toMap()
                         .value(QStringLiteral("text"))
                         .toString(),
                     QStringLiteral("Failing over to eu-central-1"));

        // Resolving it takes it off the wall.
        app->room()->open(id);
        QVERIFY(app.settle());
        app->commit(changes::setState(app->room()->incident(), LifecycleState::Resolved, app->nowMs()));
        QTRY_COMPARE(tiles->rowCount(), expected.size() - 1);
        QTRY_COMPARE(qint64(wall->lastResolvedAt()),
                     app->room()->incident().milestones.value(Milestone::Resolved));
    }

    void pagesTurn()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        WallDisplay *wall = app->wall();
        QSignalSpy refreshed(wall, &WallDisplay::refreshed);
        wall->setActive(true);
        QVERIFY(refreshed.wait());
        QVERIFY(wall->pageCount() >= 2); // the demo has more than four incidents open
        QCOMPARE(wall->page(), 0);
        QCOMPARE(wall->pageSeconds(), 15);
        QSignalSpy page(wall, &WallDisplay::pageChanged);
        for (int i = 1; i <= wall->pageCount(); ++i)
            wall->nextPage();
        QCOMPARE(wall->page(), 0); // round again
        QCOMPARE(page.size(), wall->pageCount());
        // Each page shows only its own tiles.
        QList<int> perPage(wall->pageCount(), 0);
        for (int row = 0; row < wall->tiles()->rowCount(); ++row)
            ++perPage[wall->tiles()->index(row).data(WallModel::PageRole).toInt()];
        for (int n : perPage)
            QVERIFY(n >= 1 && n <= 2);
    }

    void calmWithNothingOnRecord()
    {
        testing::StartedApp app(false);
        QVERIFY(app.settle());
        WallDisplay *wall = app->wall();
        QSignalSpy refreshed(wall, &WallDisplay::refreshed);
        wall->setActive(true);
        QVERIFY(refreshed.wait());
        QCOMPARE(wall->tiles()->rowCount(), 0);
        QCOMPARE(wall->pageCount(), 0);
        QCOMPARE(wall->lastResolvedAt(), 0.0);
    }

    void pageSecondsAreKeptInBounds()
    {
        StoreClient store;
        QCOMPARE(WallDisplay(&store, 1).pageSeconds(), WallDisplay::minPageSeconds);
        QCOMPARE(WallDisplay(&store, 10'000).pageSeconds(), WallDisplay::maxPageSeconds);
        QCOMPARE(WallDisplay(&store, 30).pageSeconds(), 30);
    }
};

QTEST_MAIN(TestWallDisplay)
#include "tst_walldisplay.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's tiles as a model: roles, layout roles from walllayout.h, the countdown from the
// cadence, and QAbstractItemModelTester over every change.
#include "wallmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {
constexpr qint64 minute = 60'000;
constexpr qint64 t0 = 1'780'000'000'000;

WallTile tile(const QString &title, Severity severity)
{
    WallTile t;
    t.incident.id = title;
    t.incident.title = title;
    t.incident.severity = severity;
    t.incident.state = LifecycleState::Investigating;
    t.incident.startedAtMs = t0;
    t.incident.commanderName = QStringLiteral("Priya Raman");
    return t;
}
} // namespace

class TestWallModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyIncidentsThatNeedTheRoom()
    {
        QVERIFY(isOnWall(LifecycleState::Detected));
        QVERIFY(isOnWall(LifecycleState::Mitigated));
        QVERIFY(!isOnWall(LifecycleState::Resolved));
        QVERIFY(!isOnWall(LifecycleState::Learning));
        QVERIFY(!isOnWall(LifecycleState::Closed));
    }

    void rolesAndLayout()
    {
        WallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WallTile first = tile(QStringLiteral("Checkout down"), Severity::Sev1);
        first.commsLeadName = QStringLiteral("Sofia Alvarez");
        first.stepsFinished = 2;
        first.stepsTotal = 7;
        LogLine line;
        line.entry.text = QStringLiteral("Rolled back");
        line.entry.hlc = {t0 + 5 * minute, 0};
        line.authorName = QStringLiteral("Marcus Chen");
        first.latest = {line};
        WallTile second = tile(QStringLiteral("Search slow"), Severity::Sev3);
        model.setTiles({first, second});

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.pageCount(), 1);
        const QModelIndex a = model.index(0);
        QCOMPARE(a.data(WallModel::SeverityLabelRole).toString(), QStringLiteral("SEV1"));
        QCOMPARE(a.data(WallModel::CommsLeadRole).toString(), QStringLiteral("Sofia Alvarez"));
        QCOMPARE(a.data(WallModel::StepsFinishedRole).toInt(), 2);
        QCOMPARE(a.data(WallModel::SpanRole).toInt(), 2);
        QCOMPARE(a.data(WallModel::RowsOnPageRole).toInt(), 2);
        const QVariantList log = a.data(WallModel::LatestLogRole).toList();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().toMap().value(QStringLiteral("author")).toString(),
                 QStringLiteral("Marcus Chen"));
        QCOMPARE(log.first().toMap().value(QStringLiteral("time")).toDouble(), double(t0 + 5 * minute));
        // No CL delegated: the IC holds the role, and the wall says who that is.
        const QModelIndex b = model.index(1);
        QCOMPARE(b.data(WallModel::CommsLeadRole).toString(), QStringLiteral("Priya Raman"));
        QCOMPARE(b.data(WallModel::RowRole).toInt(), 1);
        QCOMPARE(b.data(WallModel::SpanRole).toInt(), 2);
        QVERIFY(!model.index(5).data(WallModel::TitleRole).isValid());
    }

    void countdownFollowsTheCadence()
    {
        WallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WallTile t = tile(QStringLiteral("Checkout down"), Severity::Sev1);
        t.incident.lastUpdateSentMs = t0 + 10 * minute;
        model.setTiles({t});
        QCOMPARE(model.index(0).data(WallModel::UpdateDueRole).toDouble(),
                 double(t0 + 30 * minute)); // 20 min
        comms::CadencePolicy policy;
        policy.intervalMinutes[Severity::Sev1] = 15;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCadencePolicy(policy);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(WallModel::UpdateDueRole).toDouble(), double(t0 + 25 * minute));
        policy.intervalMinutes[Severity::Sev1] = 0; // no regular updates
        model.setCadencePolicy(policy);
        QCOMPARE(model.index(0).data(WallModel::UpdateDueRole).toDouble(), 0.0);
    }

    void shrinkingAndGrowingKeepsTheModelSound()
    {
        WallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<WallTile> tiles;
        for (int i = 0; i < 7; ++i)
            tiles.append(tile(QStringLiteral("Incident %1").arg(i), Severity::Sev2));
        QSignalSpy count(&model, &WallModel::countChanged);
        model.setTiles(tiles);
        QCOMPARE(model.pageCount(), 4); // three pairs, then the seventh alone
        model.setTiles(tiles.mid(0, 2));
        QCOMPARE(model.pageCount(), 1);
        model.setTiles({});
        QCOMPARE(model.pageCount(), 0);
        QCOMPARE(count.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestWallModel)
#include "tst_wallmodel.moc"

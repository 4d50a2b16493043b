// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's model: every milestone in lifecycle order, the gap since the one reached
// before, and a sentence for a time that cannot be right.
#include "app/milestonemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {
constexpr qint64 kNow = 1'795'000'000'000;
constexpr qint64 kMinute = 60'000;
} // namespace

class TestMilestoneModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMilestoneInOrderWithTheGapSinceTheOneBefore()
    {
        Incident incident;
        incident.id = QStringLiteral("i");
        incident.milestones = {{Milestone::ImpactStarted, kNow - 60 * kMinute},
                               {Milestone::Detected, kNow - 48 * kMinute},
                               {Milestone::Acknowledged, kNow - 45 * kMinute},
                               {Milestone::Mitigated, kNow - 5 * kMinute}};
        MilestoneModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(incident, kNow);
        QCOMPARE(model.rowCount(), 8);
        auto at = [&](int row, int role) { return model.index(row).data(role); };
        QCOMPARE(at(0, MilestoneModel::NameRole).toString(), QStringLiteral("impact_started"));
        QCOMPARE(at(0, MilestoneModel::LabelRole).toString(), QStringLiteral("Impact started"));
        QCOMPARE(at(0, MilestoneModel::SincePreviousRole).toDouble(), -1.0); // nothing before it
        QCOMPARE(at(1, MilestoneModel::SincePreviousRole).toDouble(), double(12 * kMinute)); // MTTD
        QCOMPARE(at(2, MilestoneModel::SincePreviousRole).toDouble(), double(3 * kMinute)); // MTTA
        // Investigating was skipped: Mitigated counts from Acknowledged.
        QVERIFY(!at(3, MilestoneModel::ReachedRole).toBool());
        QCOMPARE(at(3, MilestoneModel::AtRole).toDouble(), 0.0);
        QCOMPARE(at(4, MilestoneModel::SincePreviousRole).toDouble(), double(40 * kMinute));
        QCOMPARE(model.problemCount(), 0);
        QCOMPARE(model.timeOf(Milestone::Detected), kNow - 48 * kMinute);
        QCOMPARE(model.timeOf(Milestone::Closed), 0);
        QCOMPARE(model.data(model.index(8), MilestoneModel::NameRole), QVariant()); // out of range
    }

    void timesThatCannotBeRightAreNamed()
    {
        Incident incident;
        incident.id = QStringLiteral("i");
        incident.milestones = {{Milestone::ImpactStarted, kNow - 10 * kMinute},
                               {Milestone::Detected, kNow - 30 * kMinute}, // before impact: a slip
                               {Milestone::Acknowledged, kNow - 20 * kMinute},
                               {Milestone::Resolved, kNow + 90 * kMinute}}; // tomorrow's typo
        MilestoneModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy problems(&model, &MilestoneModel::problemCountChanged);
        model.setIncident(incident, kNow);
        QCOMPARE(model.problemCount(), 3);
        QCOMPARE(problems.size(), 1);
        auto problem = [&](int row) { return model.index(row).data(MilestoneModel::ProblemRole).toString(); };
        QVERIFY(problem(0).isEmpty());
        QVERIFY2(problem(1).startsWith(QStringLiteral("before Impact started (")), qPrintable(problem(1)));
        QVERIFY2(problem(2).startsWith(QStringLiteral("before Impact started")), qPrintable(problem(2)));
        QCOMPARE(problem(5), QStringLiteral("in the future"));
        QVERIFY(problem(3).isEmpty()); // not reached: nothing to check

        // Corrected: the flags go, and so does the count.
        incident.milestones[Milestone::ImpactStarted] = kNow - 40 * kMinute;
        incident.milestones[Milestone::Resolved] = kNow;
        model.setIncident(incident, kNow);
        QCOMPARE(model.problemCount(), 0);
        QCOMPARE(problems.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMilestoneModel)
#include "tst_milestonemodel.moc"

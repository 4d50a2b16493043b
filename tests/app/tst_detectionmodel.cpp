// SPDX-License-Identifier: GPL-3.0-or-later
// The detection inbox's rows, under QAbstractItemModelTester.
#include "detectionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {

alerts::AlertGroup group(const QString &name, int active, int silenced = 0)
{
    alerts::AlertGroup g;
    g.key = name + QStringLiteral("\nweb");
    g.name = name;
    g.service = QStringLiteral("web");
    g.severity = Severity::Sev2;
    g.active = active;
    g.silenced = silenced;
    g.earliestStartMs = 1'795'000'000'000;
    g.summary = name + QStringLiteral(" is bad");
    g.runbookUrl = QStringLiteral("https://runbooks/") + name;
    for (int i = 0; i < active + silenced; ++i)
        g.fingerprints.append(name + QString::number(i));
    return g;
}

} // namespace

class TestDetectionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryGroupWithItsRoles()
    {
        DetectionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &DetectionModel::countChanged);
        model.setGroups({group(QStringLiteral("HighLatency"), 2), group(QStringLiteral("DiskFull"), 0, 1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 1);
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, DetectionModel::NameRole).toString(), QStringLiteral("HighLatency"));
        QCOMPARE(model.data(first, DetectionModel::ServiceRole).toString(), QStringLiteral("web"));
        QCOMPARE(model.data(first, DetectionModel::SeverityRole).toInt(), 2);
        QCOMPARE(model.data(first, DetectionModel::ActiveRole).toInt(), 2);
        QCOMPARE(model.data(first, DetectionModel::TotalRole).toInt(), 2);
        QCOMPARE(model.data(first, DetectionModel::QuietRole).toBool(), false);
        QCOMPARE(model.data(first, DetectionModel::StartedAtRole).toLongLong(), 1'795'000'000'000);
        QCOMPARE(model.data(first, DetectionModel::SummaryRole).toString(),
                 QStringLiteral("HighLatency is bad"));
        QCOMPARE(model.data(first, DetectionModel::RunbookUrlRole).toString(),
                 QStringLiteral("https://runbooks/HighLatency"));
        QCOMPARE(model.data(first, DetectionModel::FingerprintsRole).toStringList().size(), 2);
        QCOMPARE(model.data(model.index(1), DetectionModel::QuietRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), DetectionModel::SilencedRole).toInt(), 1);
        QVERIFY(!model.data(model.index(5), DetectionModel::NameRole).isValid());
        QCOMPARE(model.roleNames().value(DetectionModel::StartedAtRole), QByteArray("startedAt"));
    }

    void groupsLinkedToAnOpenIncidentSayWhichOne()
    {
        DetectionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups({group(QStringLiteral("HighLatency"), 2), group(QStringLiteral("DiskFull"), 1)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // One of HighLatency's two alerts is linked.
        model.setLinks(
            {{QStringLiteral("HighLatency1"), {QStringLiteral("01JINC"), QStringLiteral("Checkout slow")}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0), DetectionModel::LinkedIncidentIdRole).toString(),
                 QStringLiteral("01JINC"));
        QCOMPARE(model.data(model.index(0), DetectionModel::LinkedIncidentTitleRole).toString(),
                 QStringLiteral("Checkout slow"));
        QCOMPARE(model.data(model.index(1), DetectionModel::LinkedIncidentIdRole).toString(), QString());
        // The same links again: nothing to repaint.
        model.setLinks(
            {{QStringLiteral("HighLatency1"), {QStringLiteral("01JINC"), QStringLiteral("Checkout slow")}}});
        QCOMPARE(changed.size(), 1);
        model.setLinks({});
        QCOMPARE(model.data(model.index(0), DetectionModel::LinkedIncidentIdRole).toString(), QString());
    }

    void aPollThatChangesNothingKeepsTheRows()
    {
        DetectionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups({group(QStringLiteral("A"), 1), group(QStringLiteral("B"), 1)});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setGroups({group(QStringLiteral("A"), 1), group(QStringLiteral("B"), 1)});
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        model.setGroups({group(QStringLiteral("A"), 1)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setGroups({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDetectionModel)
#include "tst_detectionmodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The table a chart maps: cells, labels, headers, a readable axis end, a sound model.
#include "metricstable.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestMetricsTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsLabelsAndHeaders()
    {
        MetricsTable table({QStringLiteral("MTTD"), QStringLiteral("MTTA")});
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&table, &MetricsTable::changed);
        table.setRows({{QStringLiteral("SEV1 (2)"), {12.5, 3}}, {QStringLiteral("SEV2 (0)"), {0, 0}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.columnCount(), 2);
        QCOMPARE(table.index(0, 0).data().toDouble(), 12.5);
        QCOMPARE(table.index(0, 1).data(MetricsTable::LabelRole).toString(), QStringLiteral("SEV1 (2)"));
        QCOMPARE(table.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("MTTA"));
        QCOMPARE(table.headerData(1, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("SEV2 (0)"));
        QVERIFY(!table.headerData(9, Qt::Horizontal, Qt::DisplayRole).isValid());
        QVERIFY(!table.index(2, 0).data().isValid());
        QCOMPARE(table.labels(), (QStringList {QStringLiteral("SEV1 (2)"), QStringLiteral("SEV2 (0)")}));
        QCOMPARE(table.shortLabels(), table.labels()); // none given: the labels themselves
        QCOMPARE(table.axisMax(), 15.0);
        table.setRows(table.rows()); // the same again: no reset, no signal
        QCOMPARE(changed.size(), 1);
        table.setRows({});
        QCOMPARE(table.count(), 0);
        QCOMPARE(table.axisMax(), 1.0);
    }

    void shortLabelsForCrowdedAxes()
    {
        MetricsTable table({QStringLiteral("SEV1")});
        table.setRows(
            {{QStringLiteral("14 Sep"), {1}, QStringLiteral("14/9")}, {QStringLiteral("21 Sep"), {0}, {}}});
        QCOMPARE(table.shortLabels(), (QStringList {QStringLiteral("14/9"), QStringLiteral("21 Sep")}));
    }

    void axisEnds()
    {
        QCOMPARE(MetricsTable::niceCeiling(0), 1.0);
        QCOMPARE(MetricsTable::niceCeiling(7), 8.0);
        QCOMPARE(MetricsTable::niceCeiling(23), 25.0);
        QCOMPARE(MetricsTable::niceCeiling(140), 150.0);
        QCOMPARE(MetricsTable::niceCeiling(1000), 1200.0);
        QVERIFY(MetricsTable::niceCeiling(99.9) >= 99.9);
    }
};

QTEST_GUILESS_MAIN(TestMetricsTable)
#include "tst_metricstable.moc"

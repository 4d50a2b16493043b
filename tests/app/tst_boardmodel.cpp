// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {
IncidentSummary incident(const QString &id, Severity severity, qint64 started,
                         const QStringList &services = {})
{
    IncidentSummary s;
    s.id = id;
    s.title = QStringLiteral("Incident ") + id;
    s.severity = severity;
    s.state = LifecycleState::Investigating;
    s.startedAtMs = started;
    s.services = services;
    return s;
}
} // namespace

class TestBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeInsertsUpdatesAndRemovesRowByRow()
    {
        BoardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &BoardModel::countChanged);

        model.merge({incident(QStringLiteral("a"), Severity::Sev2, 10),
                     incident(QStringLiteral("b"), Severity::Sev1, 20)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 1);

        auto updated = incident(QStringLiteral("a"), Severity::Sev1, 10);
        updated.title = QStringLiteral("renamed");
        model.merge({updated, incident(QStringLiteral("c"), Severity::Sev3, 30)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.size(), 1); // b closed
        QVERIFY(changed.size() >= 1);
        QCOMPARE(reset.size(), 0); // never a reset
        const int a = model.indexOfId(QStringLiteral("a"));
        QCOMPARE(model.index(a).data(BoardModel::TitleRole).toString(), QStringLiteral("renamed"));
        QCOMPARE(model.index(a).data(BoardModel::SeverityLabelRole).toString(), QStringLiteral("SEV1"));
        QCOMPARE(model.index(model.indexOfId(QStringLiteral("c"))).data(BoardModel::StateRole).toString(),
                 QStringLiteral("investigating"));
    }

    void topIncidentIsMostSevereThenOldest()
    {
        BoardModel model;
        QCOMPARE(model.topIncidentId(), QString());
        model.merge({incident(QStringLiteral("late"), Severity::Sev1, 50),
                     incident(QStringLiteral("minor"), Severity::Sev3, 1),
                     incident(QStringLiteral("early"), Severity::Sev1, 40)});
        QCOMPARE(model.topIncidentId(), QStringLiteral("early"));
    }

    void servicesAreCollectedSortedAndUnique()
    {
        BoardModel model;
        QSignalSpy spy(&model, &BoardModel::servicesChanged);
        model.merge({incident(QStringLiteral("a"), Severity::Sev1, 1,
                              {QStringLiteral("edge"), QStringLiteral("API")}),
                     incident(QStringLiteral("b"), Severity::Sev2, 2, {QStringLiteral("edge")})});
        QCOMPARE(model.services(), (QStringList {QStringLiteral("API"), QStringLiteral("edge")}));
        QCOMPARE(spy.size(), 1);
    }

    void dataOutOfRangeIsEmpty()
    {
        BoardModel model;
        model.merge({incident(QStringLiteral("a"), Severity::Sev1, 1)});
        QVERIFY(!model.data(model.index(5), BoardModel::TitleRole).isValid());
        QVERIFY(!model.index(0).data(Qt::UserRole + 999).isValid());
    }
};

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/peoplemodel.h"
#include "app/runbookmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestRunbookModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsOfAllRunbooksWithProgress()
    {
        PeopleModel people;
        people.setPeople({{QStringLiteral("p1"), QStringLiteral("Marcus"), {}, {}, {}}});
        Incident incident;
        incident.runbooks.insert(QStringLiteral("A"),
                                 {QStringLiteral("A"),
                                  QStringLiteral("t"),
                                  QStringLiteral("Rollback"),
                                  {QStringLiteral("halt"), QStringLiteral("roll back")}});
        incident.runbooks.insert(
            QStringLiteral("B"),
            {QStringLiteral("B"), QStringLiteral("t"), QStringLiteral("Comms"), {QStringLiteral("notify")}});
        incident.steps.insert({QStringLiteral("A"), 0}, {StepState::Done, QStringLiteral("p1"), 1000, {}});
        incident.steps.insert({QStringLiteral("B"), 0},
                              {StepState::Skipped, QStringLiteral("p1"), 2000, QStringLiteral("n/a")});

        RunbookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(&model, &RunbookModel::progressChanged);
        model.setIncident(incident, people);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.finished(), 2);
        QCOMPARE(model.progress(), 2.0 / 3.0);
        QCOMPARE(progress.size(), 1);
        QVERIFY(model.index(0).data(RunbookModel::FirstOfRunbookRole).toBool());
        QVERIFY(!model.index(1).data(RunbookModel::FirstOfRunbookRole).toBool());
        QCOMPARE(model.index(0).data(RunbookModel::DoneByRole).toString(), QStringLiteral("Marcus"));
        QCOMPARE(model.index(1).data(RunbookModel::StateRole).toString(), QStringLiteral("todo"));
        QCOMPARE(model.index(2).data(RunbookModel::NoteRole).toString(), QStringLiteral("n/a"));
        QCOMPARE(model.index(2).data(RunbookModel::RunbookTitleRole).toString(), QStringLiteral("Comms"));

        model.setIncident({}, people);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.progress(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRunbookModel)
#include "tst_runbookmodel.moc"

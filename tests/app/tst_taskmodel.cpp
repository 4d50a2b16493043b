// SPDX-License-Identifier: GPL-3.0-or-later
// The Tasks tab's model: open work first (response tasks before follow-ups, soonest due first),
// then what was done or dropped; owners by name; overdue marked and counted.
#include "app/peoplemodel.h"
#include "app/taskmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {
constexpr qint64 kNow = 1'795'000'000'000;
constexpr qint64 kMinute = 60'000;

Task task(const QString &id, TaskKind kind, const QString &title, qint64 due,
          TaskStatus status = TaskStatus::Open, const QString &owner = {})
{
    Task t;
    t.id = id;
    t.kind = kind;
    t.title = title;
    t.dueMs = due;
    t.status = status;
    t.ownerId = owner;
    t.createdMs = kNow - 60 * kMinute;
    return t;
}
} // namespace

class TestTaskModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openWorkFirstSoonestDueFirst()
    {
        PeopleModel people;
        people.setPeople({{QStringLiteral("p1"), QStringLiteral("Kenji Tanaka"), {}, {}, {}}});
        Incident incident;
        incident.id = QStringLiteral("i");
        for (const Task &t :
             {task(QStringLiteral("t1"), TaskKind::ActionItem, QStringLiteral("Add a canary"), 0),
              task(QStringLiteral("t2"), TaskKind::Task, QStringLiteral("Check CDN"), kNow + 30 * kMinute,
                   TaskStatus::Open, QStringLiteral("p1")),
              task(QStringLiteral("t3"), TaskKind::Task, QStringLiteral("Roll back"), kNow - 5 * kMinute),
              task(QStringLiteral("t4"), TaskKind::Task, QStringLiteral("Page DBA"), 0, TaskStatus::Done),
              task(QStringLiteral("t5"), TaskKind::Task, QStringLiteral("Undo flag"), 0,
                   TaskStatus::Dropped)})
            incident.tasks.insert(t.id, t);

        TaskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &TaskModel::openCountChanged);
        model.setIncident(incident, people, kNow);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row).data(TaskModel::IdRole).toString();
        // Overdue task, task due later, the follow-up, then the finished ones.
        QCOMPARE(order,
                 (QStringList {QStringLiteral("t3"), QStringLiteral("t2"), QStringLiteral("t1"),
                               QStringLiteral("t4"), QStringLiteral("t5")}));
        QCOMPARE(model.openCount(), 3);
        QCOMPARE(model.overdueCount(), 1);
        QCOMPARE(counts.size(), 1);
        auto at = [&](int row, int role) { return model.index(row).data(role); };
        QVERIFY(at(0, TaskModel::OverdueRole).toBool());
        QVERIFY(!at(1, TaskModel::OverdueRole).toBool());
        QCOMPARE(at(1, TaskModel::OwnerNameRole).toString(), QStringLiteral("Kenji Tanaka"));
        QCOMPARE(at(1, TaskModel::DueRole).toDouble(), double(kNow + 30 * kMinute));
        QCOMPARE(at(2, TaskModel::KindRole).toString(), QStringLiteral("action"));
        QCOMPARE(at(2, TaskModel::KindLabelRole).toString(), QStringLiteral("Action item"));
        QCOMPARE(at(2, TaskModel::OwnerNameRole).toString(), QString());
        QCOMPARE(at(3, TaskModel::StatusRole).toString(), QStringLiteral("done"));
        QCOMPARE(at(4, TaskModel::StatusLabelRole).toString(), QStringLiteral("Dropped"));
        QVERIFY(!at(3, TaskModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(5), TaskModel::TitleRole), QVariant());

        // Done: it moves down and the counts follow.
        incident.tasks[QStringLiteral("t3")].status = TaskStatus::Done;
        model.setIncident(incident, people, kNow);
        QCOMPARE(model.openCount(), 2);
        QCOMPARE(model.overdueCount(), 0);
        QCOMPARE(model.index(0).data(TaskModel::IdRole).toString(), QStringLiteral("t2"));
    }

    // An action item sent to Jira says so until the relay filed it, then shows the issue.
    void anActionItemShowsItsJiraIssue()
    {
        PeopleModel people;
        Incident incident;
        incident.id = QStringLiteral("i");
        Task sent = task(QStringLiteral("t1"), TaskKind::ActionItem, QStringLiteral("Add a canary"), 0);
        sent.trackerRequestedMs = kNow;
        Task filed = task(QStringLiteral("t2"), TaskKind::ActionItem, QStringLiteral("Cap retries"), 0);
        filed.trackerRequestedMs = kNow;
        filed.tracker = {QStringLiteral("OPS-7"), QStringLiteral("https://acme.atlassian.net/browse/OPS-7"),
                         QStringLiteral("Done"), QStringLiteral("done"), QStringLiteral("int-j")};
        incident.tasks.insert(sent.id, sent);
        incident.tasks.insert(filed.id, filed);
        TaskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(incident, people, kNow);
        auto of = [&](const QString &id, int role) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row).data(TaskModel::IdRole).toString() == id)
                    return model.index(row).data(role);
            }
            return QVariant();
        };
        QVERIFY(of(QStringLiteral("t1"), TaskModel::TrackerRequestedRole).toBool());
        QCOMPARE(of(QStringLiteral("t1"), TaskModel::TrackerKeyRole).toString(), QString());
        QVERIFY(!of(QStringLiteral("t2"), TaskModel::TrackerRequestedRole).toBool());
        QCOMPARE(of(QStringLiteral("t2"), TaskModel::TrackerKeyRole).toString(), QStringLiteral("OPS-7"));
        QCOMPARE(of(QStringLiteral("t2"), TaskModel::TrackerUrlRole).toString(),
                 QStringLiteral("https://acme.atlassian.net/browse/OPS-7"));
        QCOMPARE(of(QStringLiteral("t2"), TaskModel::TrackerStatusRole).toString(), QStringLiteral("Done"));
        QVERIFY(of(QStringLiteral("t2"), TaskModel::TrackerDoneRole).toBool());
        QVERIFY(model.roleNames().values().contains("trackerKey"));
    }
};

QTEST_GUILESS_MAIN(TestTaskModel)
#include "tst_taskmodel.moc"

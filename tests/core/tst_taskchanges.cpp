// SPDX-License-Identifier: GPL-3.0-or-later
// Tasks and action items as ops: each attribute its own register (so concurrent edits of one
// task keep both), a log line for every change a responder makes, validation of what arrives.
#include "core/changes.h"
#include "core/fields.h"
#include "core/ids.h"
#include "core/taskchanges.h"
#include "core/workspacestate.h"

#include <QTest>

using namespace muster;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

// Turns changes into ops from one replica and applies them, as the store would.
struct Replica
{
    WorkspaceState state;
    QString replica = QStringLiteral("a000000000000001");
    qint64 counter = 0;
    qint64 wall = kNow;
    QList<Operation> ops; // everything applied, to hand to another replica

    void apply(const QList<Change> &changes)
    {
        for (const Change &c : changes) {
            const Operation op {{replica, ++counter},
                                {++wall, 0},
                                QString(),
                                QStringLiteral("ws"),
                                c.kind,
                                c.entity,
                                c.field,
                                c.value};
            QString error;
            QVERIFY2(validateOperation(op).isEmpty(), qPrintable(validateOperation(op)));
            QVERIFY2(state.apply(op, &error) == WorkspaceState::Applied::Changed, qPrintable(error));
            ops.append(op);
        }
    }
    Incident incident(const QString &id) const { return state.incidents().value(id); }
    QString lastLog(const QString &id) const { return state.log(id).last().text; }
};

} // namespace

class TestTaskChanges : public QObject
{
    Q_OBJECT

    const QString id = newEntityId(kNow);
    const QString kenji = newEntityId(kNow);
    const QString task = newEntityId(kNow + 1);

    void declare(Replica &r)
    {
        Declaration d;
        d.title = QStringLiteral("Checkout returns 502");
        d.commanderId = newEntityId(kNow);
        d.commanderName = QStringLiteral("Priya");
        r.apply(changes::declareIncident(id, d, kNow));
    }

private Q_SLOTS:
    void aTaskIsAddedWithOwnerAndDueTimeAndLogged()
    {
        Replica r;
        declare(r);
        r.apply(changes::addTask(r.incident(id), task,
                                 {TaskKind::Task, QStringLiteral("  Check the CDN\terror rate "), kenji,
                                  QStringLiteral("Kenji Tanaka"), kNow + 30 * 60'000},
                                 kNow));
        const Task added = r.incident(id).tasks.value(task);
        QCOMPARE(added.id, task);
        QCOMPARE(added.title, QStringLiteral("Check the CDN error rate"));
        QCOMPARE(added.ownerId, kenji);
        QCOMPARE(added.dueMs, kNow + 30 * 60'000);
        QCOMPARE(added.status, TaskStatus::Open);
        QCOMPARE(added.kind, TaskKind::Task);
        QCOMPARE(added.createdMs, kNow);
        QCOMPARE(r.lastLog(id),
                 QStringLiteral("Task added: Check the CDN error rate (Kenji Tanaka, due 2023-11-14 "
                                "22:43 UTC)"));
        QCOMPARE(r.state.log(id).last().kind, LogKind::Action);
    }

    void statusOwnerAndDueChangeEachWithALine()
    {
        Replica r;
        declare(r);
        r.apply(changes::addTask(r.incident(id), task,
                                 {TaskKind::ActionItem, QStringLiteral("Add a canary stage"), {}, {}, 0},
                                 kNow));
        QCOMPARE(r.lastLog(id), QStringLiteral("Action item added: Add a canary stage"));
        r.apply(changes::setTaskOwner(r.incident(id), task, kenji, QStringLiteral("Kenji Tanaka")));
        QCOMPARE(r.lastLog(id), QStringLiteral("Action item now owned by Kenji Tanaka: Add a canary stage"));
        r.apply(changes::setTaskDue(r.incident(id), task, kNow + 86'400'000));
        QVERIFY(r.lastLog(id).startsWith(QStringLiteral("Action item due 2023-11-15")));
        r.apply(changes::setTaskStatus(r.incident(id), task, TaskStatus::Done));
        QCOMPARE(r.lastLog(id), QStringLiteral("Action item done: Add a canary stage"));
        QCOMPARE(r.incident(id).tasks.value(task).status, TaskStatus::Done);
        r.apply(changes::setTaskStatus(r.incident(id), task, TaskStatus::Open));
        QCOMPARE(r.lastLog(id), QStringLiteral("Action item reopened: Add a canary stage"));
        r.apply(changes::setTaskDue(r.incident(id), task, 0));
        QCOMPARE(r.incident(id).tasks.value(task).dueMs, 0);
        r.apply(changes::setTaskTitle(r.incident(id), task,
                                      QStringLiteral("Add a canary stage to checkout-api")));
        QCOMPARE(r.incident(id).tasks.value(task).title,
                 QStringLiteral("Add a canary stage to checkout-api"));
        // Nothing changes, nothing is written; an unknown task is left alone.
        QVERIFY(changes::setTaskStatus(r.incident(id), task, TaskStatus::Open).isEmpty());
        QVERIFY(changes::setTaskOwner(r.incident(id), task, kenji, QString()).isEmpty());
        QVERIFY(changes::setTaskStatus(r.incident(id), newEntityId(kNow + 9), TaskStatus::Done).isEmpty());
    }

    void concurrentEditsOfOneTaskKeepBoth()
    {
        // Two replicas change different attributes of the same task at once.
        Replica a, b;
        b.replica = QStringLiteral("b000000000000002");
        declare(a);
        a.apply(changes::addTask(a.incident(id), task,
                                 {TaskKind::Task, QStringLiteral("Roll back"), {}, {}, 0}, kNow));
        for (const Operation &op : std::as_const(a.ops))
            b.state.apply(op);
        const QList<Change> done = changes::setTaskStatus(a.incident(id), task, TaskStatus::Done);
        const QList<Change> owned
            = changes::setTaskOwner(b.incident(id), task, kenji, QStringLiteral("Kenji"));
        a.apply(done);
        b.apply(owned);
        for (const Operation &op : std::as_const(b.ops))
            a.state.apply(op);
        QCOMPARE(a.incident(id).tasks.value(task).status, TaskStatus::Done);
        QCOMPARE(a.incident(id).tasks.value(task).ownerId, kenji);
    }

    void badTaskValuesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QCborValue>("value");
        const QString t = newEntityId(kNow);
        QTest::newRow("empty title") << taskField(t, taskattr::title) << QCborValue(QStringLiteral("  "));
        QTest::newRow("two-line title")
            << taskField(t, taskattr::title) << QCborValue(QStringLiteral("a\nb"));
        QTest::newRow("unknown kind") << taskField(t, taskattr::kind) << QCborValue(QStringLiteral("chore"));
        QTest::newRow("owner not an id")
            << taskField(t, taskattr::owner) << QCborValue(QStringLiteral("bob"));
        QTest::newRow("due as text") << taskField(t, taskattr::due) << QCborValue(QStringLiteral("10:30"));
        QTest::newRow("negative due") << taskField(t, taskattr::due) << QCborValue(-5);
        QTest::newRow("unknown status")
            << taskField(t, taskattr::status) << QCborValue(QStringLiteral("maybe"));
        QTest::newRow("unknown attribute")
            << QStringLiteral("task.%1.colour").arg(t) << QCborValue(QStringLiteral("red"));
        QTest::newRow("bad id") << QStringLiteral("task.x'; DROP TABLE tasks;--.title")
                                << QCborValue(QStringLiteral("x"));
        QTest::newRow("request as text")
            << taskField(t, taskattr::trackerRequested) << QCborValue(QStringLiteral("now"));
        QTest::newRow("issue not a map")
            << taskField(t, taskattr::tracker) << QCborValue(QStringLiteral("OPS-1"));
        auto issue = [](const QString &key, const QString &url) {
            return QCborMap {{QStringLiteral("key"), key}, {QStringLiteral("url"), url}};
        };
        QTest::newRow("issue key lower case")
            << taskField(t, taskattr::tracker)
            << QCborValue(issue(QStringLiteral("ops-1"), QStringLiteral("https://j/browse/ops-1")));
        QTest::newRow("issue page not http")
            << taskField(t, taskattr::tracker)
            << QCborValue(issue(QStringLiteral("OPS-1"), QStringLiteral("javascript:alert(1)")));
        QCborMap twoLines = issue(QStringLiteral("OPS-1"), QStringLiteral("https://j/browse/OPS-1"));
        twoLines.insert(QStringLiteral("status"), QStringLiteral("Done\nreally"));
        QTest::newRow("status of two lines") << taskField(t, taskattr::tracker) << QCborValue(twoLines);
    }

    // Sending to Jira is a request on the item and a log line; the relay's answer is a map.
    void anActionItemIsSentToJiraOnce()
    {
        Replica r;
        declare(r);
        changes::NewTask follow;
        follow.kind = TaskKind::ActionItem;
        follow.title = QStringLiteral("Add a canary for checkout");
        r.apply(changes::addTask(r.incident(id), task, follow, kNow + 10));
        const QList<Change> send
            = changes::requestTrackerIssue(r.incident(id), task, QStringLiteral("Jira"), kNow + 20);
        QCOMPARE(send.size(), 2);
        r.apply(send);
        QCOMPARE(r.incident(id).tasks.value(task).trackerRequestedMs, kNow + 20);
        QCOMPARE(r.lastLog(id), QStringLiteral("Action item sent to Jira: Add a canary for checkout"));
        // Asked again while it waits: said so in the log.
        r.apply(changes::requestTrackerIssue(r.incident(id), task, QStringLiteral("Jira"), kNow + 30));
        QCOMPARE(r.lastLog(id), QStringLiteral("Action item sent to Jira again: Add a canary for checkout"));

        TrackerIssue issue {
            QStringLiteral("OPS-123"), QStringLiteral("https://acme.atlassian.net/browse/OPS-123"),
            QStringLiteral("In Progress"), QStringLiteral("indeterminate"), QStringLiteral("int-abc")};
        r.apply({{OpKind::Set, incidentEntity(id), taskField(task, taskattr::tracker), issue.toCbor()}});
        QCOMPARE(r.incident(id).tasks.value(task).tracker, issue);
        QVERIFY(!issue.isDone());
        // Filed: not sent again.
        QVERIFY(
            changes::requestTrackerIssue(r.incident(id), task, QStringLiteral("Jira"), kNow + 90).isEmpty());

        // A task of the response is not sent anywhere.
        const QString chore = newEntityId(kNow + 2);
        changes::NewTask response;
        response.title = QStringLiteral("Check the CDN config");
        r.apply(changes::addTask(r.incident(id), chore, response, kNow + 40));
        QVERIFY(
            changes::requestTrackerIssue(r.incident(id), chore, QStringLiteral("Jira"), kNow + 50).isEmpty());
    }

    void badTaskValuesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QCborValue, value);
        const Change change {OpKind::Set, incidentEntity(id), field, value};
        QVERIFY(!validateChange(change).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTaskChanges)
#include "tst_taskchanges.moc"

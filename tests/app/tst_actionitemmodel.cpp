// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-incident action item list against a real MusterApp and SQLite file: items added in
// incident rooms appear with their incident, the owner filter narrows them, marking one done
// removes it (and logs it in its incident), and closing the incident keeps the rest listed.
#include "actionitemmodel.h"
#include "apptesting.h"
#include "boardmodel.h"
#include "incidentroom.h"
#include "logmodel.h"
#include "peoplemodel.h"
#include "taskmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestActionItemModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;

    ActionItemModel *items() { return (*m_app)->actionItems(); }
    IncidentRoom *room() { return (*m_app)->room(); }
    QString personNamed(const QString &name)
    {
        const auto person = (*m_app)->people()->findByName(name);
        return person ? person->id : QString();
    }
    QStringList titles()
    {
        QStringList out;
        for (int row = 0; row < items()->rowCount(); ++row)
            out << items()->index(row).data(ActionItemModel::TitleRole).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        room()->open((*m_app)->board()->topIncidentId());
        QVERIFY(m_app->settle());
    }
    void cleanup() { m_app.reset(); }

    void itemsFromTheRoomAppearFilteredByOwnerAndLeaveWhenDone()
    {
        QAbstractItemModelTester tester(items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = items()->rowCount();
        const QString kenji = personNamed(QStringLiteral("Kenji Tanaka"));
        QVERIFY(!kenji.isEmpty());
        const double due = double((*m_app)->nowMs() + 7 * 86'400'000LL);
        QCOMPARE(room()->addTask(QStringLiteral("action"), QStringLiteral("Add a canary stage"), kenji, due),
                 QString());
        QCOMPARE(room()->addTask(QStringLiteral("action"), QStringLiteral("Alert on pool saturation"),
                                 QString(), 0),
                 QString());
        QCOMPARE(room()->addTask(QStringLiteral("task"), QStringLiteral("Watch error rate"), kenji, 0),
                 QString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(items()->rowCount(), before + 2); // tasks of the response are not follow-ups
        QVERIFY(titles().contains(QStringLiteral("Add a canary stage")));
        const int row = int(titles().indexOf(QStringLiteral("Add a canary stage")));
        const QModelIndex canary = items()->index(row);
        QCOMPARE(canary.data(ActionItemModel::OwnerNameRole).toString(), QStringLiteral("Kenji Tanaka"));
        QCOMPARE(canary.data(ActionItemModel::IncidentIdRole).toString(), room()->incidentId());
        QCOMPARE(canary.data(ActionItemModel::IncidentTitleRole).toString(), room()->title());
        QCOMPARE(canary.data(ActionItemModel::DueRole).toDouble(), due);
        QVERIFY(!canary.data(ActionItemModel::OverdueRole).toBool());

        // Kenji's only: the new one among those he already had from the demo.
        QSignalSpy loaded(items(), &ActionItemModel::loaded);
        items()->setOwnerFilter(kenji);
        QVERIFY(loaded.wait());
        QVERIFY(titles().contains(QStringLiteral("Add a canary stage")));
        QVERIFY(!titles().contains(QStringLiteral("Alert on pool saturation")));
        for (int r = 0; r < items()->rowCount(); ++r)
            QCOMPARE(items()->index(r).data(ActionItemModel::OwnerNameRole).toString(),
                     QStringLiteral("Kenji Tanaka"));
        const int kenjis = items()->rowCount();

        // Done from the list: gone from it, and the incident's log says so.
        const int at = int(titles().indexOf(QStringLiteral("Add a canary stage")));
        items()->markDone(room()->incidentId(),
                          items()->index(at).data(ActionItemModel::TaskIdRole).toString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(items()->rowCount(), kenjis - 1);
        QVERIFY(!titles().contains(QStringLiteral("Add a canary stage")));
        QTRY_COMPARE(room()->log()->index(0).data(LogModel::TextRole).toString(),
                     QStringLiteral("Action item done: Add a canary stage"));

        // Closing the incident keeps its open follow-ups listed.
        items()->setOwnerFilter(QString());
        room()->setState(QStringLiteral("closed"));
        QVERIFY(m_app->settle());
        QTRY_VERIFY(titles().contains(QStringLiteral("Alert on pool saturation")));
    }

    // Sent to Jira from the list or from the room: the item says so (until the relay files it)
    // and the incident's log records who sent it; an item sent already is not sent again.
    void anItemSentToJiraSaysSoUntilFiled()
    {
        QCOMPARE(room()->addTask(QStringLiteral("action"), QStringLiteral("Cap retries at the edge"),
                                 QString(), 0),
                 QString());
        QCOMPARE(
            room()->addTask(QStringLiteral("action"), QStringLiteral("Page on queue depth"), QString(), 0),
            QString());
        QVERIFY(m_app->settle());
        auto rowOf = [this](const QString &title) {
            for (int row = 0; row < items()->rowCount(); ++row) {
                if (items()->index(row).data(ActionItemModel::TitleRole).toString() == title)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY(rowOf(QStringLiteral("Cap retries at the edge")) >= 0);
        const int row = rowOf(QStringLiteral("Cap retries at the edge"));
        QVERIFY(!items()->index(row).data(ActionItemModel::TrackerRequestedRole).toBool());
        items()->sendToJira(room()->incidentId(),
                            items()->index(row).data(ActionItemModel::TaskIdRole).toString());
        QVERIFY(m_app->settle());
        QTRY_VERIFY(items()
                        ->index(rowOf(QStringLiteral("Cap retries at the edge")))
                        .data(ActionItemModel::TrackerRequestedRole)
                        .toBool());
        QCOMPARE(items()
                     ->index(rowOf(QStringLiteral("Cap retries at the edge")))
                     .data(ActionItemModel::TrackerKeyRole)
                     .toString(),
                 QString());
        QTRY_COMPARE(room()->log()->index(0).data(LogModel::TextRole).toString(),
                     QStringLiteral("Action item sent to Jira: Cap retries at the edge"));

        // From the room's Tasks tab, the same.
        QString other;
        for (int r = 0; r < room()->tasks()->rowCount(); ++r) {
            if (room()->tasks()->index(r).data(TaskModel::TitleRole).toString() == u"Page on queue depth")
                other = room()->tasks()->index(r).data(TaskModel::IdRole).toString();
        }
        QVERIFY(!other.isEmpty());
        room()->sendToJira(other);
        QVERIFY(m_app->settle());
        QTRY_COMPARE(room()->log()->index(0).data(LogModel::TextRole).toString(),
                     QStringLiteral("Action item sent to Jira: Page on queue depth"));
        room()->sendToJira(other); // sent again while it waits: the log says so
        QVERIFY(m_app->settle());
        QTRY_COMPARE(room()->log()->index(0).data(LogModel::TextRole).toString(),
                     QStringLiteral("Action item sent to Jira again: Page on queue depth"));
    }

    void theRoomRefusesWhatItCannotRecord()
    {
        const int before = room()->tasks()->rowCount();
        QVERIFY(room()
                    ->addTask(QStringLiteral("task"), QStringLiteral("   "), QString(), 0)
                    .startsWith(QStringLiteral("Say what")));
        QVERIFY(!room()
                     ->addTask(QStringLiteral("task"), QStringLiteral("Check"),
                               QStringLiteral("01JPZZZZZZZZZZZZZZZZZZZZZZ"), 0)
                     .isEmpty());
        QVERIFY(!room()->addTask(QStringLiteral("chore"), QStringLiteral("Check"), QString(), 0).isEmpty());
        QVERIFY(!room()->addTask(QStringLiteral("task"), QString(300, u'x'), QString(), 0).isEmpty());
        QVERIFY(m_app->settle());
        QCOMPARE(room()->tasks()->rowCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestActionItemModel)
#include "tst_actionitemmodel.moc"

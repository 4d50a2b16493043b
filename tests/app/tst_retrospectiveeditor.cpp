// SPDX-License-Identifier: GPL-3.0-or-later
// The retrospective form's backend against a real MusterApp and SQLite file: it shows what is
// saved, keeps a draft while someone else changes the incident, saves with a log line, moves
// Draft → In review → Published, gives wording hints, and builds the timeline with chosen
// entries.
#include "apptesting.h"
#include "boardmodel.h"
#include "incidentroom.h"
#include "logmodel.h"
#include "retrospectiveeditor.h"
#include "retrotimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestRetrospectiveEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;

    IncidentRoom *room() { return (*m_app)->room(); }
    RetrospectiveEditor *retro() { return room()->retrospective(); }
    QString newestLog() { return room()->log()->index(0).data(LogModel::TextRole).toString(); }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        // The demo's incident in its retrospective: a summary and factors are drafted.
        const QString id = (*m_app)->board()->firstIdInState(QStringLiteral("learning"));
        QVERIFY(!id.isEmpty());
        room()->open(id);
        QVERIFY(m_app->settle());
    }
    void cleanup() { m_app.reset(); }

    void showsWhatIsSavedAndSavesWhatIsEdited()
    {
        QVERIFY(retro()->summary().startsWith(QStringLiteral("Uploads over 40 MB")));
        QVERIFY(retro()->factors().contains(QStringLiteral("OOM kills were not alerted on")));
        QVERIFY(!retro()->dirty());
        QCOMPARE(retro()->reviewState(), QStringLiteral("draft"));
        QCOMPARE(retro()->impactDuration(), QStringLiteral("50m"));

        retro()->setWentPoorly(QStringLiteral("The first signal was a customer ticket."));
        QVERIFY(retro()->dirty());
        // A teammate's change to the incident meanwhile does not wipe the draft.
        room()->setSeverity(2);
        QVERIFY(m_app->settle());
        QCOMPARE(retro()->wentPoorly(), QStringLiteral("The first signal was a customer ticket."));
        QVERIFY(retro()->dirty());

        QCOMPARE(retro()->save(), QString());
        QVERIFY(m_app->settle());
        QTRY_VERIFY(!retro()->dirty());
        QCOMPARE(room()->incident().retrospective.part(retropart::wentPoorly),
                 QStringLiteral("The first signal was a customer ticket."));
        QTRY_COMPARE(newestLog(), QStringLiteral("Retrospective updated: What went poorly"));

        // Revert drops a draft.
        retro()->setLucky(QStringLiteral("It happened on a quiet day."));
        retro()->revert();
        QCOMPARE(retro()->lucky(), QString());
        QVERIFY(!retro()->dirty());
    }

    void movesThroughReviewSavingWhatIsOnScreen()
    {
        retro()->setAffected(QStringLiteral("2% of uploads, all regions"));
        QCOMPARE(retro()->setReviewState(QStringLiteral("review")), QString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(retro()->reviewState(), QStringLiteral("review"));
        QCOMPARE(retro()->reviewStateLabel(), QStringLiteral("In review"));
        QCOMPARE(room()->incident().retrospective.part(retropart::affected),
                 QStringLiteral("2% of uploads, all regions"));
        QCOMPARE(newestLog(), QStringLiteral("Retrospective ready for review"));
        QCOMPARE(retro()->setReviewState(QStringLiteral("published")), QString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(retro()->reviewState(), QStringLiteral("published"));
        QVERIFY(!retro()->setReviewState(QStringLiteral("final")).isEmpty());
        // A part that cannot be stored is refused before anything is written.
        retro()->setSummary(QStringLiteral("bad \x01 byte"));
        QVERIFY(retro()->save().startsWith(QStringLiteral("Summary:")));
    }

    void wordingHintsForWhatIsTyped()
    {
        QCOMPARE(retro()->hintCount(), 0); // the demo's draft is blameless
        const QVariantList hints = retro()->hintsFor(QStringLiteral("Kenji broke it: human error."));
        QCOMPARE(hints.size(), 2);
        QCOMPARE(hints.at(0).toMap().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("person-caused"));
        QCOMPARE(hints.at(1).toMap().value(QStringLiteral("words")).toString(),
                 QStringLiteral("human error"));
        QVERIFY(!hints.at(1).toMap().value(QStringLiteral("suggestion")).toString().isEmpty());
        retro()->setFactors(retro()->factors() + QStringLiteral("\nThe on-call should have known."));
        QCOMPARE(retro()->hintCount(), 1);
    }

    void theTimelineIsBuiltWhenShownAndEntriesCanBeChosen()
    {
        RetroTimelineModel *timeline = retro()->timeline();
        QAbstractItemModelTester tester(timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(timeline->rowCount(), 0); // not on screen: the log is not read
        retro()->setActive(true);
        QTRY_VERIFY(timeline->rowCount() > 5);
        QCOMPARE(timeline->index(0).data(RetroTimelineModel::KindRole).toString(),
                 QStringLiteral("milestone"));
        QVERIFY(timeline->index(0).data(RetroTimelineModel::IsMilestoneRole).toBool());
        // Find a log entry that is out by default (the declaration's system line) and pick it.
        int row = -1;
        for (int r = 0; r < timeline->rowCount() && row < 0; ++r) {
            if (!timeline->index(r).data(RetroTimelineModel::IncludedRole).toBool())
                row = r;
        }
        QVERIFY(row >= 0);
        const int before = timeline->includedCount();
        const QString logId = timeline->index(row).data(RetroTimelineModel::LogIdRole).toString();
        retro()->setIncluded(row, true);
        QVERIFY(m_app->settle());
        QTRY_COMPARE(timeline->includedCount(), before + 1);
        int again = -1;
        for (int r = 0; r < timeline->rowCount(); ++r) {
            if (timeline->index(r).data(RetroTimelineModel::LogIdRole).toString() == logId)
                again = r;
        }
        QVERIFY(timeline->index(again).data(RetroTimelineModel::IncludedRole).toBool());
        // Milestones are always in; choosing them does nothing.
        retro()->setIncluded(0, false);
        QVERIFY(m_app->settle());
        QCOMPARE(timeline->includedCount(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestRetrospectiveEditor)
#include "tst_retrospectiveeditor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The retrospective as ops and as a document: its parts and review state are registers, the
// timeline is built from milestones and the log with chosen entries, and the impact duration
// runs from impact start to mitigation.
#include "core/changes.h"
#include "core/fields.h"
#include "core/ids.h"
#include "core/retrochanges.h"
#include "core/workspacestate.h"

#include <QTest>

using namespace muster;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;
constexpr qint64 kMinute = 60'000;

struct Replica
{
    WorkspaceState state;
    qint64 counter = 0;
    qint64 wall = kNow;

    void apply(const QList<Change> &changes)
    {
        for (const Change &c : changes) {
            const Operation op {{QStringLiteral("a000000000000001"), ++counter},
                                {wall += kMinute, 0},
                                QString(),
                                QStringLiteral("ws"),
                                c.kind,
                                c.entity,
                                c.field,
                                c.value};
            QVERIFY2(validateOperation(op).isEmpty(), qPrintable(validateOperation(op)));
            QString error;
            QVERIFY2(state.apply(op, &error) == WorkspaceState::Applied::Changed, qPrintable(error));
        }
    }
};

} // namespace

class TestRetrospective : public QObject
{
    Q_OBJECT

    const QString id = newEntityId(kNow);

    void declare(Replica &r)
    {
        Declaration d;
        d.title = QStringLiteral("Checkout 502s");
        d.commanderId = newEntityId(kNow);
        d.commanderName = QStringLiteral("Priya");
        r.apply(changes::declareIncident(id, d, kNow));
    }

private Q_SLOTS:
    void partsAndReviewStateAreSavedAndLogged()
    {
        Replica r;
        declare(r);
        r.apply(changes::saveRetrospective(
            r.state.incidents().value(id),
            {{retropart::summary, QStringLiteral("  Checkout failed for 38% of EU.  ")},
             {retropart::factors, QStringLiteral("No canary for EU.\nRetries amplified.")},
             {retropart::lucky, QString()}}));
        const Retrospective retro = r.state.incidents().value(id).retrospective;
        QCOMPARE(retro.part(retropart::summary), QStringLiteral("Checkout failed for 38% of EU."));
        QCOMPARE(retro.part(retropart::factors), QStringLiteral("No canary for EU.\nRetries amplified."));
        QCOMPARE(r.state.log(id).last().text,
                 QStringLiteral("Retrospective updated: Summary, Contributing factors"));
        // Saving the same again writes nothing.
        QVERIFY(changes::saveRetrospective(
                    r.state.incidents().value(id),
                    {{retropart::summary, QStringLiteral("Checkout failed for 38% of EU.")}})
                    .isEmpty());
        // Emptying a part removes it.
        r.apply(changes::saveRetrospective(r.state.incidents().value(id), {{retropart::factors, QString()}}));
        QVERIFY(r.state.incidents().value(id).retrospective.part(retropart::factors).isEmpty());

        QCOMPARE(r.state.incidents().value(id).retrospective.state, ReviewState::Draft);
        r.apply(changes::setReviewState(r.state.incidents().value(id), ReviewState::InReview));
        QCOMPARE(r.state.log(id).last().text, QStringLiteral("Retrospective ready for review"));
        r.apply(changes::setReviewState(r.state.incidents().value(id), ReviewState::Published));
        QCOMPARE(r.state.incidents().value(id).retrospective.state, ReviewState::Published);
        QCOMPARE(r.state.log(id).last().text, QStringLiteral("Retrospective published"));
        QVERIFY(changes::setReviewState(r.state.incidents().value(id), ReviewState::Published).isEmpty());
    }

    void theTimelineHoldsMilestonesAndChosenEntries()
    {
        Replica r;
        declare(r);
        r.apply(changes::logEntry(id, LogKind::Note, QStringLiteral("Error rate is 38%")));
        r.apply(changes::logEntry(id, LogKind::Decision, QStringLiteral("Roll back checkout")));
        r.apply(changes::logEntry(id, LogKind::Action, QStringLiteral("Rollback started at 09:12")));
        const QList<LogEntry> log = r.state.log(id);
        const LogEntry note = log.at(log.size() - 3), decision = log.at(log.size() - 2), action = log.last();
        // A correction stands in for what it corrects.
        r.apply(
            changes::logEntry(id, LogKind::Action, QStringLiteral("Rollback started at 09:14"), action.id));

        auto texts = [&](bool all) {
            QStringList out;
            for (const TimelineEntry &e : retroTimeline(r.state.incidents().value(id), r.state.log(id), all))
                out << e.what;
            return out;
        };
        QStringList shown = texts(false);
        QVERIFY(shown.contains(QStringLiteral("Detected"))); // milestones always
        QVERIFY(shown.contains(QStringLiteral("Roll back checkout")));
        QVERIFY(shown.contains(QStringLiteral("Rollback started at 09:14")));
        QVERIFY(!shown.contains(QStringLiteral("Rollback started at 09:12")));
        QVERIFY(!shown.contains(QStringLiteral("Error rate is 38%"))); // notes are picked, not default
        QVERIFY(texts(true).contains(QStringLiteral("Error rate is 38%")));

        // Pick the note in, leave the decision out; back to the default removes the choice.
        r.apply(changes::setTimelineInclusion(r.state.incidents().value(id), note.id, note.kind, true));
        r.apply(
            changes::setTimelineInclusion(r.state.incidents().value(id), decision.id, decision.kind, false));
        shown = texts(false);
        QVERIFY(shown.contains(QStringLiteral("Error rate is 38%")));
        QVERIFY(!shown.contains(QStringLiteral("Roll back checkout")));
        r.apply(
            changes::setTimelineInclusion(r.state.incidents().value(id), decision.id, decision.kind, true));
        QVERIFY(!r.state.incidents().value(id).retrospective.inclusion.contains(decision.id));
        QVERIFY(texts(false).contains(QStringLiteral("Roll back checkout")));

        // In time order.
        const auto timeline = retroTimeline(r.state.incidents().value(id), r.state.log(id), true);
        for (qsizetype i = 1; i < timeline.size(); ++i)
            QVERIFY(timeline.at(i - 1).atMs <= timeline.at(i).atMs);
    }

    void impactRunsFromImpactStartToMitigation()
    {
        Incident incident;
        QCOMPARE(impactDurationMs(incident, kNow), 0);
        incident.milestones = {{Milestone::Detected, kNow - 50 * kMinute}};
        QCOMPARE(impactDurationMs(incident, kNow), 50 * kMinute); // still going: until now
        incident.milestones.insert(Milestone::ImpactStarted, kNow - 60 * kMinute);
        incident.milestones.insert(Milestone::Resolved, kNow - 5 * kMinute);
        QCOMPARE(impactDurationMs(incident, kNow), 55 * kMinute);
        incident.milestones.insert(Milestone::Mitigated, kNow - 20 * kMinute);
        QCOMPARE(impactDurationMs(incident, kNow), 40 * kMinute);
    }

    void badRetrospectiveValuesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QCborValue>("value");
        QTest::newRow("unknown part") << QStringLiteral("retro.mood") << QCborValue(QStringLiteral("good"));
        QTest::newRow("part as number") << retroField(retropart::summary) << QCborValue(5);
        QTest::newRow("control character")
            << retroField(retropart::factors) << QCborValue(QStringLiteral("a\x01b"));
        QTest::newRow("unknown state") << retroStateField() << QCborValue(QStringLiteral("final"));
        QTest::newRow("inclusion as text") << retroInclusionField({QStringLiteral("a000000000000001"), 3})
                                           << QCborValue(QStringLiteral("yes"));
        QTest::newRow("inclusion without counter")
            << QStringLiteral("retro.include.a000000000000001") << QCborValue(true);
    }

    void badRetrospectiveValuesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QCborValue, value);
        QVERIFY(!validateChange({OpKind::Set, incidentEntity(id), field, value}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRetrospective)
#include "tst_retrospective.moc"

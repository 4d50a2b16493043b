// SPDX-License-Identifier: GPL-3.0-or-later
// The notifications for a SEV1/SEV2 declared by a teammate and for command coming to the user,
// read from the board as it loads: what each would show, and when each must stay quiet. New
// incidents are announced after they settle; the harness makes that immediate.
#include "boardmodel.h"
#include "incidentnotifier.h"

#include <QTest>

using namespace muster;

namespace {
constexpr qint64 kNow = 1'780'000'000'000;

IncidentSummary incident(const QString &id, Severity severity, const QString &commanderId, bool drill = false,
                         qint64 startedAtMs = kNow - 60'000)
{
    IncidentSummary s;
    s.startedAtMs = startedAtMs;
    s.id = id;
    s.title = QStringLiteral("Checkout 500s in eu-west-1");
    s.severity = severity;
    s.state = LifecycleState::Investigating;
    s.commanderId = commanderId;
    s.commanderName = commanderId.isEmpty() ? QString() : QStringLiteral("Daniel Okafor");
    s.drill = drill;
    return s;
}

struct Harness
{
    BoardModel board;
    QStringList summaries;
    QStringList bodies;
    bool atTheWindow = false;
    IncidentNotifier notifier {&board,
                               [this](const QString &summary, const QString &body) {
                                   summaries << summary;
                                   bodies << body;
                               },
                               [this] { return atTheWindow; }};

    Harness()
    {
        notifier.setSettleMs(0);
        notifier.setClock([] { return kNow; });
    }

    // Loads the board and lets whatever is new settle.
    void load(const QList<IncidentSummary> &incidents)
    {
        board.merge(incidents);
        notifier.check(QStringLiteral("me"));
        QTest::qWait(20);
    }
};
} // namespace

class TestIncidentNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSev1DeclaredByATeammateIsAnnouncedOnce()
    {
        Harness h;
        h.load({incident(QStringLiteral("old"), Severity::Sev1, QStringLiteral("daniel"))});
        QVERIFY(h.summaries.isEmpty()); // on the board at start: not news
        h.load({incident(QStringLiteral("old"), Severity::Sev1, QStringLiteral("daniel")),
                incident(QStringLiteral("new"), Severity::Sev1, QStringLiteral("daniel"))});
        QCOMPARE(h.summaries, QStringList {QStringLiteral("SEV1 declared: Checkout 500s in eu-west-1")});
        QCOMPARE(h.bodies, QStringList {QStringLiteral("Incident Commander: Daniel Okafor")});
        h.load({incident(QStringLiteral("old"), Severity::Sev1, QStringLiteral("daniel")),
                incident(QStringLiteral("new"), Severity::Sev1, QStringLiteral("daniel"))});
        QCOMPARE(h.summaries.size(), 1);
    }

    void theFirstIncidentOfAnEmptyWorkspaceIsAnnouncedToo()
    {
        Harness h;
        h.load({});
        h.load({incident(QStringLiteral("new"), Severity::Sev2, {})});
        QCOMPARE(h.summaries, QStringList {QStringLiteral("SEV2 declared: Checkout 500s in eu-west-1")});
        QCOMPARE(h.bodies, QStringList {QStringLiteral("Nobody has taken command yet.")});
    }

    void lesserSeveritiesDrillsAndOnesOwnStayQuiet()
    {
        Harness h;
        h.load({});
        h.load({incident(QStringLiteral("sev3"), Severity::Sev3, QStringLiteral("daniel")),
                incident(QStringLiteral("drill"), Severity::Sev1, QStringLiteral("daniel"), true),
                incident(QStringLiteral("mine"), Severity::Sev1, QStringLiteral("me"))});
        QVERIFY(h.summaries.isEmpty());
    }

    void commandHandedToTheUserIsAnnouncedWhenTheyAreNotAtTheWindow()
    {
        Harness h;
        h.load({incident(QStringLiteral("a"), Severity::Sev2, QStringLiteral("daniel"))});
        h.load({incident(QStringLiteral("a"), Severity::Sev2, QStringLiteral("me"))});
        QCOMPARE(h.summaries,
                 QStringList {QStringLiteral("You are Incident Commander: Checkout 500s in eu-west-1")});
        QCOMPARE(h.bodies,
                 QStringList {QStringLiteral("SEV2 · command of this incident was handed to you.")});
        // Back to Daniel and to the user again while they are at the window (they accepted it
        // there): seen, not announced.
        h.load({incident(QStringLiteral("a"), Severity::Sev2, QStringLiteral("daniel"))});
        h.atTheWindow = true;
        h.load({incident(QStringLiteral("a"), Severity::Sev2, QStringLiteral("me"))});
        QCOMPARE(h.summaries.size(), 1);
    }

    void commandThatNobodyHeldGivenToTheUserIsAnnouncedToo()
    {
        Harness h;
        h.load({incident(QStringLiteral("a"), Severity::Sev2, {})});
        h.load({incident(QStringLiteral("a"), Severity::Sev2, QStringLiteral("me"))});
        QCOMPARE(h.bodies, QStringList {QStringLiteral("SEV2 · you were given command of this incident.")});
        // Taken at the window: seen there.
        h.load({incident(QStringLiteral("b"), Severity::Sev3, {})});
        h.atTheWindow = true;
        h.load({incident(QStringLiteral("b"), Severity::Sev3, QStringLiteral("me"))});
        QCOMPARE(h.bodies.size(), 1);
    }

    void aDrillWhoseFlagArrivesInALaterBatchStaysQuiet()
    {
        Harness h;
        h.notifier.setSettleMs(200);
        h.load({});
        // The declaration's severity and title came in one page of the catch-up, its drill flag
        // in the next.
        h.board.merge({incident(QStringLiteral("drill"), Severity::Sev1, QStringLiteral("daniel"))});
        h.notifier.check(QStringLiteral("me"));
        h.board.merge({incident(QStringLiteral("drill"), Severity::Sev1, QStringLiteral("daniel"), true)});
        h.notifier.check(QStringLiteral("me"));
        QTest::qWait(400);
        QVERIFY(h.summaries.isEmpty());
    }

    void incidentsDetectedLongAgoThatArriveLaterAreHistory()
    {
        Harness h;
        h.load({});
        // A first sync brings last week's still-open incident and one from forty minutes ago.
        h.load({incident(QStringLiteral("week"), Severity::Sev1, QStringLiteral("daniel"), false,
                         kNow - 7 * 24 * 3600'000LL),
                incident(QStringLiteral("recent"), Severity::Sev2, QStringLiteral("daniel"), false,
                         kNow - 40 * 60'000LL)});
        QCOMPARE(h.summaries, QStringList {QStringLiteral("SEV2 declared: Checkout 500s in eu-west-1")});
        // Declared just now for an alert that has fired for seventy minutes: detected long ago,
        // but the declaration is in its log this minute. News.
        IncidentSummary fromOldAlert = incident(QStringLiteral("old alert"), Severity::Sev1,
                                                QStringLiteral("daniel"), false, kNow - 70 * 60'000LL);
        fromOldAlert.lastLogAtMs = kNow - 30'000;
        h.load({incident(QStringLiteral("week"), Severity::Sev1, QStringLiteral("daniel"), false,
                         kNow - 7 * 24 * 3600'000LL),
                incident(QStringLiteral("recent"), Severity::Sev2, QStringLiteral("daniel"), false,
                         kNow - 40 * 60'000LL),
                fromOldAlert});
        QCOMPARE(h.summaries.size(), 2);
        QCOMPARE(h.summaries.constLast(), QStringLiteral("SEV1 declared: Checkout 500s in eu-west-1"));
    }

    void eachNewIncidentGetsTheWholeSettlingTime()
    {
        Harness h;
        h.notifier.setSettleMs(600);
        h.load({});
        h.board.merge({incident(QStringLiteral("first"), Severity::Sev1, QStringLiteral("daniel"))});
        h.notifier.check(QStringLiteral("me"));
        QTest::qWait(400);
        // A second declaration arrives; its drill flag only in the next batch.
        h.board.merge({incident(QStringLiteral("first"), Severity::Sev1, QStringLiteral("daniel")),
                       incident(QStringLiteral("second"), Severity::Sev1, QStringLiteral("daniel"))});
        h.notifier.check(QStringLiteral("me"));
        QTRY_COMPARE(h.summaries.size(), 1); // the first, once settled
        h.board.merge({incident(QStringLiteral("first"), Severity::Sev1, QStringLiteral("daniel")),
                       incident(QStringLiteral("second"), Severity::Sev1, QStringLiteral("daniel"), true)});
        h.notifier.check(QStringLiteral("me"));
        QTest::qWait(900);
        QVERIFY2(h.summaries.size() == 1,
                 qPrintable(h.summaries.join(u'|'))); // the second was a drill after all
    }

    void manyAtOnceMakeOneNotification()
    {
        Harness h;
        h.load({});
        QList<IncidentSummary> outage;
        for (int i = 0; i < 5; ++i) {
            outage << incident(QStringLiteral("i%1").arg(i), i == 3 ? Severity::Sev1 : Severity::Sev2,
                               QStringLiteral("daniel"));
            outage.last().title = QStringLiteral("Team %1 down").arg(i);
        }
        h.load(outage);
        QCOMPARE(h.summaries, QStringList {QStringLiteral("5 SEV1/SEV2 incidents declared")});
        const QStringList lines = h.bodies.constFirst().split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.constFirst(), QStringLiteral("SEV1 Team 3 down")); // the most severe first
        QCOMPARE(lines.constLast(), QStringLiteral("and 2 more"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentNotifier)
#include "tst_incidentnotifier.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The notifications for a SEV1/SEV2 declared by a teammate and for command coming to the user,
// read from the board as it loads: what each would show, and when each must stay quiet.
#include "boardmodel.h"
#include "incidentnotifier.h"

#include <QTest>

using namespace muster;

namespace {
IncidentSummary incident(const QString &id, Severity severity, const QString &commanderId, bool drill = false)
{
    IncidentSummary s;
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

    void load(const QList<IncidentSummary> &incidents)
    {
        board.merge(incidents);
        notifier.check(QStringLiteral("me"));
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

    void takingCommandThatNobodyHeldIsNotAHandover()
    {
        Harness h;
        h.load({incident(QStringLiteral("a"), Severity::Sev2, {})});
        h.load({incident(QStringLiteral("a"), Severity::Sev2, QStringLiteral("me"))});
        QVERIFY(h.summaries.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIncidentNotifier)
#include "tst_incidentnotifier.moc"

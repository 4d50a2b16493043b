// SPDX-License-Identifier: GPL-3.0-or-later
// The "update due" notification with a clock the test sets: the Communications Lead is told
// once when an incident's update falls due, not before, not twice, not for others' incidents,
// not for what was already overdue when Muster started, and again after the next one is sent.
#include "boardmodel.h"
#include "updateduenotifier.h"

#include <QTest>

using namespace muster;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kStart = 1'795'000'000'000;

IncidentSummary incident(const QString &id, const QString &title, const QString &commsLead,
                         qint64 lastSent = 0)
{
    IncidentSummary s;
    s.id = id;
    s.title = title;
    s.severity = Severity::Sev1; // an update every 20 minutes
    s.state = LifecycleState::Investigating;
    s.startedAtMs = kStart;
    s.commanderId = QStringLiteral("ic");
    s.commsLeadId = commsLead;
    s.lastUpdateSentMs = lastSent;
    return s;
}
} // namespace

class TestUpdateDueNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCommunicationsLeadIsToldOnceWhenItFallsDue()
    {
        BoardModel board;
        QStringList shown;
        UpdateDueNotifier notifier(&board,
                                   [&](const QString &summary, const QString &) { shown << summary; });
        board.merge(
            {incident(QStringLiteral("a"), QStringLiteral("Checkout down"), QStringLiteral("me")),
             incident(QStringLiteral("b"), QStringLiteral("Search slow"), QStringLiteral("someone else"))});
        notifier.check(kStart + 5 * kMinute, QStringLiteral("me"));
        notifier.check(kStart + 19 * kMinute, QStringLiteral("me"));
        QVERIFY(shown.isEmpty());
        notifier.check(kStart + 20 * kMinute, QStringLiteral("me"));
        QCOMPARE(shown, QStringList {QStringLiteral("Stakeholder update due: Checkout down")});
        notifier.check(kStart + 21 * kMinute, QStringLiteral("me"));
        QCOMPARE(shown.size(), 1);
        // The update goes out at 25 minutes: the next falls due at 45.
        board.merge(
            {incident(QStringLiteral("a"), QStringLiteral("Checkout down"), QStringLiteral("me"),
                      kStart + 25 * kMinute),
             incident(QStringLiteral("b"), QStringLiteral("Search slow"), QStringLiteral("someone else"))});
        notifier.check(kStart + 44 * kMinute, QStringLiteral("me"));
        QCOMPARE(shown.size(), 1);
        notifier.check(kStart + 45 * kMinute, QStringLiteral("me"));
        QCOMPARE(shown.size(), 2);
    }

    void whatWasOverdueAtStartIsNotNewsAndTheICHoldsAnUndelegatedRole()
    {
        BoardModel board;
        QStringList shown;
        UpdateDueNotifier notifier(&board,
                                   [&](const QString &summary, const QString &) { shown << summary; });
        // Nobody delegated the role: the IC is the Communications Lead.
        board.merge({incident(QStringLiteral("a"), QStringLiteral("Checkout down"), QString())});
        notifier.check(kStart + 30 * kMinute, QStringLiteral("ic")); // overdue already when Muster started
        QVERIFY(shown.isEmpty());
        board.merge({incident(QStringLiteral("a"), QStringLiteral("Checkout down"), QString(),
                              kStart + 31 * kMinute)});
        notifier.check(kStart + 51 * kMinute, QStringLiteral("ic"));
        QCOMPARE(shown, QStringList {QStringLiteral("Stakeholder update due: Checkout down")});
    }
};

QTEST_GUILESS_MAIN(TestUpdateDueNotifier)
#include "tst_updateduenotifier.moc"

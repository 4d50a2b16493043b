// SPDX-License-Identifier: GPL-3.0-or-later
// Role spans and step runs rebuilt from role.*, runbook.* and step.* writes.
#include "core/fields.h"
#include "core/ids.h"
#include "core/incident.h"
#include "core/incidenthistory.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

using namespace muster;

namespace {
constexpr qint64 minute = 60'000;
constexpr qint64 t0 = 1'780'000'000'000; // 2026-05-28

struct W
{
    QString field;
    qint64 at;
    QString replica;
    QCborValue value;
};

// A runbook attachment's id (a real entity id: fields accept no other).
const QString &rb()
{
    static const QString id = newEntityId(t0);
    return id;
}

QCborValue step(StepState state, qint64 at)
{
    return StepProgress {state, QStringLiteral("person-a"), at, {}}.toCbor();
}

QCborValue runbook(const QString &title, const QStringList &steps)
{
    return QCborMap {{QStringLiteral("template"), QStringLiteral("db.md")},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("steps"), QCborArray::fromStringList(steps)}};
}

IncidentHistory build(const QList<W> &writes, qint64 resolvedAt = 0)
{
    IncidentHistoryBuilder builder;
    for (const W &w : writes)
        builder.add(w.field, {w.at, 0}, w.replica, w.value);
    IncidentHistory h;
    if (resolvedAt)
        h.milestones.insert(Milestone::Resolved, resolvedAt);
    builder.finish(h);
    return h;
}
} // namespace

class TestIncidentHistory : public QObject
{
    Q_OBJECT

private slots:
    void handOverSplitsTheSpan()
    {
        const QString ic = roleField(Role::IncidentCommander);
        const IncidentHistory h = build({{ic, t0, QStringLiteral("r1"), QStringLiteral("ana")},
                                         {ic, t0 + 30 * minute, QStringLiteral("r1"), QStringLiteral("ben")}},
                                        t0 + 90 * minute);
        const QList<RoleSpan> expected {
            {Role::IncidentCommander, QStringLiteral("ana"), t0, t0 + 30 * minute},
            {Role::IncidentCommander, QStringLiteral("ben"), t0 + 30 * minute, t0 + 90 * minute}};
        QCOMPARE(h.roles, expected);
    }

    void openIncidentLeavesTheLastSpanOpen()
    {
        const IncidentHistory h
            = build({{roleField(Role::CommunicationsLead), t0, QStringLiteral("r1"), QStringLiteral("cal")}});
        QCOMPARE(h.roles.size(), 1);
        QCOMPARE(h.roles.first().toMs, 0);
    }

    void undelegatingEndsTheSpanAndRewritingTheHolderDoesNot()
    {
        const QString cl = roleField(Role::CommunicationsLead);
        const IncidentHistory h = build({{cl, t0, QStringLiteral("r1"), QStringLiteral("cal")},
                                         {cl, t0 + 5 * minute, QStringLiteral("r2"), QStringLiteral("cal")},
                                         {cl, t0 + 20 * minute, QStringLiteral("r1"), QString()}},
                                        t0 + 60 * minute);
        QCOMPARE(h.roles.size(), 1);
        QCOMPARE(h.roles.first().fromMs, t0);
        QCOMPARE(h.roles.first().toMs, t0 + 20 * minute);
    }

    void rolesTakenAfterResolutionDoNotCount()
    {
        const QString scribe = roleField(Role::Scribe);
        const IncidentHistory h = build(
            {{scribe, t0 + 70 * minute, QStringLiteral("r1"), QStringLiteral("dee")}}, t0 + 60 * minute);
        QVERIFY(h.roles.isEmpty());
    }

    void anyOrderAndDuplicatesGiveTheSameHistory()
    {
        const QString ic = roleField(Role::IncidentCommander);
        const QString rbField = runbookField(rb());
        QList<W> writes {
            {ic, t0, QStringLiteral("r1"), QStringLiteral("ana")},
            {ic, t0 + 10 * minute, QStringLiteral("r2"), QStringLiteral("ben")},
            {ic, t0 + 40 * minute, QStringLiteral("r1"), QStringLiteral("ana")},
            {rbField, t0 + minute, QStringLiteral("r1"),
             runbook(QStringLiteral("DB failover"), {QStringLiteral("a"), QStringLiteral("b")})},
            {stepField(rb(), 0), t0 + 2 * minute, QStringLiteral("r1"),
             step(StepState::Doing, t0 + 2 * minute)},
            {stepField(rb(), 0), t0 + 7 * minute, QStringLiteral("r2"),
             step(StepState::Done, t0 + 7 * minute)},
            {stepField(rb(), 1), t0 + 9 * minute, QStringLiteral("r1"),
             step(StepState::Done, t0 + 9 * minute)},
        };
        const IncidentHistory reference = build(writes, t0 + 60 * minute);
        QCOMPARE(reference.roles.size(), 3);
        QCOMPARE(reference.steps.size(), 2);
        QRandomGenerator random(7);
        for (int round = 0; round < 20; ++round) {
            QList<W> shuffled = writes + writes.mid(0, int(random.bounded(writes.size())));
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            const IncidentHistory h = build(shuffled, t0 + 60 * minute);
            QCOMPARE(h.roles, reference.roles);
            QCOMPARE(h.steps, reference.steps);
        }
    }

    void stepsRunFromDoingOrFromThePreviousStep()
    {
        const QString rbField = runbookField(rb());
        const QStringList steps {QStringLiteral("Page the DBA"), QStringLiteral("Fail over"),
                                 QStringLiteral("Check replication"), QStringLiteral("Tell support")};
        const IncidentHistory h = build({
            {rbField, t0, QStringLiteral("r1"), runbook(QStringLiteral("DB failover"), steps)},
            // step 1: ticked straight off after 4 minutes: runs from the attachment
            {stepField(rb(), 0), t0 + 4 * minute, QStringLiteral("r1"),
             step(StepState::Done, t0 + 4 * minute)},
            // step 2: marked doing at 10, back to to-do, doing again at 12, done at 20
            {stepField(rb(), 1), t0 + 10 * minute, QStringLiteral("r1"),
             step(StepState::Doing, t0 + 10 * minute)},
            {stepField(rb(), 1), t0 + 11 * minute, QStringLiteral("r1"),
             step(StepState::Todo, t0 + 11 * minute)},
            {stepField(rb(), 1), t0 + 12 * minute, QStringLiteral("r1"),
             step(StepState::Doing, t0 + 12 * minute)},
            {stepField(rb(), 1), t0 + 20 * minute, QStringLiteral("r1"),
             step(StepState::Done, t0 + 20 * minute)},
            // step 3: skipped at 25 — no run, but the next step starts from it
            {stepField(rb(), 2), t0 + 25 * minute, QStringLiteral("r1"),
             step(StepState::Skipped, t0 + 25 * minute)},
            {stepField(rb(), 3), t0 + 31 * minute, QStringLiteral("r1"),
             step(StepState::Done, t0 + 31 * minute)},
        });
        const QList<StepRun> expected {
            {QStringLiteral("DB failover"), 0, steps.at(0), t0, t0 + 4 * minute},
            {QStringLiteral("DB failover"), 1, steps.at(1), t0 + 12 * minute, t0 + 20 * minute},
            {QStringLiteral("DB failover"), 3, steps.at(3), t0 + 25 * minute, t0 + 31 * minute},
        };
        QCOMPARE(h.steps, expected);
    }

    void aStepUndoneIsNotARun()
    {
        const QString rbField = runbookField(rb());
        const IncidentHistory h = build(
            {{rbField, t0, QStringLiteral("r1"), runbook(QStringLiteral("X"), {QStringLiteral("a")})},
             {stepField(rb(), 0), t0 + minute, QStringLiteral("r1"), step(StepState::Done, t0 + minute)},
             {stepField(rb(), 0), t0 + 2 * minute, QStringLiteral("r1"),
              step(StepState::Todo, t0 + 2 * minute)}});
        QVERIFY(h.steps.isEmpty());
    }

    void startIsImpactWhenKnown()
    {
        IncidentHistory h;
        h.milestones.insert(Milestone::Detected, t0);
        QCOMPARE(h.startMs(), t0);
        h.milestones.insert(Milestone::ImpactStarted, t0 - 9 * minute);
        QCOMPARE(h.startMs(), t0 - 9 * minute);
    }
};

QTEST_GUILESS_MAIN(TestIncidentHistory)
#include "tst_incidenthistory.moc"

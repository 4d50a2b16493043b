// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fields.h"
#include "core/workspacestate.h"
#include "randomops.h"

#include <QTest>
#include <algorithm>
#include <random>

using namespace muster;

class TestWorkspaceState : public QObject
{
    Q_OBJECT

    const QString incidentId = QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1");

    Operation setOp(const QString &replica, qint64 counter, HlcTimestamp hlc, const QString &field,
                    const QCborValue &value)
    {
        return {{replica, counter},         hlc,   QString(), QStringLiteral("ws"), OpKind::Set,
                incidentEntity(incidentId), field, value};
    }

private Q_SLOTS:
    void laterWriteWins()
    {
        WorkspaceState state;
        const QString r = QStringLiteral("a000000000000001");
        QCOMPARE(state.apply(setOp(r, 1, {100, 0}, fields::severity, 2)), WorkspaceState::Applied::Changed);
        QCOMPARE(state.apply(setOp(r, 2, {200, 0}, fields::severity, 1)), WorkspaceState::Applied::Changed);
        QCOMPARE(state.incidents().value(incidentId).severity, Severity::Sev1);
    }

    // The register keeps the winner's clock (what the relay stamps its own writes after).
    void aRegisterKeepsTheWinningClock()
    {
        WorkspaceState state;
        QCOMPARE(state.registerStamp(incidentEntity(incidentId), fields::severity), std::nullopt);
        state.apply(setOp(QStringLiteral("a000000000000001"), 2, {200, 0}, fields::severity, 1));
        state.apply(setOp(QStringLiteral("a000000000000002"), 1, {100, 0}, fields::severity, 4));
        QCOMPARE(state.registerStamp(incidentEntity(incidentId), fields::severity),
                 std::optional(HlcTimestamp {200, 0}));
    }

    void earlierWriteArrivingLateLoses()
    {
        WorkspaceState state;
        QCOMPARE(state.apply(setOp(QStringLiteral("a000000000000001"), 2, {200, 0}, fields::severity, 1)),
                 WorkspaceState::Applied::Changed);
        QCOMPARE(state.apply(setOp(QStringLiteral("a000000000000002"), 1, {100, 0}, fields::severity, 4)),
                 WorkspaceState::Applied::Superseded);
        QCOMPARE(state.incidents().value(incidentId).severity, Severity::Sev1);
    }

    void tieBrokenByReplicaId()
    {
        for (bool reversed : {false, true}) {
            WorkspaceState state;
            auto low = setOp(QStringLiteral("a000000000000001"), 1, {100, 0}, fields::severity, 3);
            auto high = setOp(QStringLiteral("b000000000000001"), 1, {100, 0}, fields::severity, 2);
            if (reversed)
                std::swap(low, high);
            state.apply(low);
            state.apply(high);
            QCOMPARE(state.incidents().value(incidentId).severity, Severity::Sev2);
        }
    }

    void duplicatesAreIgnored()
    {
        WorkspaceState state;
        const auto op
            = setOp(QStringLiteral("a000000000000001"), 1, {100, 0}, fields::title, QStringLiteral("x"));
        QCOMPARE(state.apply(op), WorkspaceState::Applied::Changed);
        QCOMPARE(state.apply(op), WorkspaceState::Applied::Duplicate);
        QCOMPARE(state.opCount(), 1);
    }

    void invalidOpsAreRejected()
    {
        WorkspaceState state;
        QString error;
        QCOMPARE(
            state.apply(setOp(QStringLiteral("a000000000000001"), 1, {100, 0}, fields::severity, 9), &error),
            WorkspaceState::Applied::Rejected);
        QVERIFY(!error.isEmpty());
        QVERIFY(state.incidents().isEmpty());
    }

    void undelegatedRolesAreHeldByCommander()
    {
        WorkspaceState state;
        const QString ic = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");
        const QString scribe = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA2");
        state.apply(
            setOp(QStringLiteral("a000000000000001"), 1, {100, 0}, roleField(Role::IncidentCommander), ic));
        state.apply(setOp(QStringLiteral("a000000000000001"), 2, {101, 0}, roleField(Role::Scribe), scribe));
        const Incident incident = state.incidents().value(incidentId);
        QCOMPARE(incident.holderOf(Role::Scribe), scribe);
        QCOMPARE(incident.holderOf(Role::CommunicationsLead), ic);
        QCOMPARE(incident.holderOf(Role::IncidentCommander), ic);
    }

    // The heart of it: any order, any duplicates, the same state.
    void convergesInAnyOrderWithDuplicates_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 1234u, 99991u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void convergesInAnyOrderWithDuplicates()
    {
        QFETCH(quint32, seed);
        const QList<Operation> ops = testing::randomOps(seed, 4, 400, QStringLiteral("ws"));
        WorkspaceState reference;
        for (const Operation &op : ops)
            QVERIFY(reference.apply(op) != WorkspaceState::Applied::Rejected);
        const QByteArray expected = reference.stateHash();

        std::mt19937 shuffle(seed);
        for (int round = 0; round < 5; ++round) {
            QList<Operation> delivery = ops;
            // Duplicate a random tenth of the ops, then shuffle everything.
            for (int i = 0; i < ops.size() / 10; ++i)
                delivery.append(ops.at(int(shuffle() % ops.size())));
            std::shuffle(delivery.begin(), delivery.end(), shuffle);
            WorkspaceState replica;
            for (const Operation &op : delivery)
                replica.apply(op);
            QCOMPARE(replica.stateHash(), expected);
            QCOMPARE(replica.opCount(), ops.size());
        }
    }

    void logIsInClockOrderWhateverTheArrival()
    {
        WorkspaceState a;
        WorkspaceState b;
        const QList<Operation> ops = testing::randomOps(5, 3, 200, QStringLiteral("ws"));
        for (const Operation &op : ops)
            a.apply(op);
        for (auto it = ops.crbegin(); it != ops.crend(); ++it)
            b.apply(*it);
        const auto logA = a.log(incidentId);
        const auto logB = b.log(incidentId);
        QVERIFY(!logA.isEmpty());
        QCOMPARE(logA.size(), logB.size());
        for (qsizetype i = 0; i < logA.size(); ++i)
            QCOMPARE(logA.at(i).id, logB.at(i).id);
        for (qsizetype i = 1; i < logA.size(); ++i)
            QVERIFY(logA.at(i - 1).hlc <= logA.at(i).hlc);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceState)
#include "tst_workspacestate.moc"

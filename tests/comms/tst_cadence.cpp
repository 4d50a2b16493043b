// SPDX-License-Identifier: GPL-3.0-or-later
// The update cadence with a clock the test sets: due, overdue, none, the long-incident switch,
// the reset when an update is sent, and the countdown text.
#include "comms/cadence.h"

#include <QTest>

using namespace muster;
using namespace muster::comms;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kStart = 1'795'000'000'000;
} // namespace

class TestCadence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowSeverity_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("minutes"); // 0: none
        QTest::newRow("SEV1") << 1 << 20;
        QTest::newRow("SEV2") << 2 << 30;
        QTest::newRow("SEV3") << 3 << 60;
        QTest::newRow("SEV4") << 4 << 0;
    }

    void defaultsFollowSeverity()
    {
        QFETCH(int, severity);
        QFETCH(int, minutes);
        const CadenceStatus status = cadenceStatus(
            {}, *severityFromInt(severity), LifecycleState::Investigating, kStart, 0, kStart + kMinute);
        if (minutes == 0) {
            QCOMPARE(status.state, CadenceStatus::State::None);
            QCOMPARE(cadenceText(status, kStart), QString());
            return;
        }
        QCOMPARE(status.state, CadenceStatus::State::Due);
        QCOMPARE(status.dueMs, kStart + minutes * kMinute);
        QCOMPARE(status.intervalMs, minutes * kMinute);
    }

    void dueThenOverdueThenResetBySending()
    {
        const CadencePolicy policy;
        auto at = [&](qint64 now, qint64 lastSent) {
            return cadenceStatus(policy, Severity::Sev1, LifecycleState::Investigating, kStart, lastSent,
                                 now);
        };
        QCOMPARE(at(kStart + 19 * kMinute, 0).state, CadenceStatus::State::Due);
        QCOMPARE(cadenceText(at(kStart + 19 * kMinute, 0), kStart + 19 * kMinute),
                 QStringLiteral("Update due in 1 min"));
        // 30 s left still reads as a minute, never "0 min".
        QCOMPARE(cadenceText(at(kStart + 19 * kMinute + 30'000, 0), kStart + 19 * kMinute + 30'000),
                 QStringLiteral("Update due in 1 min"));
        QCOMPARE(at(kStart + 20 * kMinute, 0).state, CadenceStatus::State::Overdue);
        QCOMPARE(cadenceText(at(kStart + 20 * kMinute, 0), kStart + 20 * kMinute),
                 QStringLiteral("Update due now"));
        QCOMPARE(cadenceText(at(kStart + 27 * kMinute, 0), kStart + 27 * kMinute),
                 QStringLiteral("Update overdue by 7 min"));
        QCOMPARE(at(kStart + 27 * kMinute, 0).remainingMs(kStart + 27 * kMinute), -7 * kMinute);
        // Sending restarts the clock from the moment it went out.
        const CadenceStatus sent = at(kStart + 27 * kMinute, kStart + 27 * kMinute);
        QCOMPARE(sent.state, CadenceStatus::State::Due);
        QCOMPARE(sent.dueMs, kStart + 47 * kMinute);
    }

    void longIncidentsGetUpdatesLessOften()
    {
        const CadencePolicy policy;
        // Last update 1 h 50 in: still every 20 minutes.
        const qint64 early = kStart + 110 * kMinute;
        QCOMPARE(
            cadenceStatus(policy, Severity::Sev1, LifecycleState::Investigating, kStart, early, early).dueMs,
            early + 20 * kMinute);
        // Sent 2 h 10 in: every 60 minutes from then on.
        const qint64 late = kStart + 130 * kMinute;
        const CadenceStatus status
            = cadenceStatus(policy, Severity::Sev1, LifecycleState::Mitigated, kStart, late, late + kMinute);
        QCOMPARE(status.intervalMs, 60 * kMinute);
        QCOMPARE(status.dueMs, late + 60 * kMinute);
        // The long interval never makes a slow cadence faster.
        CadencePolicy slow;
        slow.intervalMinutes[Severity::Sev3] = 90;
        QCOMPARE(
            cadenceStatus(slow, Severity::Sev3, LifecycleState::Investigating, kStart, late, late).intervalMs,
            90 * kMinute);
    }

    void overIncidentsNeedNoRegularUpdates_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("cadence");
        QTest::newRow("detected") << QStringLiteral("detected") << true;
        QTest::newRow("mitigated") << QStringLiteral("mitigated") << true;
        QTest::newRow("resolved") << QStringLiteral("resolved") << false;
        QTest::newRow("learning") << QStringLiteral("learning") << false;
        QTest::newRow("closed") << QStringLiteral("closed") << false;
    }

    void overIncidentsNeedNoRegularUpdates()
    {
        QFETCH(QString, state);
        QFETCH(bool, cadence);
        const CadenceStatus status
            = cadenceStatus({}, Severity::Sev1, *stateFromName(state), kStart, 0, kStart + 5 * kMinute);
        QCOMPARE(status.state != CadenceStatus::State::None, cadence);
    }

    void theWorkspaceSettingsOverrideOnlyWhatTheySet()
    {
        CommsSettings settings;
        settings.intervalMinutes.insert(Severity::Sev2, 15);
        settings.intervalMinutes.insert(Severity::Sev4, 120);
        settings.longIncidentIntervalMinutes = 45;
        const CadencePolicy policy = cadencePolicy(settings);
        QCOMPARE(policy.intervalMinutes.value(Severity::Sev1), 20); // default kept
        QCOMPARE(policy.intervalMinutes.value(Severity::Sev2), 15);
        QCOMPARE(policy.intervalMinutes.value(Severity::Sev4), 120); // SEV4 now has a cadence
        QCOMPARE(policy.longIncidentAfterMinutes, 120);
        QCOMPARE(policy.longIncidentIntervalMinutes, 45);
        QCOMPARE(cadencePolicy({}), CadencePolicy {});
    }

    void aPolicyIsChecked()
    {
        CadencePolicy policy;
        QVERIFY(policy.validate().isEmpty());
        policy.intervalMinutes[Severity::Sev2] = -5;
        QVERIFY(policy.validate().contains(QStringLiteral("SEV2")));
        policy = {};
        policy.longIncidentIntervalMinutes = 0;
        QVERIFY(!policy.validate().isEmpty());
        policy = {};
        policy.longIncidentAfterMinutes = 8 * 24 * 60;
        QVERIFY(!policy.validate().isEmpty());
        // No start time: nothing to count from.
        QCOMPARE(cadenceStatus({}, Severity::Sev1, LifecycleState::Investigating, 0, 0, kStart).state,
                 CadenceStatus::State::None);
    }
};

QTEST_GUILESS_MAIN(TestCadence)
#include "tst_cadence.moc"

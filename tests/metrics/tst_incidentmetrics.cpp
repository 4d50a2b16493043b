// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics against figures worked out by hand from a small, fixed set of incidents
// (November 2026, four ISO weeks). Every expected number below is written out with its sum.
#include "metrics/incidentmetrics.h"

#include <QTest>

using namespace muster;

namespace {
constexpr double minute = 60'000;

qint64 at(const char *isoUtc)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

IncidentHistory incident(const char *id, Severity severity, QStringList services,
                         std::initializer_list<std::pair<Milestone, const char *>> milestones)
{
    IncidentHistory h;
    h.id = QString::fromLatin1(id);
    h.title = h.id;
    h.severity = severity;
    h.services = services;
    for (const auto &[m, when] : milestones)
        h.milestones.insert(m, at(when));
    return h;
}

// The fixture:
//   A SEV1 checkout            impact 11-03 10:00, detected 10:06, ack 10:09, resolved 11:09
//   B SEV2 checkout, payments  detected 11-04 12:00, ack 12:10, resolved 14:10 (no impact start)
//   C SEV2 payments            impact 11-10 08:00, detected 08:20, ack 08:21, still open
//   D SEV3 checkout            impact 11-20 00:00, detected 00:30, ack 00:35, resolved 02:35
//   E SEV1 checkout, a drill   detected 11-18
//   F SEV1 checkout            detected 10-30, before the range
//   G SEV4 checkout            detected 11-30 00:00, the range's (exclusive) end
QList<IncidentHistory> fixture()
{
    using M = Milestone;
    IncidentHistory a = incident("A", Severity::Sev1, {QStringLiteral("checkout")},
                                 {{M::ImpactStarted, "2026-11-03T10:00:00"},
                                  {M::Detected, "2026-11-03T10:06:00"},
                                  {M::Acknowledged, "2026-11-03T10:09:00"},
                                  {M::Resolved, "2026-11-03T11:09:00"}});
    a.roles = {{Role::IncidentCommander, QStringLiteral("ana"), at("2026-11-03T10:06:00"),
                at("2026-11-03T11:09:00")},
               {Role::CommunicationsLead, QStringLiteral("cal"), at("2026-11-03T10:10:00"),
                at("2026-11-03T11:09:00")}};
    a.steps = {{QStringLiteral("Checkout rollback"), 0, QStringLiteral("Roll back"),
                at("2026-11-03T10:10:00"), at("2026-11-03T10:25:00")},
               {QStringLiteral("Checkout rollback"), 1, QStringLiteral("Verify"), at("2026-11-03T10:25:00"),
                at("2026-11-03T10:45:00")}};
    IncidentHistory b
        = incident("B", Severity::Sev2, {QStringLiteral("checkout"), QStringLiteral("payments")},
                   {{M::Detected, "2026-11-04T12:00:00"},
                    {M::Acknowledged, "2026-11-04T12:10:00"},
                    {M::Resolved, "2026-11-04T14:10:00"}});
    b.roles = {{Role::IncidentCommander, QStringLiteral("ben"), at("2026-11-04T12:00:00"),
                at("2026-11-04T14:10:00")}};
    b.steps = {{QStringLiteral("Checkout rollback"), 0, QStringLiteral("Roll back"),
                at("2026-11-04T12:15:00"), at("2026-11-04T12:20:00")}};
    IncidentHistory c = incident("C", Severity::Sev2, {QStringLiteral("payments")},
                                 {{M::ImpactStarted, "2026-11-10T08:00:00"},
                                  {M::Detected, "2026-11-10T08:20:00"},
                                  {M::Acknowledged, "2026-11-10T08:21:00"}});
    c.roles = {{Role::IncidentCommander, QStringLiteral("ana"), at("2026-11-10T08:20:00"), 0}};
    IncidentHistory d = incident("D", Severity::Sev3, {QStringLiteral("checkout")},
                                 {{M::ImpactStarted, "2026-11-20T00:00:00"},
                                  {M::Detected, "2026-11-20T00:30:00"},
                                  {M::Acknowledged, "2026-11-20T00:35:00"},
                                  {M::Resolved, "2026-11-20T02:35:00"}});
    d.roles = {{Role::IncidentCommander, QStringLiteral("ana"), at("2026-11-20T00:30:00"),
                at("2026-11-20T01:30:00")},
               {Role::IncidentCommander, QStringLiteral("ben"), at("2026-11-20T01:30:00"),
                at("2026-11-20T02:35:00")}};
    d.steps = {{QStringLiteral("Checkout rollback"), 0, QStringLiteral("Roll back"),
                at("2026-11-20T00:40:00"), at("2026-11-20T01:10:00")}};
    IncidentHistory e
        = incident("E", Severity::Sev1, {QStringLiteral("checkout")},
                   {{M::Detected, "2026-11-18T09:00:00"}, {M::Acknowledged, "2026-11-18T09:01:00"}});
    e.drill = true;
    e.roles = {{Role::IncidentCommander, QStringLiteral("cal"), at("2026-11-18T09:00:00"), 0}};
    IncidentHistory f
        = incident("F", Severity::Sev1, {QStringLiteral("checkout")},
                   {{M::Detected, "2026-10-30T09:00:00"}, {M::Resolved, "2026-10-30T10:00:00"}});
    IncidentHistory g
        = incident("G", Severity::Sev4, {QStringLiteral("checkout")}, {{M::Detected, "2026-11-30T00:00:00"}});
    return {a, b, c, d, e, f, g};
}

MetricsFilter november(Granularity granularity = Granularity::Week)
{
    return {at("2026-11-02T00:00:00"), at("2026-11-30T00:00:00"), {}, granularity, at("2026-11-29T12:00:00")};
}

void compareMinutes(double ms, double expectedMinutes)
{
    QVERIFY2(qAbs(ms / minute - expectedMinutes) < 1e-9,
             qPrintable(QStringLiteral("%1 min, expected %2").arg(ms / minute).arg(expectedMinutes)));
}
} // namespace

class TestIncidentMetrics : public QObject
{
    Q_OBJECT

private slots:
    void countsWhatIsInRangeAndLeavesOutDrills()
    {
        const MetricsReport r = computeMetrics(fixture(), november());
        QCOMPARE(r.incidents, 4); // A B C D; F before, G at the end, E a drill
        QCOMPARE(r.drillsExcluded, 1);
        QCOMPARE(r.unresolved, 1); // C
    }

    void responseTimesOverall()
    {
        const MetricsReport r = computeMetrics(fixture(), november());
        // MTTD: A 6, C 20, D 30 (B has no impact start) → mean 56/3, median 20
        QCOMPARE(r.overall.detect.count, 3);
        compareMinutes(r.overall.detect.meanMs, 56.0 / 3);
        compareMinutes(r.overall.detect.medianMs, 20);
        // MTTA: A 3, B 10, C 1, D 5 → mean 19/4, median (3 + 5) / 2
        QCOMPARE(r.overall.acknowledge.count, 4);
        compareMinutes(r.overall.acknowledge.meanMs, 4.75);
        compareMinutes(r.overall.acknowledge.medianMs, 4);
        // MTTR from acknowledgement: A 60, B 120, D 120 (C open) → mean 100, median 120
        QCOMPARE(r.overall.repairFromAck.count, 3);
        compareMinutes(r.overall.repairFromAck.meanMs, 100);
        compareMinutes(r.overall.repairFromAck.medianMs, 120);
        // MTTR from impact start: A 69, D 155 → mean and median 112
        QCOMPARE(r.overall.repairFromImpact.count, 2);
        compareMinutes(r.overall.repairFromImpact.meanMs, 112);
        compareMinutes(r.overall.repairFromImpact.medianMs, 112);
    }

    void responseTimesBySeverity()
    {
        const MetricsReport r = computeMetrics(fixture(), november());
        compareMinutes(r.bySeverity[0].detect.meanMs, 6); // SEV1: A alone (E is a drill)
        QCOMPARE(r.bySeverity[0].acknowledge.count, 1);
        // SEV2: B and C; MTTA 10 and 1 → 5.5; MTTR only B (120)
        compareMinutes(r.bySeverity[1].acknowledge.meanMs, 5.5);
        QCOMPARE(r.bySeverity[1].repairFromAck.count, 1);
        compareMinutes(r.bySeverity[1].repairFromAck.meanMs, 120);
        compareMinutes(r.bySeverity[2].repairFromImpact.meanMs, 155); // SEV3: D
        QCOMPARE(r.bySeverity[3].acknowledge.count, 0); // SEV4: none (G is out of range)
    }

    void incidentsPerWeekBySeverity()
    {
        const MetricsReport r = computeMetrics(fixture(), november());
        QCOMPARE(r.periods.size(), 4);
        QCOMPARE(r.periods.at(0).startMs, at("2026-11-02T00:00:00"));
        QCOMPARE(r.periods.at(3).startMs, at("2026-11-23T00:00:00"));
        QCOMPARE(r.periods.at(0).incidents, (std::array<int, 4> {1, 1, 0, 0})); // A, B
        QCOMPARE(r.periods.at(1).incidents, (std::array<int, 4> {0, 1, 0, 0})); // C
        QCOMPARE(r.periods.at(2).incidents, (std::array<int, 4> {0, 0, 1, 0})); // D (E a drill)
        QCOMPARE(r.periods.at(3).total(), 0);
        compareMinutes(r.periods.at(0).times.acknowledge.meanMs, 6.5); // (3 + 10) / 2
        QCOMPARE(r.periods.at(3).times.acknowledge.count, 0);
    }

    void byMonth()
    {
        MetricsFilter filter = november(Granularity::Month);
        filter.fromMs = at("2026-10-01T00:00:00");
        filter.toMs = at("2026-12-01T00:00:00");
        const MetricsReport r = computeMetrics(fixture(), filter);
        QCOMPARE(r.periods.size(), 2);
        QCOMPARE(r.periods.at(0).startMs, at("2026-10-01T00:00:00"));
        QCOMPARE(r.periods.at(0).total(), 1); // F
        QCOMPARE(r.periods.at(1).total(), 5); // A B C D G
        QCOMPARE(r.periods.at(1).incidents[3], 1);
    }

    void betweenFailuresPerService()
    {
        const MetricsReport r = computeMetrics(fixture(), november());
        QCOMPARE(r.services.size(), 2);
        const ServiceMetrics &checkout = r.services.at(0);
        QCOMPARE(checkout.service, QStringLiteral("checkout"));
        QCOMPARE(checkout.incidents, 3); // A B D
        // A resolved 11-03 11:09 → B started 11-04 12:00: 24 h 51 min = 1491 min
        // B resolved 11-04 14:10 → D started 11-20 00:00: 15 d 9 h 50 min = 22190 min
        QCOMPARE(checkout.betweenFailures.count, 2);
        compareMinutes(checkout.betweenFailures.meanMs, (1491.0 + 22190.0) / 2);
        const ServiceMetrics &payments = r.services.at(1);
        QCOMPARE(payments.incidents, 2); // B C
        // B resolved 11-04 14:10 → C's impact 11-10 08:00: 5 d 17 h 50 min = 8270 min
        compareMinutes(payments.betweenFailures.meanMs, 8270);
    }

    void aServiceWithOneIncidentHasNoMtbf()
    {
        MetricsFilter filter = november();
        filter.service = QStringLiteral("payments");
        filter.fromMs = at("2026-11-09T00:00:00");
        const MetricsReport r = computeMetrics(fixture(), filter);
        QCOMPARE(r.incidents, 1); // C
        QCOMPARE(r.services.size(), 1);
        QCOMPARE(r.services.first().betweenFailures.count, 0);
    }

    void serviceFilter()
    {
        MetricsFilter filter = november();
        filter.service = QStringLiteral("payments");
        const MetricsReport r = computeMetrics(fixture(), filter);
        QCOMPARE(r.incidents, 2); // B C
        QCOMPARE(r.drillsExcluded, 0); // E is on checkout only
        compareMinutes(r.overall.acknowledge.meanMs, 5.5);
        QCOMPARE(r.people.size(), 2); // ana (C), ben (B)
    }

    void severityFilter()
    {
        MetricsFilter filter = november();
        filter.severity = Severity::Sev2;
        const MetricsReport r = computeMetrics(fixture(), filter);
        QCOMPARE(r.incidents, 2); // B C
        QCOMPARE(r.drillsExcluded, 0); // E is a SEV1 drill
        compareMinutes(r.overall.acknowledge.meanMs, 5.5); // (10 + 1) / 2
        QCOMPARE(r.periods.at(0).incidents, (std::array<int, 4> {0, 1, 0, 0}));
        QCOMPARE(r.bySeverity[0].acknowledge.count, 0);
        filter.severity = Severity::Sev4;
        QCOMPARE(computeMetrics(fixture(), filter).incidents, 0); // G is out of range
    }

    void timeInRolesPerPerson()
    {
        const MetricsReport r = computeMetrics(fixture(), november());
        QCOMPARE(r.people.size(), 3); // cal's drill command does not count
        // ana: A 63 min + C from 11-10 08:20 until now (11-29 12:00) = 27580 min + D 60 min
        QCOMPARE(r.people.at(0).personId, QStringLiteral("ana"));
        compareMinutes(double(r.people.at(0).msByRole[0]), 63 + 27580 + 60);
        // ben: B 130 + D 65
        QCOMPARE(r.people.at(1).personId, QStringLiteral("ben"));
        compareMinutes(double(r.people.at(1).totalMs()), 195);
        // cal: Communications Lead in A, 10:10 → 11:09
        QCOMPARE(r.people.at(2).personId, QStringLiteral("cal"));
        compareMinutes(double(r.people.at(2).msByRole[2]), 59);
        QCOMPARE(r.people.at(2).msByRole[0], 0);
    }

    void runbookStepMedians()
    {
        const MetricsReport r = computeMetrics(fixture(), november());
        QCOMPARE(r.steps.size(), 2);
        // "Verify": A only, 20 min; "Roll back": A 15, B 5, D 30 → median 15, mean 50/3
        QCOMPARE(r.steps.at(0).step, QStringLiteral("Verify"));
        compareMinutes(r.steps.at(0).duration.medianMs, 20);
        QCOMPARE(r.steps.at(1).step, QStringLiteral("Roll back"));
        QCOMPARE(r.steps.at(1).duration.count, 3);
        compareMinutes(r.steps.at(1).duration.medianMs, 15);
        compareMinutes(r.steps.at(1).duration.meanMs, 50.0 / 3);
    }

    void emptyRange()
    {
        const MetricsFilter filter {at("2027-01-04T00:00:00"),
                                    at("2027-01-18T00:00:00"),
                                    {},
                                    Granularity::Week,
                                    at("2027-01-20T00:00:00")};
        const MetricsReport r = computeMetrics(fixture(), filter);
        QCOMPARE(r.incidents, 0);
        QCOMPARE(r.overall.detect.count, 0);
        QCOMPARE(r.periods.size(), 2);
        QCOMPARE(r.periods.at(1).total(), 0);
        QVERIFY(r.services.isEmpty());
        QVERIFY(r.people.isEmpty());
        QVERIFY(r.steps.isEmpty());
        QVERIFY(computeMetrics({}, filter).periods.size() == 2);
    }

    void milestonesOutOfOrderAreLeftOut()
    {
        // Acknowledged before detected (a mistyped milestone): no MTTA from it, the rest counts.
        IncidentHistory h = incident("H", Severity::Sev2, {},
                                     {{Milestone::Detected, "2026-11-05T10:00:00"},
                                      {Milestone::Acknowledged, "2026-11-05T09:00:00"},
                                      {Milestone::Resolved, "2026-11-05T11:00:00"}});
        const MetricsReport r = computeMetrics({h}, november());
        QCOMPARE(r.incidents, 1);
        QCOMPARE(r.overall.acknowledge.count, 0);
        compareMinutes(r.overall.repairFromAck.meanMs, 120);
    }

    void periodBoundaries()
    {
        QCOMPARE(periodStart(at("2026-11-08T23:59:59"), Granularity::Week), at("2026-11-02T00:00:00"));
        QCOMPARE(periodStart(at("2026-11-09T00:00:00"), Granularity::Week), at("2026-11-09T00:00:00"));
        QCOMPARE(periodStart(at("2026-12-31T12:00:00"), Granularity::Month), at("2026-12-01T00:00:00"));
        QCOMPARE(nextPeriodStart(at("2026-12-01T00:00:00"), Granularity::Month), at("2027-01-01T00:00:00"));
        QCOMPARE(nextPeriodStart(at("2026-12-28T00:00:00"), Granularity::Week), at("2027-01-04T00:00:00"));
    }

    void servicesOffered()
    {
        QCOMPARE(servicesOf(fixture()),
                 (QStringList {QStringLiteral("checkout"), QStringLiteral("payments")}));
    }

    void durationStats()
    {
        QCOMPARE(DurationStats::of({}).count, 0);
        const DurationStats odd = DurationStats::of({5, 1, 3});
        QCOMPARE(odd.medianMs, 3.0);
        QCOMPARE(odd.meanMs, 3.0);
        QCOMPARE(DurationStats::of({4, 1, 3, 10}).medianMs, 3.5);
    }
};

QTEST_GUILESS_MAIN(TestIncidentMetrics)
#include "tst_incidentmetrics.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/changes.h"
#include "core/fields.h"
#include "core/ids.h"
#include "core/runbooktemplate.h"
#include "core/workspacestate.h"

#include <QCborMap>
#include <QTest>

using namespace muster;

namespace {
// Turns changes into ops from one replica and applies them, as the store would.
struct Replica
{
    WorkspaceState state;
    qint64 counter = 0;
    qint64 wall = 1'700'000'000'000;

    void apply(const QList<Change> &changes)
    {
        for (const Change &c : changes) {
            ++wall;
            const Operation op {{QStringLiteral("a000000000000001"), ++counter},
                                {wall, 0},
                                QString(),
                                QStringLiteral("ws"),
                                c.kind,
                                c.entity,
                                c.field,
                                c.value};
            QString error;
            QVERIFY2(state.apply(op, &error) == WorkspaceState::Applied::Changed, qPrintable(error));
        }
    }
};
} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

    const QString id = newEntityId(1'700'000'000'000);
    const QString alice = newEntityId(1'700'000'000'000);
    const QString bob = newEntityId(1'700'000'000'000);

    Declaration declaration()
    {
        Declaration d;
        d.title = QStringLiteral("  Checkout returns 502  ");
        d.severity = Severity::Sev2;
        d.services = {QStringLiteral("checkout"), QStringLiteral("payments")};
        d.askCustomerVisible = true;
        d.commanderId = alice;
        d.commanderName = QStringLiteral("Alice");
        return d;
    }

private Q_SLOTS:
    void declareRecordsEverything()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        const Incident incident = r.state.incidents().value(id);
        QCOMPARE(incident.title, QStringLiteral("Checkout returns 502"));
        QCOMPARE(incident.severity, Severity::Sev2);
        QCOMPARE(incident.state, LifecycleState::Investigating);
        QCOMPARE(incident.services, (QStringList {QStringLiteral("checkout"), QStringLiteral("payments")}));
        QVERIFY(incident.askCustomerVisible);
        QVERIFY(!incident.askOtherTeams);
        QCOMPARE(incident.milestones.value(Milestone::Detected), 1'700'000'000'000);
        QCOMPARE(incident.holderOf(Role::Scribe), alice);
        const auto log = r.state.log(id);
        QCOMPARE(log.size(), 2);
        QVERIFY(log.at(0).text.contains(QStringLiteral("customers can see the problem")));
        QCOMPARE(log.at(1).kind, LogKind::RoleChange);
    }

    void theBridgeLinkIsDeclaredSetAndLogged()
    {
        Replica r;
        Declaration d = declaration();
        d.bridge = QStringLiteral("https://meet.example.com/abc-defg-hij");
        r.apply(changes::declareIncident(id, d, 1'700'000'000'000));
        QCOMPARE(r.state.incidents().value(id).bridge, d.bridge);
        QVERIFY(changes::setBridge(r.state.incidents().value(id), d.bridge + u' ').isEmpty()); // unchanged
        const QString zoom = QStringLiteral("https://example.zoom.us/j/91234567890");
        r.apply(changes::setBridge(r.state.incidents().value(id), zoom));
        QCOMPARE(r.state.incidents().value(id).bridge, zoom);
        QCOMPARE(r.state.log(id).constLast().text, QStringLiteral("Conference bridge: ") + zoom);
        r.apply(changes::setBridge(r.state.incidents().value(id), QString()));
        QCOMPARE(r.state.incidents().value(id).bridge, QString());
        QCOMPARE(r.state.log(id).constLast().text, QStringLiteral("Conference bridge removed"));
    }

    void declaringFromAlertsLinksThemAndBackdatesDetection()
    {
        Replica r;
        Declaration d = declaration();
        d.detectedAtMs = 1'700'000'000'000 - 420'000; // the first alert fired seven minutes earlier
        d.alerts = {{QStringLiteral("aa11"), QStringLiteral("HighLatency"), QStringLiteral("checkout"),
                     QStringLiteral("http://am:9093")},
                    {QStringLiteral("bb22"), QStringLiteral("HighLatency"), QStringLiteral("checkout"),
                     QStringLiteral("http://am:9093")}};
        r.apply(changes::declareIncident(id, d, 1'700'000'000'000));
        const Incident incident = r.state.incidents().value(id);
        QCOMPARE(incident.milestones.value(Milestone::Detected), 1'700'000'000'000 - 420'000);
        QCOMPARE(incident.milestones.value(Milestone::Acknowledged), 1'700'000'000'000);
        QCOMPARE(incident.alerts.size(), 2);
        QCOMPARE(incident.alerts.value(QStringLiteral("bb22")).service, QStringLiteral("checkout"));
        QVERIFY(
            r.state.log(id).constLast().text.contains(QStringLiteral("HighLatency on checkout (2 in all)")));

        // Linking again adds only what is new, with its own line.
        QCOMPARE(changes::linkAlerts(incident, d.alerts).size(), 0);
        const QList<Change> more = changes::linkAlerts(
            incident, {d.alerts.first(), {QStringLiteral("cc33"), QStringLiteral("DiskFull"), {}, {}}});
        QCOMPARE(more.size(), 2);
        QVERIFY(more.constLast()
                    .value.toMap()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("DiskFull (1 in all)")));

        // A start in the future (a skewed Prometheus clock) does not make detection later than now.
        Declaration future = declaration();
        future.detectedAtMs = 1'700'000'000'000 + 60'000;
        Replica other;
        other.apply(changes::declareIncident(id, future, 1'700'000'000'000));
        QCOMPARE(other.state.incidents().value(id).milestones.value(Milestone::Detected), 1'700'000'000'000);
    }

    void attachingAlertsToAnIncidentUnderWayBackdatesDetectionOnlyIfEarlier()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        const QList<LinkedAlert> alerts {{QStringLiteral("aa11"), QStringLiteral("HighLatency"),
                                          QStringLiteral("checkout"), QStringLiteral("http://am:9093")}};
        // The alert started after the team noticed: Detected stays.
        r.apply(changes::attachAlerts(r.state.incidents().value(id), alerts, 1'700'000'060'000));
        Incident incident = r.state.incidents().value(id);
        QCOMPARE(incident.alerts.size(), 1);
        QCOMPARE(incident.milestones.value(Milestone::Detected), 1'700'000'000'000);
        // One that started five minutes before: Detected moves back, and the log says from what.
        const QList<LinkedAlert> earlier {{QStringLiteral("bb22"), QStringLiteral("DiskFull"),
                                           QStringLiteral("orders-db"), QStringLiteral("http://am:9093")}};
        r.apply(changes::attachAlerts(incident, earlier, 1'700'000'000'000 - 300'000));
        incident = r.state.incidents().value(id);
        QCOMPARE(incident.alerts.size(), 2);
        QCOMPARE(incident.milestones.value(Milestone::Detected), 1'700'000'000'000 - 300'000);
        QVERIFY(r.state.log(id).constLast().text.startsWith(QStringLiteral("Detected time corrected from")));
        // Nothing new: no changes at all, not even a milestone.
        QVERIFY(changes::attachAlerts(incident, earlier, 1'600'000'000'000).isEmpty());
    }

    void linkedAlertsThatStopAndStartFiringAreLoggedOnce()
    {
        Replica r;
        Declaration d = declaration();
        const QString am = QStringLiteral("http://am:9093"), other = QStringLiteral("http://am2:9093");
        d.alerts = {{QStringLiteral("aa11"), QStringLiteral("HighLatency"), QStringLiteral("checkout"), am},
                    {QStringLiteral("bb22"), QStringLiteral("HighLatency"), QStringLiteral("checkout"), am},
                    {QStringLiteral("cc33"), QStringLiteral("DiskFull"), QStringLiteral("orders-db"), other}};
        r.apply(changes::declareIncident(id, d, 1'700'000'000'000));
        Incident incident = r.state.incidents().value(id);
        // Everything still fires: nothing to say.
        QVERIFY(changes::followAlerts(incident, am, {QStringLiteral("aa11"), QStringLiteral("bb22")},
                                      1'700'000'100'000)
                    .isEmpty());
        // aa11 stops; cc33 (another Alertmanager's) is not this poll's business.
        r.apply(changes::followAlerts(incident, am, {QStringLiteral("bb22")}, 1'700'000'100'000));
        incident = r.state.incidents().value(id);
        QCOMPARE(incident.alerts.value(QStringLiteral("aa11")).resolvedAtMs, 1'700'000'100'000);
        QCOMPARE(incident.alerts.value(QStringLiteral("cc33")).resolvedAtMs, 0);
        QCOMPARE(r.state.log(id).constLast().text,
                 QStringLiteral(
                     "Alertmanager: HighLatency on checkout resolved (2 of 3 linked alerts still firing)"));
        // The same answer again changes nothing: one line per event, however often we poll.
        QVERIFY(changes::followAlerts(incident, am, {QStringLiteral("bb22")}, 1'700'000'115'000).isEmpty());
        // It flaps back.
        r.apply(changes::followAlerts(incident, am, {QStringLiteral("aa11"), QStringLiteral("bb22")},
                                      1'700'000'130'000));
        incident = r.state.incidents().value(id);
        QCOMPARE(incident.alerts.value(QStringLiteral("aa11")).resolvedAtMs, 0);
        QCOMPARE(r.state.log(id).constLast().text,
                 QStringLiteral("Alertmanager: HighLatency on checkout firing again"));
        // Both of am's alerts stop, then the other Alertmanager's too.
        r.apply(changes::followAlerts(incident, am, {}, 1'700'000'200'000));
        incident = r.state.incidents().value(id);
        QCOMPARE(r.state.log(id).constLast().text,
                 QStringLiteral(
                     "Alertmanager: HighLatency on checkout resolved (1 of 3 linked alerts still firing)"));
        r.apply(changes::followAlerts(incident, other, {}, 1'700'000'300'000));
        QCOMPARE(
            r.state.log(id).constLast().text,
            QStringLiteral("Alertmanager: DiskFull on orders-db resolved (no linked alert fires any more)"));
    }

    void severityChangeIsLogged()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        r.apply(changes::setSeverity(r.state.incidents().value(id), Severity::Sev1));
        QCOMPARE(r.state.incidents().value(id).severity, Severity::Sev1);
        QCOMPARE(r.state.log(id).last().text, QStringLiteral("Severity changed from SEV2 to SEV1"));
        QVERIFY(changes::setSeverity(r.state.incidents().value(id), Severity::Sev1).isEmpty());
    }

    void stateChangeSetsMilestoneOnce()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        r.apply(
            changes::setState(r.state.incidents().value(id), LifecycleState::Mitigated, 1'700'000'100'000));
        QCOMPARE(r.state.incidents().value(id).milestones.value(Milestone::Mitigated), 1'700'000'100'000);
        r.apply(changes::setState(r.state.incidents().value(id), LifecycleState::Investigating,
                                  1'700'000'200'000));
        r.apply(
            changes::setState(r.state.incidents().value(id), LifecycleState::Mitigated, 1'700'000'300'000));
        // Reopening and mitigating again keeps the first mitigation time; corrections are explicit.
        QCOMPARE(r.state.incidents().value(id).milestones.value(Milestone::Mitigated), 1'700'000'100'000);
        QCOMPARE(r.state.log(id).last().kind, LogKind::StatusChange);
    }

    void milestoneCorrectionIsLogged()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        r.apply(changes::setMilestone(r.state.incidents().value(id), Milestone::ImpactStarted,
                                      1'699'999'000'000));
        QVERIFY(r.state.log(id).last().text.startsWith(QStringLiteral("Impact started time set to")));
        r.apply(changes::setMilestone(r.state.incidents().value(id), Milestone::ImpactStarted,
                                      1'699'998'000'000, QStringLiteral("  CDN logs\tshow it earlier ")));
        QVERIFY(r.state.log(id).last().text.contains(QStringLiteral("corrected from")));
        // The reason joins the line, on one line.
        QVERIFY2(r.state.log(id).last().text.endsWith(QStringLiteral(": CDN logs show it earlier")),
                 qPrintable(r.state.log(id).last().text));
        r.apply(changes::setMilestone(r.state.incidents().value(id), Milestone::ImpactStarted, std::nullopt));
        QVERIFY(!r.state.incidents().value(id).milestones.contains(Milestone::ImpactStarted));
    }

    void handOverCommand()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        r.apply(changes::assignRole(r.state.incidents().value(id), Role::IncidentCommander, bob,
                                    QStringLiteral("Bob"), QStringLiteral("Alice")));
        QCOMPARE(r.state.incidents().value(id).holderOf(Role::IncidentCommander), bob);
        QCOMPARE(r.state.log(id).last().text, QStringLiteral("Command passed from Alice to Bob"));
        r.apply(changes::assignRole(r.state.incidents().value(id), Role::Scribe, alice,
                                    QStringLiteral("Alice"), QString()));
        r.apply(changes::assignRole(r.state.incidents().value(id), Role::Scribe, QString(), QString(),
                                    QStringLiteral("Alice")));
        QCOMPARE(r.state.incidents().value(id).holderOf(Role::Scribe), bob);
        QCOMPARE(r.state.log(id).last().text, QStringLiteral("Alice is no longer Scribe"));
    }

    void aGuidedHandoffChangesTheRosterOnlyWhenAccepted()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        r.apply(changes::setNextHolder(r.state.incidents().value(id), Role::IncidentCommander, bob,
                                       QStringLiteral("Bob")));
        QCOMPARE(r.state.incidents().value(id).nextHolders.value(Role::IncidentCommander), bob);
        QCOMPARE(r.state.log(id).last().text, QStringLiteral("Bob is named as the next Incident Commander"));

        HandoffOffer offer {alice, bob, {}, 1'700'000'100'000};
        offer.briefing.situation = QStringLiteral("Rollback done; error rate 1% and falling");
        offer.briefing.risks = QStringLiteral("payments pool may saturate again at peak");
        r.apply(changes::offerHandoff(r.state.incidents().value(id), Role::IncidentCommander, offer,
                                      QStringLiteral("Alice"), QStringLiteral("Bob")));
        Incident incident = r.state.incidents().value(id);
        QCOMPARE(incident.holderOf(Role::IncidentCommander), alice); // not yet
        QCOMPARE(incident.handoffs.value(Role::IncidentCommander), offer);
        QCOMPARE(r.state.log(id).last().text,
                 QStringLiteral("Alice offered Incident Commander to Bob. Briefing:\n"
                                "Situation: Rollback done; error rate 1% and falling\n"
                                "Risks: payments pool may saturate again at peak"));
        // Offering the same again, or to the holder, does nothing.
        QVERIFY(changes::offerHandoff(incident, Role::IncidentCommander, offer, {}, {}).isEmpty());
        QVERIFY(changes::offerHandoff(incident, Role::IncidentCommander, {alice, alice, offer.briefing, 1},
                                      {}, {})
                    .isEmpty());

        r.apply(changes::acceptHandoff(incident, Role::IncidentCommander, QStringLiteral("Alice"),
                                       QStringLiteral("Bob")));
        incident = r.state.incidents().value(id);
        QCOMPARE(incident.holderOf(Role::IncidentCommander), bob);
        QVERIFY(incident.handoffs.isEmpty());
        QVERIFY(incident.nextHolders.isEmpty()); // Bob was the named relief, and now holds it
        QCOMPARE(r.state.log(id).last().text,
                 QStringLiteral("Bob accepted command from Alice and is now Incident Commander"));
        // Nothing pending: nothing to accept, decline or withdraw.
        QVERIFY(changes::acceptHandoff(incident, Role::IncidentCommander, {}, {}).isEmpty());
        QVERIFY(changes::declineHandoff(incident, Role::IncidentCommander, {}, {}).isEmpty());
        QVERIFY(changes::withdrawHandoff(incident, Role::IncidentCommander, {}, {}).isEmpty());
    }

    void aDeclinedOrWithdrawnHandoffLeavesTheRosterAlone()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        HandoffOffer offer {
            alice, bob, {QStringLiteral("Stable"), {}, {}, QStringLiteral("10:30 UTC"), {}}, 1};
        r.apply(changes::offerHandoff(r.state.incidents().value(id), Role::CommunicationsLead, offer,
                                      QStringLiteral("Alice"), QStringLiteral("Bob")));
        r.apply(changes::declineHandoff(r.state.incidents().value(id), Role::CommunicationsLead,
                                        QStringLiteral("Bob"), QStringLiteral("on another incident")));
        QCOMPARE(r.state.incidents().value(id).holderOf(Role::CommunicationsLead), alice);
        QVERIFY(r.state.incidents().value(id).handoffs.isEmpty());
        QCOMPARE(r.state.log(id).last().text,
                 QStringLiteral("Bob declined to take over as Communications Lead: on another incident"));
        r.apply(changes::offerHandoff(r.state.incidents().value(id), Role::CommunicationsLead, offer,
                                      QStringLiteral("Alice"), QStringLiteral("Bob")));
        r.apply(changes::withdrawHandoff(r.state.incidents().value(id), Role::CommunicationsLead,
                                         QStringLiteral("Alice"), QStringLiteral("Bob")));
        QCOMPARE(r.state.incidents().value(id).holderOf(Role::CommunicationsLead), alice);
        QCOMPARE(r.state.log(id).last().text,
                 QStringLiteral("Alice withdrew the offer of Communications Lead to Bob"));
    }

    void subjectMatterExperts()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        r.apply(
            changes::setSubjectMatterExpert(r.state.incidents().value(id), bob, QStringLiteral("Bob"), true));
        QCOMPARE(r.state.incidents().value(id).smes, QStringList {bob});
        QVERIFY(
            changes::setSubjectMatterExpert(r.state.incidents().value(id), bob, QStringLiteral("Bob"), true)
                .isEmpty());
    }

    void runbookSteps()
    {
        Replica r;
        r.apply(changes::declareIncident(id, declaration(), 1'700'000'000'000));
        RunbookTemplate runbook {QStringLiteral("rollback"),
                                 QStringLiteral("Rollback"),
                                 QString(),
                                 {QStringLiteral("Halt deploys"), QStringLiteral("Roll back")},
                                 true};
        const QString attachment = newEntityId(1'700'000'000'000);
        r.apply(changes::attachRunbook(r.state.incidents().value(id), attachment, runbook));
        r.apply(changes::setStep(r.state.incidents().value(id), attachment, 1, StepState::Done, alice,
                                 1'700'000'500'000));
        const Incident incident = r.state.incidents().value(id);
        QCOMPARE(incident.runbooks.value(attachment).steps.size(), 2);
        const StepProgress progress = incident.steps.value({attachment, 1});
        QCOMPARE(progress.state, StepState::Done);
        QCOMPARE(progress.by, alice);
        QCOMPARE(r.state.log(id).last().text, QStringLiteral("Runbook step 2 done: Roll back"));
        QVERIFY(
            changes::setStep(incident, attachment, 2, StepState::Done, alice, 0).isEmpty()); // no such step
    }

    void logEntryCorrection()
    {
        const OpId original {QStringLiteral("a000000000000001"), 3};
        const QList<Change> c
            = changes::logEntry(id, LogKind::Note, QStringLiteral("  fixed typo "), original);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().value.toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("fixed typo"));
        QCOMPARE(c.first().value.toMap().value(QStringLiteral("corrects")).toString(), original.toString());
        QCOMPARE(validateChange(c.first()), QString());
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"

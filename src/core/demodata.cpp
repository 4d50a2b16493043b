// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "demoscript.h"

namespace muster {

using namespace demo;

QList<Operation> demoOperations(const QString &workspace, qint64 now, const QList<RunbookTemplate> &runbooks)
{
    QList<Event> events;
    People people;
    const QList<Person> directory {
        {{},
         QStringLiteral("Priya Raman"),
         QStringLiteral("priya.raman@example.com"),
         QStringLiteral("SRE"),
         QStringLiteral("@priya")},
        {{},
         QStringLiteral("Marcus Chen"),
         QStringLiteral("marcus.chen@example.com"),
         QStringLiteral("SRE"),
         QStringLiteral("@marcus")},
        {{},
         QStringLiteral("Sofia Alvarez"),
         QStringLiteral("sofia.alvarez@example.com"),
         QStringLiteral("Communications"),
         QStringLiteral("+44 20 7946 0321")},
        {{},
         QStringLiteral("Daniel Okafor"),
         QStringLiteral("daniel.okafor@example.com"),
         QStringLiteral("Databases"),
         QStringLiteral("@daniel")},
        {{},
         QStringLiteral("Hannah Weber"),
         QStringLiteral("hannah.weber@example.com"),
         QStringLiteral("Platform"),
         QStringLiteral("@hannah")},
        {{},
         QStringLiteral("Kenji Tanaka"),
         QStringLiteral("kenji.tanaka@example.com"),
         QStringLiteral("Payments"),
         QStringLiteral("@kenji")},
        {{},
         QStringLiteral("Amara Nwosu"),
         QStringLiteral("amara.nwosu@example.com"),
         QStringLiteral("Customer Support"),
         QStringLiteral("@amara")},
        {{},
         QStringLiteral("Lukas Novak"),
         QStringLiteral("lukas.novak@example.com"),
         QStringLiteral("Network"),
         QStringLiteral("@lukas")},
    };
    const qint64 directoryAt = now - 90 * day;
    for (const Person &p : directory) {
        const QString id = newEntityId(directoryAt);
        people.ids.insert(p.name.section(u' ', 0, 0), id);
        people.names.insert(p.name.section(u' ', 0, 0), p.name);
        events.append(
            {directoryAt, id, changes::savePerson(id, {}, {id, p.name, p.email, p.team, p.handle})});
    }

    // The audiences the Communications Leads write to.
    struct ListSeed
    {
        const char *name;
        AudienceType audience;
        const char *to;
        const char *cc;
        const char *zone;
    };
    for (const ListSeed &seed :
         {ListSeed {"Executives", AudienceType::Executives, "exec-team@example.com",
                    "Priya Raman <priya.raman@example.com>", "Europe/London"},
          ListSeed {"Customer support", AudienceType::Support, "support-leads@example.com", "",
                    "America/New_York"},
          ListSeed {"Engineering", AudienceType::Engineering, "engineering@example.com", "", "Europe/Berlin"},
          ListSeed {"Status page subscribers", AudienceType::Customers, "status-subscribers@example.com", "",
                    ""}}) {
        DistributionList list {newEntityId(directoryAt),
                               QString::fromUtf8(seed.name),
                               seed.audience,
                               {QString::fromUtf8(seed.to)},
                               {},
                               QString::fromUtf8(seed.zone),
                               false};
        if (*seed.cc)
            list.cc = {QString::fromUtf8(seed.cc)};
        events.append(
            {directoryAt, people[QStringLiteral("Sofia")], changes::saveDistributionList({}, list)});
    }
    // The team's standing war-room bridge: every incident starts with it.
    const QString warRoom = QStringLiteral("https://meet.example.com/sre-war-room");
    events.append({directoryAt, people[QStringLiteral("Sofia")], changes::setDefaultBridge({}, warRoom)});

    // 1. SEV1, 47 minutes in: a bad deploy breaks checkout in one region.
    {
        Script s(events, people, now - 47 * minute);
        Declaration d = declaration(
            QStringLiteral("Checkout failing with HTTP 502 for EU customers"), Severity::Sev1,
            {QStringLiteral("checkout-api"), QStringLiteral("payments-api"), QStringLiteral("edge")},
            QStringLiteral("Checkout requests in eu-west-1 fail with 502 from the edge; payments-api "
                           "connection pool exhausted."),
            QStringLiteral(
                "About 38% of EU checkout attempts fail; customers see 'Something went wrong' at payment."),
            people[QStringLiteral("Priya")], QStringLiteral("Priya Raman"));
        d.askCustomerVisible = true;
        d.askOtherTeams = true;
        d.bridge = warRoom;
        // Acknowledged from the detection inbox: the alerts started five minutes before anyone
        // declared, and that is when it was detected.
        const QString alertmanager = QStringLiteral("http://alertmanager.example:9093");
        d.alerts = {{QStringLiteral("3f9a1c2e7b4d5a60"), QStringLiteral("HighErrorRate"),
                     QStringLiteral("checkout-api"), alertmanager},
                    {QStringLiteral("8c2e41d09a7b3f15"), QStringLiteral("ConnectionPoolSaturated"),
                     QStringLiteral("payments-api"), alertmanager}};
        d.detectedAtMs = now - 52 * minute;
        s.at(0, QStringLiteral("Priya"), changes::declareIncident(s.id(), d, now - 47 * minute));
        s.note(1 * minute, QStringLiteral("Marcus"), LogKind::Note,
               QStringLiteral("Error rate on checkout-api jumped from 0.2% to 38% at the start of the hour; "
                              "only eu-west-1 affected."));
        s.role(2 * minute, QStringLiteral("Priya"), Role::CommunicationsLead, QStringLiteral("Sofia"));
        s.role(2 * minute, QStringLiteral("Priya"), Role::OperationsLead, QStringLiteral("Marcus"));
        s.role(3 * minute, QStringLiteral("Priya"), Role::Scribe, QStringLiteral("Hannah"));
        s.at(4 * minute, QStringLiteral("Priya"),
             changes::setSubjectMatterExpert(s.incident(), people[QStringLiteral("Kenji")],
                                             QStringLiteral("Kenji Tanaka"), true));
        s.note(5 * minute, QStringLiteral("Marcus"), LogKind::Action,
               QStringLiteral("Checking deploys of the last hour: checkout-api 2026.11.3 rolled out to "
                              "eu-west-1 eight minutes before the spike."));
        // The dashboards date the first failed checkouts three minutes before the first alert.
        s.at(6 * minute, QStringLiteral("Marcus"),
             changes::setMilestone(s.incident(), Milestone::ImpactStarted, now - 55 * minute));
        s.runbook(7 * minute, QStringLiteral("Marcus"), runbooks, QStringLiteral("bad-deploy-rollback"), 6,
                  5 * minute);
        s.note(9 * minute, QStringLiteral("Kenji"), LogKind::Note,
               QStringLiteral("payments-api answers 502 on /authorize: its connection pool is exhausted by "
                              "retries from the new checkout client."));
        s.note(12 * minute, QStringLiteral("Priya"), LogKind::Decision,
               QStringLiteral("Roll back checkout-api to 2026.11.2 in eu-west-1 first; leave us-east-1 "
                              "alone, it is healthy."));
        const QString rollback = s.task(12 * minute, QStringLiteral("Priya"), TaskKind::Task,
                                        QStringLiteral("Roll back checkout-api to 2026.11.2 in eu-west-1"),
                                        QStringLiteral("Marcus"), now - 17 * minute);
        s.sent(13 * minute, QStringLiteral("Sofia"), QStringLiteral("Executives"), AudienceType::Executives,
               UpdateStage::Initial, QStringLiteral("exec-team@example.com"),
               QStringLiteral("[SEV1] Incident declared: Checkout failing with HTTP 502 for EU customers"),
               QStringLiteral("Hello,\n\nAbout 38% of EU checkout attempts fail. We are rolling back the "
                              "latest checkout release in Europe. No time to recovery is confirmed yet.\n\n"
                              "Next update within 20 minutes.\n"));
        s.note(14 * minute, QStringLiteral("Sofia"), LogKind::Note,
               QStringLiteral(
                   "First customer notice posted on the status page. Next update due in 30 minutes."));
        s.task(15 * minute, QStringLiteral("Priya"), TaskKind::Task,
               QStringLiteral("Post the next status page update"), QStringLiteral("Sofia"), now - 2 * minute);
        s.task(16 * minute, QStringLiteral("Priya"), TaskKind::Task,
               QStringLiteral("Watch payments-api pool saturation until it holds under 70%"),
               QStringLiteral("Kenji"), now + 15 * minute);
        s.note(27 * minute, QStringLiteral("Marcus"), LogKind::Action,
               QStringLiteral("Rollback under way: 60% of eu-west-1 pods replaced."));
        s.note(35 * minute, QStringLiteral("Kenji"), LogKind::Note,
               QStringLiteral("Error rate down to 9%; payments-api pool saturation falling."));
        s.note(42 * minute, QStringLiteral("Marcus"), LogKind::Note,
               QStringLiteral("Rollback complete. Checkout error rate 1.1% and falling."));
        s.at(42 * minute, QStringLiteral("Marcus"),
             changes::setTaskStatus(s.incident(), rollback, TaskStatus::Done));
        s.at(43 * minute, QStringLiteral("Marcus"),
             changes::followAlerts(s.incident(), alertmanager, {QStringLiteral("3f9a1c2e7b4d5a60")},
                                   now - 4 * minute));
        s.sent(
            44 * minute, QStringLiteral("Sofia"), QStringLiteral("Executives"), AudienceType::Executives,
            UpdateStage::Update, QStringLiteral("exec-team@example.com"),
            QStringLiteral("[SEV1] Update: Checkout failing with HTTP 502 for EU customers (Investigating)"),
            QStringLiteral("Hello,\n\nThe rollback is complete and the EU checkout error rate is falling "
                           "(1.1%). We are watching it before calling it mitigated. No time to full "
                           "recovery is confirmed yet.\n\nNext update within 20 minutes.\n"));
        s.note(44 * minute, QStringLiteral("Sofia"), LogKind::Note,
               QStringLiteral("Second update sent to executives and support: recovering, no confirmed time "
                              "to full recovery yet."));
        s.note(46 * minute, QStringLiteral("Priya"), LogKind::Decision,
               QStringLiteral("Stay in Investigating until the error rate holds under 0.5% for 10 minutes, "
                              "then mark Mitigated."));
    }

    // 2. SEV2 (was SEV1), 2h10m in: the orders database failed over, impact stopped.
    {
        Script s(events, people, now - 130 * minute);
        Declaration d = declaration(
            QStringLiteral("Orders database primary unreachable in us-east-1"), Severity::Sev1,
            {QStringLiteral("orders-db"), QStringLiteral("orders-api")},
            QStringLiteral(
                "The orders Postgres primary stopped answering; writes failed until a replica was promoted."),
            QStringLiteral("New orders could not be placed for 18 minutes in the US."),
            people[QStringLiteral("Daniel")], QStringLiteral("Daniel Okafor"));
        d.bridge = QStringLiteral("https://example.zoom.us/j/91234567890");
        d.askCustomerVisible = true;
        s.at(0, QStringLiteral("Daniel"), changes::declareIncident(s.id(), d, now - 130 * minute));
        s.role(2 * minute, QStringLiteral("Daniel"), Role::CommunicationsLead, QStringLiteral("Amara"));
        s.role(3 * minute, QStringLiteral("Daniel"), Role::DeputyCommander, QStringLiteral("Lukas"));
        s.runbook(4 * minute, QStringLiteral("Daniel"), runbooks, QStringLiteral("database-failover"), 9,
                  4 * minute);
        s.note(6 * minute, QStringLiteral("Daniel"), LogKind::Note,
               QStringLiteral("Primary host unreachable; the hypervisor reports a failed NIC."));
        s.note(10 * minute, QStringLiteral("Daniel"), LogKind::Decision,
               QStringLiteral(
                   "Promote replica orders-db-2 (lag 0.4 s) rather than wait for the host to be repaired."));
        s.note(18 * minute, QStringLiteral("Daniel"), LogKind::Action,
               QStringLiteral("orders-db-2 promoted; connection pools repointed."));
        s.state(20 * minute, QStringLiteral("Daniel"), LifecycleState::Mitigated);
        s.at(22 * minute, QStringLiteral("Daniel"), changes::setSeverity(s.incident(), Severity::Sev2));
        s.sent(23 * minute, QStringLiteral("Amara"), QStringLiteral("Customer support"),
               AudienceType::Support, UpdateStage::Mitigated, QStringLiteral("support-leads@example.com"),
               QStringLiteral("[SEV1] Impact stopped: Orders database primary unreachable in us-east-1"),
               QStringLiteral("Hi support team,\n\nOrders work again. Customers who saw errors can retry; "
                              "no order was lost.\n\nNext update: in 30 minutes.\n"));
        s.note(95 * minute, QStringLiteral("Lukas"), LogKind::Action,
               QStringLiteral("Rebuilding the old primary as a replica; 40% copied."));
        s.sent(95 * minute, QStringLiteral("Amara"), QStringLiteral("Customer support"),
               AudienceType::Support, UpdateStage::Update, QStringLiteral("support-leads@example.com"),
               QStringLiteral("[SEV2] Update on the known issue: Orders database primary unreachable"),
               QStringLiteral("Hi support team,\n\nOrders keep working normally. We are rebuilding the "
                              "database's spare copy.\n\nNext update: in 30 minutes.\n"));
        // Daniel's shift ends: he offers command to Priya, who has not answered yet.
        s.at(100 * minute, QStringLiteral("Daniel"),
             changes::setNextHolder(s.incident(), Role::IncidentCommander, people[QStringLiteral("Priya")],
                                    QStringLiteral("Priya Raman")));
        HandoffOffer offer {people[QStringLiteral("Daniel")],
                            people[QStringLiteral("Priya")],
                            {},
                            now - 130 * minute + 126 * minute};
        offer.briefing.situation = QStringLiteral(
            "Mitigated: orders-db-2 is primary since the failover; orders work, error rate normal.");
        offer.briefing.actions = QStringLiteral("Runbook step 10 (lift the write freeze, tell stakeholders) "
                                                "is mine, half done. Lukas is rebuilding "
                                                "the old primary as a replica (40% copied).");
        offer.briefing.openItems = QStringLiteral(
            "Runbook steps 11-14: repoint the remaining replicas, rebuild the old primary, restore backups.");
        offer.briefing.nextUpdate
            = QStringLiteral("Amara sends the next update to support at the top of the hour.");
        offer.briefing.risks = QStringLiteral(
            "Only one replica until the rebuild finishes: a second failure would stop writes again.");
        s.at(126 * minute, QStringLiteral("Daniel"),
             changes::offerHandoff(s.incident(), Role::IncidentCommander, offer,
                                   QStringLiteral("Daniel Okafor"), QStringLiteral("Priya Raman")));
        // Amara has a status page notice waiting for Daniel's approval.
        UpdateApproval approval;
        approval.list = QStringLiteral("Status page subscribers");
        approval.audience = AudienceType::Customers;
        approval.stage = UpdateStage::Mitigated;
        approval.subject = QStringLiteral("Service restored: orders can be placed again");
        approval.body
            = QStringLiteral("Hello,\n\nThe problem that stopped new orders in the US is fixed: orders "
                             "work again. If an order failed, please place it again.\n\nWe will post a "
                             "final update once the repair is complete.\n");
        approval.requestedBy = people[QStringLiteral("Amara")];
        approval.requestedAtMs = now - 130 * minute + 128 * minute;
        s.at(128 * minute, QStringLiteral("Amara"),
             changes::requestApproval(s.incident(), approval, QStringLiteral("Amara Nwosu")));
    }

    // 3. SEV3 from an alert, acknowledged 9 minutes ago.
    {
        Script s(events, people, now - 12 * minute);
        s.detected(
            QStringLiteral("Search API p99 latency above 2 s"), Severity::Sev3,
            {QStringLiteral("search-api")},
            QStringLiteral("Alert SearchLatencyHigh firing: p99 2.4 s for 5 minutes (threshold 2 s)."));
        s.role(3 * minute, QStringLiteral("Hannah"), Role::IncidentCommander, QStringLiteral("Hannah"));
        s.state(3 * minute, QStringLiteral("Hannah"), LifecycleState::Acknowledged);
        s.note(6 * minute, QStringLiteral("Hannah"), LogKind::Note,
               QStringLiteral("Latency is confined to one shard; a reindex job started at the same time."));
    }

    // 4. SEV2 from an alert, 3 minutes old and nobody has it yet.
    {
        Script s(events, people, now - 3 * minute);
        s.detected(
            QStringLiteral("Payment webhooks delayed by up to 15 minutes"), Severity::Sev2,
            {QStringLiteral("webhooks"), QStringLiteral("payments-api")},
            QStringLiteral("Alert WebhookQueueBacklog firing: 48,000 messages waiting, oldest 14 minutes."));
    }

    // 5. SEV4, a day old: tracked work.
    {
        Script s(events, people, now - 26 * hour);
        s.at(0, QStringLiteral("Lukas"),
             changes::declareIncident(
                 s.id(),
                 declaration(QStringLiteral("Status page TLS certificate expires in 5 days"), Severity::Sev4,
                             {QStringLiteral("status-page")},
                             QStringLiteral("Automatic renewal failed twice: DNS challenge times out."),
                             QString(), people[QStringLiteral("Lukas")], QStringLiteral("Lukas Novak")),
                 now - 26 * hour));
        s.note(40 * minute, QStringLiteral("Lukas"), LogKind::Action,
               QStringLiteral("Opened a ticket with the DNS provider about the challenge timeouts."));
    }

    // 6. A GameDay drill: same process, kept out of metrics.
    {
        Script s(events, people, now - 25 * minute);
        Declaration d
            = declaration(QStringLiteral("GameDay: evacuate eu-central-1"), Severity::Sev2,
                          {QStringLiteral("edge"), QStringLiteral("catalog-api")},
                          QStringLiteral("Planned drill: fail all traffic out of eu-central-1 and back."),
                          QStringLiteral("None expected; drill traffic only."),
                          people[QStringLiteral("Hannah")], QStringLiteral("Hannah Weber"));
        d.drill = true;
        s.at(0, QStringLiteral("Hannah"), changes::declareIncident(s.id(), d, now - 25 * minute));
        s.runbook(2 * minute, QStringLiteral("Hannah"), runbooks, QStringLiteral("data-centre-loss"), 4,
                  5 * minute);
        s.role(3 * minute, QStringLiteral("Hannah"), Role::OperationsLead, QStringLiteral("Lukas"));
    }

    // 7. Resolved yesterday, waiting for its retrospective.
    {
        Script s(events, people, now - 30 * hour);
        s.at(
            0, QStringLiteral("Marcus"),
            changes::declareIncident(
                s.id(),
                declaration(QStringLiteral("SSO logins failing for customers on Okta"), Severity::Sev2,
                            {QStringLiteral("auth"), QStringLiteral("sso-bridge")},
                            QStringLiteral("SAML assertions rejected after the IdP rotated its signing key."),
                            QStringLiteral("Enterprise customers using Okta could not sign in."),
                            people[QStringLiteral("Marcus")], QStringLiteral("Marcus Chen")),
                now - 30 * hour));
        s.note(20 * minute, QStringLiteral("Marcus"), LogKind::Decision,
               QStringLiteral("Fetch IdP metadata on demand instead of the nightly job."));
        s.state(55 * minute, QStringLiteral("Marcus"), LifecycleState::Mitigated);
        s.state(3 * hour, QStringLiteral("Marcus"), LifecycleState::Resolved);
    }

    // 8. In its retrospective.
    {
        Script s(events, people, now - 4 * day);
        s.at(
            0, QStringLiteral("Kenji"),
            changes::declareIncident(
                s.id(),
                declaration(QStringLiteral("Image resizer returning 5xx for large uploads"), Severity::Sev3,
                            {QStringLiteral("media")}, QStringLiteral("Out-of-memory kills on resizer pods."),
                            QString(), people[QStringLiteral("Kenji")], QStringLiteral("Kenji Tanaka")),
                now - 4 * day));
        s.state(50 * minute, QStringLiteral("Kenji"), LifecycleState::Mitigated);
        s.state(2 * hour, QStringLiteral("Kenji"), LifecycleState::Resolved);
        s.state(1 * day, QStringLiteral("Kenji"), LifecycleState::Learning);
        s.at(1 * day + 30 * minute, QStringLiteral("Kenji"),
             changes::saveRetrospective(
                 s.incident(),
                 {{retropart::summary,
                   QStringLiteral(
                       "Uploads over 40 MB made resizer pods run out of memory; 2% of uploads failed "
                       "for 50 minutes.")},
                  {retropart::factors,
                   QStringLiteral(
                       "The resizer decodes whole images in memory.\nThe upload limit at the edge "
                       "(200 MB) is far above what the resizer can hold.\nOOM kills were not alerted "
                       "on; the first signal was a customer ticket.")},
                  {retropart::wentWell,
                   QStringLiteral("Raising the pod memory limit stopped the errors within "
                                  "minutes.")}}));
        const QString capUploads
            = s.task(1 * day + 40 * minute, QStringLiteral("Kenji"), TaskKind::ActionItem,
                     QStringLiteral("Cap uploads at the edge to 50 MB until the resizer streams"),
                     QStringLiteral("Kenji"), now + 3 * day);
        s.sendToJira(1 * day + 42 * minute, QStringLiteral("Kenji"), capUploads, QStringLiteral("OPS-1423"),
                     QStringLiteral("In Progress"), QStringLiteral("indeterminate"));
        s.task(1 * day + 41 * minute, QStringLiteral("Kenji"), TaskKind::ActionItem,
               QStringLiteral("Alert on OOM kills of resizer pods"), QStringLiteral("Lukas"), now - 1 * day);
    }

    // 9–24. Closed incidents of the past twelve weeks (demohistory.cpp).
    pastIncidents(events, people, now, runbooks);

    // Replay the events in time order from one replica, as it would have happened.
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });
    qint64 wall = 0;
    HybridLogicalClock clock([&wall] { return wall; });
    const QString replica = QStringLiteral("de00000000000001");
    QList<Operation> ops;
    qint64 counter = 0;
    for (const Event &event : events) {
        wall = event.at;
        for (const Change &c : event.changes)
            ops.append({{replica, ++counter},
                        clock.now(),
                        event.actor,
                        workspace,
                        c.kind,
                        c.entity,
                        c.field,
                        c.value});
    }
    return ops;
}

} // namespace muster

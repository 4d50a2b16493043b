// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoscript.h"

namespace muster::demo {

void pastIncidents(QList<Event> &events, const People &people, qint64 now,
                   const QList<RunbookTemplate> &runbooks)
{
    // 9–24. Closed incidents of the past twelve weeks: the history the metrics chart. Each has
    // its services, when the impact began before anyone noticed, how long acknowledging took,
    // often a Communications Lead, sometimes a runbook and a change of command.
    struct Past
    {
        int daysAgo;
        Severity severity;
        const char *title;
        const char *services; // comma-separated
        const char *commander;
        const char *commsLead; // "" for none delegated
        int impactMinutes; // impact start → detected
        int ackMinutes; // detected → acknowledged
        int repairMinutes; // acknowledged → resolved
        const char *runbook; // "" for none
        const char *relief; // "" or who took command halfway
        bool drill;
    };
    static const Past history[] {
        {6, Severity::Sev3, "Slow report exports for enterprise accounts", "reports", "Hannah", "", 25, 4, 70,
         "", "", false},
        {9, Severity::Sev2, "Card payments declined by one acquirer", "payments", "Kenji", "Sofia", 6, 2, 95,
         "bad-deploy-rollback", "", false},
        {12, Severity::Sev2, "GameDay: payments failover to the standby acquirer", "payments", "Kenji",
         "Sofia", 0, 1, 40, "", "", true},
        {16, Severity::Sev3, "Delayed e-mail notifications", "notifications", "Hannah", "", 40, 12, 180, "",
         "", false},
        {19, Severity::Sev2, "Checkout latency doubled after a cache eviction storm", "checkout", "Marcus",
         "Sofia", 8, 3, 65, "bad-deploy-rollback", "", false},
        {23, Severity::Sev1, "Full outage of the public API after a config push", "api-gateway, checkout",
         "Priya", "Sofia", 3, 1, 52, "bad-deploy-rollback", "Marcus", false},
        {27, Severity::Sev3, "Search results missing new products", "search", "Lukas", "", 180, 20, 140, "",
         "", false},
        {31, Severity::Sev3, "Stale prices in the catalog cache", "catalog", "Marcus", "", 90, 15, 120, "",
         "", false},
        {36, Severity::Sev2, "Orders replica lag above 10 minutes", "orders", "Daniel", "Amara", 12, 4, 110,
         "database-failover", "", false},
        {40, Severity::Sev4, "Certificate renewal job failing in staging", "status-page", "Lukas", "", 600,
         45, 240, "", "", false},
        {44, Severity::Sev2, "Mobile push notifications not delivered", "notifications", "Lukas", "Amara", 30,
         6, 240, "", "Hannah", false},
        {51, Severity::Sev1, "Checkout down in eu-west-1 after a network change", "checkout, network",
         "Priya", "Sofia", 4, 2, 75, "data-centre-loss", "", false},
        {58, Severity::Sev4, "Disk usage alerts on log shippers", "logging", "Daniel", "", 120, 30, 360, "",
         "", false},
        {63, Severity::Sev2, "Payment webhooks retried twice", "payments", "Kenji", "Amara", 15, 5, 85, "",
         "", false},
        {70, Severity::Sev3, "Image thumbnails blurry after a resizer update", "image-resizer", "Kenji", "",
         300, 25, 95, "bad-deploy-rollback", "", false},
        {77, Severity::Sev2, "Orders API 5xx during a database upgrade", "orders", "Daniel", "Sofia", 5, 3,
         130, "database-failover", "", false},
        {82, Severity::Sev3, "SSO login page slow for some customers", "sso", "Hannah", "", 60, 10, 90, "",
         "", false},
    };
    for (const Past &past : history) {
        const qint64 detectedAt = now - past.daysAgo * day;
        const qint64 ackOffset = past.ackMinutes * minute;
        const qint64 resolvedOffset = ackOffset + past.repairMinutes * minute;
        const QString ic = QString::fromLatin1(past.commander);
        QStringList services = QString::fromLatin1(past.services).split(QStringLiteral(", "));
        // Declared (and so acknowledged) ackMinutes after the alert that detected it.
        Script s(events, people, detectedAt);
        Declaration d = declaration(QString::fromUtf8(past.title), past.severity, services, QString(),
                                    QString(), people[ic], people.names.value(ic));
        d.detectedAtMs = detectedAt;
        d.drill = past.drill;
        s.at(ackOffset, ic, changes::declareIncident(s.id(), d, detectedAt + ackOffset));
        if (past.impactMinutes > 0)
            s.at(ackOffset + minute, ic,
                 changes::setMilestone(s.incident(), Milestone::ImpactStarted,
                                       detectedAt - past.impactMinutes * minute));
        if (*past.commsLead)
            s.role(ackOffset + 3 * minute, ic, Role::CommunicationsLead, QString::fromLatin1(past.commsLead));
        if (*past.runbook)
            s.runbook(ackOffset + 5 * minute, ic, runbooks, QString::fromLatin1(past.runbook), 4,
                      (past.repairMinutes / 6 + 2) * minute);
        QString resolver = ic;
        if (*past.relief) {
            resolver = QString::fromLatin1(past.relief);
            s.role(ackOffset + past.repairMinutes / 2 * minute, ic, Role::IncidentCommander, resolver);
        }
        s.state(resolvedOffset / 2, resolver, LifecycleState::Mitigated);
        s.state(resolvedOffset, resolver, LifecycleState::Resolved);
        s.state(resolvedOffset + 2 * day, resolver, LifecycleState::Learning);
        s.state(resolvedOffset + 5 * day, resolver, LifecycleState::Closed);
        if (past.daysAgo == 23) {
            // Its retrospective's follow-ups: one done, one still open.
            const QString done = s.task(resolvedOffset + 3 * day, ic, TaskKind::ActionItem,
                                        QStringLiteral("Validate config pushes in one canary region first"),
                                        QStringLiteral("Priya"), now - 10 * day);
            s.at(resolvedOffset + 4 * day, ic, changes::setTaskStatus(s.incident(), done, TaskStatus::Done));
            s.task(resolvedOffset + 3 * day, ic, TaskKind::ActionItem,
                   QStringLiteral("Add a rollback button for config pushes"), QStringLiteral("Marcus"),
                   now + 5 * day);
        }
    }
}

} // namespace muster::demo

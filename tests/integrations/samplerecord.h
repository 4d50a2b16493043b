// SPDX-License-Identifier: GPL-3.0-or-later
// One incident from declaration to retrospective, built through the real change builders and
// reducer with fixed ids and a clock that ticks a minute per change: every export test reads
// the same record, and its bytes never depend on when the test runs.
#pragma once

#include "core/changes.h"
#include "core/fields.h"
#include "core/retrochanges.h"
#include "core/runbooktemplate.h"
#include "core/taskchanges.h"
#include "core/updatechanges.h"
#include "core/workspacestate.h"
#include "integrations/export/incidentrecord.h"

#include <QDateTime>
#include <QTest>

namespace muster::testing {

inline qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

class SampleRecord
{
public:
    const QString incidentId = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1ABC");
    const QString priya = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1PRY");
    const QString kenji = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1KNJ");
    const QString zoe = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1Z0E");
    const QString replica = QStringLiteral("a000000000000001");

    // Declared 09:14 UTC; a minute passes with every change after that.
    SampleRecord()
    {
        m_wall = utcMs("2026-11-24T09:14:00Z");
        Declaration d;
        d.title = QStringLiteral("Checkout 502s for EU customers");
        d.severity = Severity::Sev2;
        d.summary = QStringLiteral("Checkout returns 502 for about a third of EU requests.");
        d.services = {QStringLiteral("checkout-api"), QStringLiteral("payments")};
        d.impact = QStringLiteral("EU shoppers cannot pay | cart kept");
        d.askCustomerVisible = true;
        d.commanderId = priya;
        d.commanderName = QStringLiteral("Priya Raman");
        apply(changes::declareIncident(incidentId, d, m_wall), priya);
        apply(changes::setMilestone(incident(), Milestone::ImpactStarted, utcMs("2026-11-24T09:02:00Z"),
                                    QStringLiteral("first 502 in the load balancer log")),
              priya);
        apply(changes::assignRole(incident(), Role::CommunicationsLead, zoe, QStringLiteral("Zoë Müller"),
                                  QStringLiteral("Priya Raman")),
              priya);
        apply(changes::logEntry(incidentId, LogKind::Note, QStringLiteral("Error rate is 38% in eu-west-1")),
              kenji);
        apply(changes::logEntry(incidentId, LogKind::Decision,
                                QStringLiteral("Roll back checkout-api to 4.2.0 — *not* the DB")),
              priya);
        const QList<Change> action
            = changes::logEntry(incidentId, LogKind::Action, QStringLiteral("Rollback started"));
        apply(action, kenji);
        const OpId rollback = m_state.log(incidentId).constLast().id;
        apply(changes::logEntry(incidentId, LogKind::Action, QStringLiteral("Rollback started at 09:19"),
                                rollback),
              kenji);
        apply(changes::recordSentUpdate(
                  incident(),
                  {QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1SN1"),
                   QStringLiteral("Exec team"),
                   AudienceType::Executives,
                   UpdateStage::Initial,
                   {QStringLiteral("execs@example.com")},
                   {QStringLiteral("cfo@example.com")},
                   QStringLiteral("[SEV2] Incident declared: Checkout 502s for EU customers"),
                   QStringLiteral("We declared a SEV2 incident.\nNext update: 09:50 CET."),
                   m_wall,
                   zoe}),
              zoe);
        RunbookTemplate runbook;
        runbook.id = QStringLiteral("rollback");
        runbook.title = QStringLiteral("Roll back a deploy");
        runbook.steps = {QStringLiteral("Freeze deploys"), QStringLiteral("Roll back to the last good build"),
                         QStringLiteral("Watch the error rate for 10 minutes")};
        apply(changes::attachRunbook(incident(), QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1RBK"), runbook),
              priya);
        apply(changes::setStep(incident(), QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1RBK"), 0, StepState::Done,
                               kenji, m_wall),
              kenji);
        apply(changes::addTask(incident(), QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1TSK"),
                               {TaskKind::Task, QStringLiteral("Check the CDN error rate"), kenji,
                                QStringLiteral("Kenji Tanaka"), 0},
                               m_wall),
              priya);
        apply(changes::setState(incident(), LifecycleState::Mitigated, m_wall), priya);
        apply(changes::setState(incident(), LifecycleState::Resolved, m_wall), priya);
        apply(changes::setState(incident(), LifecycleState::Learning, m_wall), priya);
        apply(changes::addTask(incident(), QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1ACT"),
                               {TaskKind::ActionItem, QStringLiteral("Add a canary stage for EU traffic"),
                                kenji, QStringLiteral("Kenji Tanaka"), utcMs("2026-12-04T17:00:00Z")},
                               m_wall),
              priya);
        // Sent to Jira, and filed there by the relay.
        apply(changes::requestTrackerIssue(incident(), QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1ACT"),
                                           QStringLiteral("Jira"), m_wall),
              priya);
        apply({{OpKind::Set, incidentEntity(incident().id),
                taskField(QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1ACT"), taskattr::tracker),
                TrackerIssue {QStringLiteral("OPS-1423"),
                              QStringLiteral("https://example.atlassian.net/browse/OPS-1423"),
                              QStringLiteral("In Progress"), QStringLiteral("indeterminate"),
                              QStringLiteral("int-sample")}
                    .toCbor()}},
              priya);
        apply(changes::saveRetrospective(
                  incident(),
                  {{retropart::summary,
                    QStringLiteral("A deploy removed an index.\nCheckout timed out in the EU.")},
                   {retropart::affected, QStringLiteral("About 38% of EU checkouts for 20 minutes.")},
                   {retropart::factors,
                    QStringLiteral("# No canary for EU\n- retries amplified the load\n"
                                   "1. the dashboard hid the pool size")},
                   {retropart::wentWell, QStringLiteral("Rollback took four minutes.")}}),
              priya);
    }

    const Incident &incident() const { return m_state.incidents().find(incidentId).value(); }

    IncidentRecord record(const QString &workspace = QStringLiteral("payments")) const
    {
        IncidentRecord r;
        r.incident = incident();
        for (const LogEntry &entry : m_state.log(incidentId))
            r.log.append({entry, {}, false, {}});
        r.people = {{priya, QStringLiteral("Priya Raman")},
                    {kenji, QStringLiteral("Kenji Tanaka")},
                    {zoe, QStringLiteral("Zoë Müller")}};
        r.workspace = workspace;
        r.exportedAtMs = utcMs("2026-11-26T15:00:00Z");
        // All but the newest entry were sequenced by the relay.
        r.chain.incidentId = incidentId;
        r.chain.head
            = {r.log.size() - 1,
               QByteArray::fromHex("c6e8527542f64ecc99f90fb169b6664ca97c1c7009acd83d0f7507a8f27b60d8")};
        r.chain.unchained = 1;
        return r;
    }

    // Adds log lines (for long records); %1 in the text is the line's number.
    void addNotes(int count, const QString &text)
    {
        for (int i = 0; i < count; ++i)
            addNote(text.contains(QStringLiteral("%1")) ? text.arg(i + 1) : text);
    }
    void addNote(const QString &text) { apply(changes::logEntry(incidentId, LogKind::Note, text), kenji); }

private:
    static constexpr qint64 kMinute = 60'000;

    void apply(const QList<Change> &changes, const QString &author)
    {
        for (const Change &c : changes) {
            const Operation op {{replica, ++m_counter},
                                {m_wall, 0},
                                author,
                                QStringLiteral("payments"),
                                c.kind,
                                c.entity,
                                c.field,
                                c.value};
            QVERIFY2(validateOperation(op).isEmpty(), qPrintable(validateOperation(op)));
            QString error;
            m_state.apply(op, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        m_wall += kMinute;
    }

    WorkspaceState m_state;
    qint64 m_wall = 0;
    qint64 m_counter = 0;
};

} // namespace muster::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled update templates: every audience and stage exists, renders from a live incident
// with no unfilled placeholder, stays clear of the lint rules, and says when the next update
// comes (all but the resolution notice). Placeholders fill from the incident in the audience's
// time zone; missing values and typos stay visible.
#include "comms/updatelint.h"
#include "comms/updatetemplate.h"
#include "comms/updatevalues.h"
#include "core/changes.h"
#include "core/taskchanges.h"
#include "core/workspacestate.h"

#include <QDateTime>
#include <QTest>

using namespace muster;
using namespace muster::comms;

namespace {
constexpr qint64 kStart = 1'795'000'000'000; // 2026-11-18 11:06:40 UTC
const QString kIncident = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1ABC");
const QString kPriya = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1PRY");
const QString kZoe = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1Z0E");
const QHash<QString, QString> kPeople {{kPriya, QStringLiteral("Priya Raman")},
                                       {kZoe, QStringLiteral("Zoë Müller")}};

Incident liveIncident()
{
    WorkspaceState state;
    qint64 counter = 0;
    auto apply = [&](const QList<Change> &changes) {
        for (const Change &c : changes)
            state.apply({{QStringLiteral("a000000000000001"), ++counter},
                         {kStart + counter, 0},
                         kPriya,
                         QStringLiteral("ws"),
                         c.kind,
                         c.entity,
                         c.field,
                         c.value});
    };
    Declaration d;
    d.title = QStringLiteral("Checkout failing for EU customers");
    d.severity = Severity::Sev1;
    d.services = {QStringLiteral("Checkout"), QStringLiteral("Payments")};
    d.impact = QStringLiteral("About a third of EU checkout attempts fail with an error page.");
    d.commanderId = kPriya;
    d.commanderName = QStringLiteral("Priya Raman");
    apply(changes::declareIncident(kIncident, d, kStart));
    const Incident declared = state.incidents().value(kIncident);
    apply(changes::assignRole(declared, Role::CommunicationsLead, kZoe, QStringLiteral("Zoë Müller"),
                              QStringLiteral("Priya Raman")));
    apply(changes::addTask(state.incidents().value(kIncident), QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1TSK"),
                           {TaskKind::Task, QStringLiteral("Roll back the latest checkout release"), kPriya,
                            QStringLiteral("Priya Raman"), 0},
                           kStart));
    return state.incidents().value(kIncident);
}

QMap<QString, QString> values(const QTimeZone &zone = QTimeZone("Europe/Berlin"))
{
    return placeholderValues(liveIncident(), kPeople, kStart + 20 * 60'000, zone,
                             {QStringLiteral("Retry the payment after a minute."),
                              QStringLiteral("No data was lost and you do not need to do anything.")});
}
} // namespace

class TestUpdateTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBundledTemplateRendersCompletely_data()
    {
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("stage");
        for (AudienceType audience : allAudienceTypes) {
            for (UpdateStage stage : allUpdateStages) {
                const QString a = audienceTypeName(audience), s = updateStageName(stage);
                QTest::newRow(qPrintable(a + u'/' + s)) << a << s;
            }
        }
    }

    void everyBundledTemplateRendersCompletely()
    {
        QFETCH(QString, audience);
        QFETCH(QString, stage);
        const UpdateStage s = *updateStageFromName(stage);
        const UpdateTemplate t = defaultTemplate(*audienceTypeFromName(audience), s);
        QVERIFY2(!t.subject.isEmpty() && !t.body.isEmpty(), "the template is bundled");
        QVERIFY(t.body.contains(QStringLiteral("{{")));
        const RenderedUpdate r = renderTemplate(t, values());
        QVERIFY2(r.unfilled.isEmpty(), qPrintable(r.unfilled.join(u',')));
        QVERIFY(!r.subject.contains(QStringLiteral("{{")) && !r.body.contains(QStringLiteral("{{")));
        QVERIFY(r.subject.contains(QStringLiteral("Checkout failing for EU customers")));
        // Good practice is in the bundled text itself: nothing to warn about.
        const QList<LintWarning> warnings
            = lintUpdate(r.subject, r.body, s, {QStringLiteral("Priya Raman"), QStringLiteral("Zoë Müller")});
        QStringList found;
        for (const LintWarning &w : warnings)
            found << w.rule + u':' + w.words;
        QVERIFY2(warnings.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
        // Customers read no internal names: no severity code, no incident id, no names of responders.
        if (audience == u"customers") {
            QVERIFY(!r.subject.contains(QStringLiteral("SEV")) && !r.body.contains(QStringLiteral("SEV")));
            QVERIFY(!r.body.contains(kIncident));
            QVERIFY(!r.body.contains(QStringLiteral("Priya Raman")));
        }
    }

    void placeholdersFillFromTheIncidentInTheAudiencesTimeZone()
    {
        const QMap<QString, QString> berlin = values();
        QCOMPARE(berlin.value(QStringLiteral("severity")), QStringLiteral("SEV1"));
        QCOMPARE(berlin.value(QStringLiteral("status")), QStringLiteral("Investigating"));
        QCOMPARE(berlin.value(QStringLiteral("services")), QStringLiteral("Checkout, Payments"));
        QCOMPARE(berlin.value(QStringLiteral("ic")), QStringLiteral("Priya Raman"));
        QCOMPARE(berlin.value(QStringLiteral("cl")), QStringLiteral("Zoë Müller"));
        QCOMPARE(berlin.value(QStringLiteral("actions")),
                 QStringLiteral("Roll back the latest checkout release (Priya Raman)"));
        QCOMPARE(berlin.value(QStringLiteral("started")), QStringLiteral("18 Nov 2026, 12:06 CET"));
        QCOMPARE(berlin.value(QStringLiteral("next_update")), QStringLiteral("18 Nov 2026, 12:26 CET"));
        const QMap<QString, QString> tokyo = values(QTimeZone("Asia/Tokyo"));
        QVERIFY2(tokyo.value(QStringLiteral("started")).startsWith(QStringLiteral("18 Nov 2026, 20:06")),
                 qPrintable(tokyo.value(QStringLiteral("started"))));
        QCOMPARE(values(QTimeZone::utc()).value(QStringLiteral("started")),
                 QStringLiteral("18 Nov 2026, 11:06 UTC"));
    }

    void missingValuesAndTyposStayVisible()
    {
        const UpdateTemplate t {AudienceType::Executives, UpdateStage::Update,
                                QStringLiteral("{{title}}: {{ severity }}"),
                                QStringLiteral("Impact: {{impact}}. Owner: {{owner}}. {{impact}} again.")};
        QMap<QString, QString> v {{QStringLiteral("title"), QStringLiteral("Checkout\nfailing")},
                                  {QStringLiteral("severity"), QStringLiteral("SEV2")},
                                  {QStringLiteral("impact"), QStringLiteral("   ")}};
        const RenderedUpdate r = renderTemplate(t, v);
        QCOMPARE(r.subject,
                 QStringLiteral("Checkout failing: SEV2")); // one line, spaces inside braces allowed
        QCOMPARE(r.body, QStringLiteral("Impact: {{impact}}. Owner: {{owner}}. {{impact}} again."));
        QCOMPARE(r.unfilled, (QStringList {QStringLiteral("impact"), QStringLiteral("owner")}));
    }

    void anEditedTemplateReplacesTheBundledOne()
    {
        CommsSettings settings;
        settings.templates.insert({AudienceType::Customers, UpdateStage::Update},
                                  {QStringLiteral("Status: {{title}}"), QStringLiteral("Still on it.")});
        QCOMPARE(templateFor(settings, AudienceType::Customers, UpdateStage::Update).subject,
                 QStringLiteral("Status: {{title}}"));
        QCOMPARE(templateFor(settings, AudienceType::Customers, UpdateStage::Initial),
                 defaultTemplate(AudienceType::Customers, UpdateStage::Initial));
    }

    void theStageFollowsTheIncident()
    {
        QCOMPARE(suggestedStage(LifecycleState::Investigating, false), UpdateStage::Initial);
        QCOMPARE(suggestedStage(LifecycleState::Investigating, true), UpdateStage::Update);
        QCOMPARE(suggestedStage(LifecycleState::Mitigated, true), UpdateStage::Mitigated);
        QCOMPARE(suggestedStage(LifecycleState::Resolved, true), UpdateStage::Resolved);
        // One list: placeholderHelp() returns a new one each call, and iterators of two are not a range.
        const auto help = placeholderHelp();
        QCOMPARE(help.size(), 15);
        QVERIFY(std::any_of(help.cbegin(), help.cend(),
                            [](const auto &entry) { return entry.first == u"bridge"; }));
    }
};

QTEST_GUILESS_MAIN(TestUpdateTemplate)
#include "tst_updatetemplate.moc"

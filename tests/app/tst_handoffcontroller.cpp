// SPDX-License-Identifier: GPL-3.0-or-later
// The guided handoff through its controller, as two responders at one machine would do it, with
// no relay (offline): Priya, the IC, briefs and offers command; the roster changes only when
// Daniel accepts; a declined or withdrawn offer changes nothing but the log.
#include "apptesting.h"
#include "boardmodel.h"
#include "handoffcontroller.h"
#include "incidentroom.h"
#include "logmodel.h"
#include "peoplemodel.h"

#include <QSignalSpy>

using namespace muster;

class TestHandoffController : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;
    QString m_incident;

    IncidentRoom *room() { return (*m_app)->room(); }
    HandoffController *handoff() { return room()->handoff(); }
    QString personId(const QString &name) { return (*m_app)->people()->findByName(name)->id; }
    QString newestLog() { return room()->log()->index(0).data(LogModel::TextRole).toString(); }

    // Closes Muster and opens the same data directory as someone else.
    void switchUser(const QString &name)
    {
        std::unique_ptr<QTemporaryDir> dir = std::move(m_app->dir);
        m_app.reset();
        m_app = std::make_unique<testing::StartedApp>(std::move(dir), name);
        QVERIFY(m_app->settle());
        room()->open(m_incident);
        QVERIFY(m_app->settle());
        QVERIFY(room()->loaded());
    }

    // Priya offers command to Daniel with a short briefing.
    void offerCommandToDaniel()
    {
        QVERIFY(handoff()->startOffer(QStringLiteral("ic")));
        handoff()->setToPersonId(personId(QStringLiteral("Daniel Okafor")));
        handoff()->setRisks(QStringLiteral("payments pool may saturate again at the evening peak"));
        QSignalSpy offered(handoff(), &HandoffController::offered);
        QVERIFY2(handoff()->offer(), qPrintable(handoff()->problem()));
        QVERIFY(offered.wait(5000));
        QVERIFY(m_app->settle());
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        m_incident = (*m_app)->board()->topIncidentId();
        room()->open(m_incident);
        QVERIFY(m_app->settle());
        QCOMPARE(room()->commanderName(), QStringLiteral("Priya Raman"));
    }
    void cleanup() { m_app.reset(); }

    void theBriefingStartsFromWhatTheIncidentKnows()
    {
        QVERIFY(!handoff()->startOffer(QStringLiteral("scribe"))); // assigned directly, no briefing
        QVERIFY(handoff()->startOffer(QStringLiteral("ic")));
        QCOMPARE(handoff()->roleLabel(), QStringLiteral("Incident Commander"));
        QVERIFY2(handoff()->situation().startsWith(QStringLiteral("SEV1, Investigating. Checkout requests")),
                 qPrintable(handoff()->situation()));
        // The demo's runbook has step 7 in progress and six steps not started.
        QVERIFY2(handoff()->actions().contains(QStringLiteral("step 7: Confirm every instance")),
                 qPrintable(handoff()->actions()));
        QVERIFY(handoff()->openItems().contains(QStringLiteral("step 8:")));
        QVERIFY(handoff()->openItems().endsWith(QStringLiteral("Open runbook steps not listed here: 1")));
        QCOMPARE(handoff()->problem(), QStringLiteral("Choose who takes over."));
        handoff()->setToPersonId(personId(QStringLiteral("Priya Raman")));
        QCOMPARE(handoff()->problem(), QStringLiteral("Priya Raman is Incident Commander already."));
        handoff()->setToPersonId(personId(QStringLiteral("Daniel Okafor")));
        handoff()->setSituation(QStringLiteral("   "));
        QVERIFY(handoff()->problem().contains(QStringLiteral("situation")));
        QSignalSpy refused(handoff(), &HandoffController::refused);
        QVERIFY(!handoff()->offer());
        QCOMPARE(refused.size(), 1);
    }

    void theRosterChangesOnlyWhenTheIncomingICAccepts()
    {
        offerCommandToDaniel();
        QCOMPARE(room()->commanderName(), QStringLiteral("Priya Raman")); // not yet
        QVERIFY(
            newestLog().startsWith(QStringLiteral("Priya Raman offered Incident Commander to Daniel Okafor. "
                                                  "Briefing:\nSituation: SEV1, Investigating.")));
        QVERIFY(newestLog().contains(QStringLiteral("Risks: payments pool may saturate again")));
        QCOMPARE(handoff()->pending().size(), 1);
        QVariantMap offer = handoff()->pending().first().toMap();
        QCOMPARE(offer.value(QStringLiteral("toName")).toString(), QStringLiteral("Daniel Okafor"));
        QVERIFY(offer.value(QStringLiteral("mine")).toBool());
        QVERIFY(!offer.value(QStringLiteral("forMe")).toBool());
        // Priya cannot accept on Daniel's behalf.
        QSignalSpy refused(handoff(), &HandoffController::refused);
        QVERIFY(!handoff()->accept(QStringLiteral("ic")));
        QCOMPARE(refused.first().first().toString(),
                 QStringLiteral("Only Daniel Okafor can accept this offer."));

        switchUser(QStringLiteral("Daniel Okafor"));
        offer = handoff()->pending().first().toMap();
        QVERIFY(offer.value(QStringLiteral("forMe")).toBool());
        QCOMPARE(offer.value(QStringLiteral("risks")).toString(),
                 QStringLiteral("payments pool may saturate again at the evening peak"));
        QSignalSpy accepted(handoff(), &HandoffController::accepted);
        QVERIFY(handoff()->accept(QStringLiteral("ic")));
        QVERIFY(accepted.wait(5000));
        QVERIFY(m_app->settle());
        QCOMPARE(room()->commanderName(), QStringLiteral("Daniel Okafor"));
        QVERIFY(handoff()->pending().isEmpty());
        QCOMPARE(
            newestLog(),
            QStringLiteral("Daniel Okafor accepted command from Priya Raman and is now Incident Commander"));
        // Offline all along: saved here, waiting for a relay.
        QVERIFY(room()->log()->index(0).data(LogModel::PendingRole).toBool());
        QVERIFY((*m_app)->pendingCount() > 0);
    }

    void aRefusedHandoffLeavesPriyaInCommand()
    {
        offerCommandToDaniel();
        switchUser(QStringLiteral("Daniel Okafor"));
        QSignalSpy declined(handoff(), &HandoffController::declined);
        QVERIFY(
            handoff()->decline(QStringLiteral("ic"), QStringLiteral("  I am on call for payments tonight ")));
        QVERIFY(declined.wait(5000));
        QVERIFY(m_app->settle());
        QCOMPARE(room()->commanderName(), QStringLiteral("Priya Raman"));
        QVERIFY(handoff()->pending().isEmpty());
        QCOMPARE(newestLog(),
                 QStringLiteral("Daniel Okafor declined to take over as Incident Commander: "
                                "I am on call for payments tonight"));
        // Nothing left to accept.
        QSignalSpy refused(handoff(), &HandoffController::refused);
        QVERIFY(!handoff()->accept(QStringLiteral("ic")));
        QCOMPARE(refused.size(), 1);
    }

    void anOfferCanBeWithdrawnByWhoeverMadeIt()
    {
        offerCommandToDaniel();
        QSignalSpy withdrawn(handoff(), &HandoffController::withdrawn);
        QVERIFY(handoff()->withdraw(QStringLiteral("ic")));
        QVERIFY(withdrawn.wait(5000));
        QVERIFY(m_app->settle());
        QVERIFY(handoff()->pending().isEmpty());
        QCOMPARE(newestLog(),
                 QStringLiteral("Priya Raman withdrew the offer of Incident Commander to Daniel Okafor"));
    }

    void theNextICIsNamedEarlyAndOfferedFirst()
    {
        handoff()->setNextHolder(QStringLiteral("ic"), personId(QStringLiteral("Marcus Chen")));
        QVERIFY(m_app->settle());
        QCOMPARE(handoff()->nextHolders().value(QStringLiteral("ic")).toString(),
                 QStringLiteral("Marcus Chen"));
        QCOMPARE(newestLog(), QStringLiteral("Marcus Chen is named as the next Incident Commander"));
        QVERIFY(handoff()->startOffer(QStringLiteral("ic")));
        QCOMPARE(handoff()->toPersonId(), personId(QStringLiteral("Marcus Chen")));
        handoff()->setNextHolder(QStringLiteral("ic"), QString());
        QVERIFY(m_app->settle());
        QVERIFY(handoff()->nextHolders().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHandoffController)
#include "tst_handoffcontroller.moc"

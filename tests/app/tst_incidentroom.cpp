// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/incidentroom.h"
#include "app/logmodel.h"
#include "app/milestonemodel.h"
#include "app/peoplemodel.h"
#include "app/rostermodel.h"
#include "app/runbookmodel.h"
#include "apptesting.h"
#include "core/fields.h"

#include <QCborMap>

using namespace muster;

class TestIncidentRoom : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;
    IncidentRoom *room() { return (*m_app)->room(); }
    QString newestLog() { return room()->log()->index(0).data(LogModel::TextRole).toString(); }
    QString personId(const QString &name) { return (*m_app)->people()->findByName(name)->id; }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        room()->open((*m_app)->board()->topIncidentId());
        QVERIFY(m_app->settle());
        QVERIFY(room()->loaded());
    }

    void headerFacts()
    {
        QCOMPARE(room()->severityLabel(), QStringLiteral("SEV1"));
        QCOMPARE(room()->state(), QStringLiteral("investigating"));
        QCOMPARE(room()->commanderName(), QStringLiteral("Priya Raman"));
        QCOMPARE(room()->services().size(), 3);
        QVERIFY(room()->startedAt() > 0);
        QCOMPARE(room()->milestones()->rowCount(), 8);
        QCOMPARE(room()->severityChoices().size(), 4);
        QCOMPARE(room()->stateChoices().size(), 7);
    }

    // A sync that found this incident's log differ from the relay's leaves a lasting warning at
    // the top of the room; other incidents say nothing.
    void aLogThatDiffersFromTheRelaysIsSaidInTheRoom()
    {
        QVERIFY(room()->chainProblem().isEmpty());
        const QString id = room()->incidentId();
        Operation note {{QStringLiteral("b000000000000002"), 1},
                        HlcTimestamp::fromPacked(quint64((*m_app)->nowMs()) << 16),
                        personId(QStringLiteral("Priya Raman")),
                        QStringLiteral("default"),
                        OpKind::Append,
                        incidentEntity(id),
                        QStringLiteral("log"),
                        QCborMap {{QStringLiteral("kind"), QStringLiteral("note")},
                                  {QStringLiteral("text"), QStringLiteral("edited on the relay")}}};
        const ChainLink relayClaims {1, QByteArray(32, '\xff')};
        (*m_app)->storeClient()->run<bool>(this, [note, relayClaims](Store &store) {
            return store.applyFromRelay({note}, QStringLiteral("ws://relay"), 1, {relayClaims}).ok();
        });
        (*m_app)->storeClient()->waitForWorker();
        const QString other = (*m_app)->board()->index(1).data(BoardModel::IdRole).toString();
        QVERIFY(other != id);
        room()->open(other);
        QVERIFY(m_app->settle());
        QVERIFY(room()->chainProblem().isEmpty());
        room()->open(id);
        QVERIFY(m_app->settle());
        QVERIFY2(
            room()->chainProblem().contains(QStringLiteral("differs from the relay's record from entry 1")),
            qPrintable(room()->chainProblem()));
        QVERIFY(room()->chainProblem().contains(QStringLiteral("musterctl verify")));
    }

    void stateChangeRecordsMilestoneAndMovesTheCard()
    {
        room()->setState(QStringLiteral("mitigated"));
        QVERIFY(m_app->settle());
        QCOMPARE(room()->state(), QStringLiteral("mitigated"));
        QCOMPARE(newestLog(), QStringLiteral("State changed from Investigating to Mitigated"));
        const QModelIndex mitigated = room()->milestones()->index(4);
        QCOMPARE(mitigated.data(MilestoneModel::NameRole).toString(), QStringLiteral("mitigated"));
        QVERIFY(mitigated.data(MilestoneModel::AtRole).toDouble() > 0);
        QVERIFY(mitigated.data(MilestoneModel::SincePreviousRole).toDouble() > 0);
        const int row = (*m_app)->board()->indexOfId(room()->incidentId());
        QCOMPARE((*m_app)->board()->index(row).data(BoardModel::StateRole).toString(),
                 QStringLiteral("mitigated"));
    }

    void closingTakesItOffTheBoard()
    {
        const int before = (*m_app)->board()->rowCount();
        room()->setState(QStringLiteral("closed"));
        QVERIFY(m_app->settle());
        QCOMPARE((*m_app)->board()->rowCount(), before - 1);
    }

    void handOverCommand()
    {
        room()->assignRole(QStringLiteral("ic"), personId(QStringLiteral("Daniel Okafor")));
        QVERIFY(m_app->settle());
        QCOMPARE(room()->commanderName(), QStringLiteral("Daniel Okafor"));
        QCOMPARE(newestLog(), QStringLiteral("Command passed from Priya Raman to Daniel Okafor"));
        // Deputy was not delegated: now held by the new IC.
        QCOMPARE(room()->roster()->index(1).data(RosterModel::PersonNameRole).toString(),
                 QStringLiteral("Daniel Okafor"));
    }

    void unassignReturnsRoleToCommander()
    {
        room()->assignRole(QStringLiteral("comms"), QString());
        QVERIFY(m_app->settle());
        QCOMPARE(newestLog(), QStringLiteral("Sofia Alvarez is no longer Communications Lead"));
        const QModelIndex comms = room()->roster()->index(2);
        QCOMPARE(comms.data(RosterModel::PersonNameRole).toString(), QStringLiteral("Priya Raman"));
        QVERIFY(!comms.data(RosterModel::DelegatedRole).toBool());
        room()->assignRole(QStringLiteral("nonsense"), personId(QStringLiteral("Daniel Okafor")));
        QVERIFY(m_app->settle());
        QCOMPARE(newestLog(), QStringLiteral("Sofia Alvarez is no longer Communications Lead")); // ignored
    }

    void subjectMatterExperts()
    {
        const int rows = room()->roster()->rowCount();
        room()->setSubjectMatterExpert(personId(QStringLiteral("Amara Nwosu")), true);
        QVERIFY(m_app->settle());
        QCOMPARE(room()->roster()->rowCount(), rows + 1);
        room()->setSubjectMatterExpert(personId(QStringLiteral("Amara Nwosu")), false);
        QVERIFY(m_app->settle());
        QCOMPARE(room()->roster()->rowCount(), rows);
    }

    void attachRunbookAndWorkThroughIt()
    {
        const int steps = room()->runbook()->rowCount();
        room()->attachRunbook(QStringLiteral("major-incident-basics"));
        QVERIFY(m_app->settle());
        QVERIFY(room()->runbook()->rowCount() > steps);
        QVERIFY(newestLog().startsWith(QStringLiteral("Runbook attached: Major incident basics")));
        const QModelIndex first = room()->runbook()->index(steps);
        QVERIFY(first.data(RunbookModel::FirstOfRunbookRole).toBool());
        room()->setStepState(first.data(RunbookModel::AttachmentIdRole).toString(), 0,
                             QStringLiteral("doing"));
        QVERIFY(m_app->settle());
        QCOMPARE(room()->runbook()->index(steps).data(RunbookModel::StateRole).toString(),
                 QStringLiteral("doing"));
        QCOMPARE(room()->runbook()->index(steps).data(RunbookModel::DoneByRole).toString(),
                 QStringLiteral("Priya Raman"));
        room()->attachRunbook(QStringLiteral("no-such-template"));
        QVERIFY(m_app->settle());
        QVERIFY(newestLog().startsWith(QStringLiteral("Runbook attached: Major incident basics")));
    }

    void milestoneCorrection()
    {
        const double detected = double(room()->milestones()->timeOf(Milestone::Detected));
        // The demo records impact start (from the dashboards); correcting it needs a reason.
        QVERIFY(room()->milestones()->timeOf(Milestone::ImpactStarted) > 0);
        QVERIFY(room()->milestones()->timeOf(Milestone::ImpactStarted) < detected);
        const QString refused = room()->setMilestone(QStringLiteral("impact_started"), detected - 600'000);
        QVERIFY2(refused.contains(QStringLiteral("Say why")), qPrintable(refused));
        QVERIFY(m_app->settle());
        QVERIFY(!newestLog().startsWith(QStringLiteral("Impact started")));
        QCOMPARE(room()->setMilestone(QStringLiteral("impact_started"), detected - 600'000,
                                      QStringLiteral("CDN logs show 502s from then")),
                 QString());
        QVERIFY(m_app->settle());
        QVERIFY2(newestLog().startsWith(QStringLiteral("Impact started time corrected from")),
                 qPrintable(newestLog()));
        QVERIFY(newestLog().endsWith(QStringLiteral(": CDN logs show 502s from then")));
        QCOMPARE(room()->milestones()->timeOf(Milestone::ImpactStarted), qint64(detected) - 600'000);

        // A slip puts impact after detection: both the model and the header count it.
        QCOMPARE(room()->milestones()->problemCount(), 0);
        QCOMPARE(
            room()->setMilestone(QStringLiteral("impact_started"), detected + 60'000, QStringLiteral("typo")),
            QString());
        QVERIFY(m_app->settle());
        QCOMPARE(room()->milestones()->problemCount(), 1);
        const QModelIndex detectedRow = room()->milestones()->index(1);
        QVERIFY2(detectedRow.data(MilestoneModel::ProblemRole)
                     .toString()
                     .startsWith(QStringLiteral("before Impact started")),
                 qPrintable(detectedRow.data(MilestoneModel::ProblemRole).toString()));

        // Clearing is a change too; an over-long reason is refused with a sentence.
        QVERIFY(room()
                    ->setMilestone(QStringLiteral("impact_started"), 0, QString(201, u'x'))
                    .startsWith(QStringLiteral("Reason:")));
        QCOMPARE(
            room()->setMilestone(QStringLiteral("impact_started"), 0, QStringLiteral("unknown after all")),
            QString());
        QVERIFY(m_app->settle());
        QVERIFY(newestLog().startsWith(QStringLiteral("Impact started time cleared")));
        QCOMPARE(room()->milestones()->problemCount(), 0);
        // Setting a time not recorded yet needs no reason.
        QCOMPARE(room()->setMilestone(QStringLiteral("impact_started"), detected - 60'000), QString());
        QVERIFY(m_app->settle());
        QVERIFY(newestLog().startsWith(QStringLiteral("Impact started time set to")));
    }

    void editTitleSummaryServices()
    {
        room()->setTitle(QStringLiteral("Checkout 502s in eu-west-1"));
        room()->setServices(QStringLiteral("checkout-api, edge"));
        room()->setSummary(QStringLiteral("Rolled back."));
        QVERIFY(m_app->settle());
        QCOMPARE(room()->title(), QStringLiteral("Checkout 502s in eu-west-1"));
        QCOMPARE(room()->services(), (QStringList {QStringLiteral("checkout-api"), QStringLiteral("edge")}));
        QCOMPARE(room()->summary(), QStringLiteral("Rolled back."));
        QCOMPARE(newestLog(), QStringLiteral("Summary updated"));
    }
};

QTEST_MAIN(TestIncidentRoom)
#include "tst_incidentroom.moc"

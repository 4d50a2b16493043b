// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatevents.h"
#include "core/taskchanges.h"
#include "core/updatechanges.h"
#include "integrations/chat/incidentevents.h"

#include <QTest>

using namespace muster;
using namespace muster::testing;

class TestIncidentEvents : public QObject
{
    Q_OBJECT

    const QString id = QStringLiteral("01JCCCCCCCCCCCCCCCCCCCCCC1");

    // A detector that has seen Priya and Daniel, and the checkout incident declared.
    struct Declared
    {
        OpMaker make;
        IncidentEventDetector detector;
        QList<IncidentEvent> events;
    };
    void declare(Declared &d, const Declaration &declaration = checkoutDeclaration())
    {
        d.detector.apply(
            d.make.person(QStringLiteral("01JPPPPPPPPPPPPPPPPPPPPPP1"), QStringLiteral("Priya Raman"))
            + d.make.person(QStringLiteral("01JDDDDDDDDDDDDDDDDDDDDDD2"), QStringLiteral("Daniel Okafor")));
        d.events = d.detector.apply(d.make.ops(changes::declareIncident(id, declaration, d.make.nowMs())));
    }
    Incident incident(const Declared &d) const { return d.detector.state().incidents().value(id); }

private Q_SLOTS:
    void eventNamesRoundTrip()
    {
        for (IncidentEventKind kind : allIncidentEventKinds)
            QCOMPARE(incidentEventFromName(incidentEventName(kind)), kind);
        QCOMPARE(incidentEventFromName(u"declare"), std::nullopt);
        QCOMPARE(incidentEventName(IncidentEventKind::CommandHandedOver), QStringLiteral("handoff"));
    }

    void aDeclarationIsOneEventWithItsSeverityAndCommander()
    {
        Declared d;
        declare(d);
        // Declared, and (with a commander) acknowledged: a person is on it.
        QCOMPARE(d.events.size(), 2);
        QCOMPARE(d.events.at(1).kind, IncidentEventKind::Acknowledged);
        QCOMPARE(d.events.at(1).commander, QStringLiteral("Priya Raman"));
        QVERIFY(d.events.at(1).key() != d.events.at(0).key());
        const IncidentEvent &e = d.events.constFirst();
        QCOMPARE(e.kind, IncidentEventKind::Declared);
        QCOMPARE(e.incident.id, id);
        QCOMPARE(e.incident.title, QStringLiteral("Checkout fails for EU customers"));
        QCOMPARE(e.incident.severity, Severity::Sev2);
        QCOMPARE(e.incident.state, LifecycleState::Investigating);
        QCOMPARE(e.commander, QStringLiteral("Priya Raman"));
        QCOMPARE(e.incident.bridge, QStringLiteral("https://meet.example.com/sre-war-room"));
        // Keyed by the op that set the state: the same event always has the same key.
        QVERIFY(e.key().endsWith(QStringLiteral("/declared")));
        QVERIFY(e.key().startsWith(QStringLiteral("a1b2c3d4e5f60718:")));
        QCOMPARE(e.atMs, d.make.nowMs());
    }

    void severityStatusHandoffAndResolutionEachMakeTheirEvent()
    {
        Declared d;
        declare(d);
        auto events = d.detector.apply(d.make.ops(changes::setSeverity(incident(d), Severity::Sev1)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::SeverityChanged);
        QCOMPARE(events[0].previousSeverity, Severity::Sev2);
        QCOMPARE(events[0].incident.severity, Severity::Sev1);

        events = d.detector.apply(
            d.make.ops(changes::setState(incident(d), LifecycleState::Mitigated, d.make.nowMs() + 1000)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::StatusChanged);
        QCOMPARE(events[0].previousState, LifecycleState::Investigating);
        QCOMPARE(events[0].incident.state, LifecycleState::Mitigated);

        events = d.detector.apply(d.make.ops(changes::assignRole(
            incident(d), Role::IncidentCommander, QStringLiteral("01JDDDDDDDDDDDDDDDDDDDDDD2"),
            QStringLiteral("Daniel Okafor"), QStringLiteral("Priya Raman"))));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::CommandHandedOver);
        QCOMPARE(events[0].previousCommander, QStringLiteral("Priya Raman"));
        QCOMPARE(events[0].commander, QStringLiteral("Daniel Okafor"));

        events = d.detector.apply(
            d.make.ops(changes::setState(incident(d), LifecycleState::Resolved, d.make.nowMs() + 1000)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::Resolved);
        QCOMPARE(events[0].previousState, LifecycleState::Mitigated);

        // Later states are status changes; reopening is one too.
        events = d.detector.apply(
            d.make.ops(changes::setState(incident(d), LifecycleState::Learning, d.make.nowMs() + 1000)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::StatusChanged);
        events = d.detector.apply(
            d.make.ops(changes::setState(incident(d), LifecycleState::Investigating, d.make.nowMs() + 1000)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::StatusChanged);
        QCOMPARE(events[0].previousState, LifecycleState::Learning);
    }

    void aSentUpdateIsAnEventWithItsSubjectAndAudience()
    {
        Declared d;
        declare(d);
        SentUpdate update;
        update.id = QStringLiteral("01JBBBBBBBBBBBBBBBBBBBBBB3");
        update.list = QStringLiteral("Leadership");
        update.audience = AudienceType::Executives;
        update.stage = UpdateStage::Initial;
        update.to = {QStringLiteral("cto@example.com")};
        update.subject = QStringLiteral("[SEV2] Checkout degraded");
        update.body = QStringLiteral("Card payments fail for EU customers.\nNext update 14:30 UTC.");
        update.sentAtMs = d.make.nowMs();
        update.by = QStringLiteral("01JPPPPPPPPPPPPPPPPPPPPPP1");
        const auto events = d.detector.apply(d.make.ops(changes::recordSentUpdate(incident(d), update)));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::UpdateSent);
        QCOMPARE(events[0].update.subject, update.subject);
        QCOMPARE(events[0].update.list, QStringLiteral("Leadership"));
        QCOMPARE(events[0].update.body, update.body);
    }

    void anActionItemSentToJiraIsOneEventPerTask()
    {
        Declared d;
        declare(d);
        const QString task = QStringLiteral("01JTTTTTTTTTTTTTTTTTTTTTT1");
        changes::NewTask item;
        item.kind = TaskKind::ActionItem;
        item.title = QStringLiteral("Add a canary for checkout");
        item.ownerId = QStringLiteral("01JDDDDDDDDDDDDDDDDDDDDDD2");
        QVERIFY(d.detector.apply(d.make.ops(changes::addTask(incident(d), task, item, d.make.nowMs())))
                    .isEmpty());
        const auto events = d.detector.apply(d.make.ops(
            changes::requestTrackerIssue(incident(d), task, QStringLiteral("Jira"), d.make.nowMs())));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::ActionItemFiled);
        QCOMPARE(events[0].task.title, QStringLiteral("Add a canary for checkout"));
        QCOMPARE(events[0].taskOwner, QStringLiteral("Daniel Okafor"));
        QCOMPARE(events[0].key(), task + QStringLiteral("/action-item"));
        QCOMPARE(incidentEventFromName(QStringLiteral("action-item")), IncidentEventKind::ActionItemFiled);

        // Asked again by another desktop that had not heard: the same key, so one issue.
        const Change again {OpKind::Set, incidentEntity(id), taskField(task, taskattr::trackerRequested),
                            d.make.nowMs() + 5};
        const auto twice = d.detector.apply(d.make.ops({again}));
        QCOMPARE(twice.size(), 1);
        QCOMPARE(twice[0].key(), events[0].key());

        // Once the relay wrote the issue on it, a request makes no event.
        const TrackerIssue issue {
            QStringLiteral("OPS-1"), QStringLiteral("https://j.example/browse/OPS-1"), {}, {}, {}};
        QVERIFY(d.detector
                    .apply(d.make.ops({{OpKind::Set, incidentEntity(id), taskField(task, taskattr::tracker),
                                        issue.toCbor()}}))
                    .isEmpty());
        const Change late {OpKind::Set, incidentEntity(id), taskField(task, taskattr::trackerRequested),
                           d.make.nowMs() + 9};
        QVERIFY(d.detector.apply(d.make.ops({late})).isEmpty());
    }

    void takingCommandOfAnUncommandedIncidentAcknowledgesIt()
    {
        Declared d;
        Declaration nobody = checkoutDeclaration();
        nobody.commanderId.clear();
        nobody.commanderName.clear();
        declare(d, nobody);
        QCOMPARE(d.events.size(), 1);
        QCOMPARE(d.events[0].commander, QString());
        const auto events = d.detector.apply(d.make.ops(changes::assignRole(
            incident(d), Role::IncidentCommander, QStringLiteral("01JDDDDDDDDDDDDDDDDDDDDDD2"),
            QStringLiteral("Daniel Okafor"), QString())));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, IncidentEventKind::CommandHandedOver);
        QCOMPARE(events[0].previousCommander, QString());
        QCOMPARE(events[1].kind, IncidentEventKind::Acknowledged);
        QCOMPARE(events[1].commander, QStringLiteral("Daniel Okafor"));
    }

    void changesOfOtherFieldsMakeNoEvent()
    {
        Declared d;
        declare(d);
        QVERIFY(d.detector.apply(d.make.ops(changes::setSummary(incident(d), QStringLiteral("Worse"))))
                    .isEmpty());
        QVERIFY(d.detector.apply(d.make.ops(changes::logEntry(id, LogKind::Note, QStringLiteral("Looking"))))
                    .isEmpty());
        // Assigning a deputy is not a handoff of command.
        QVERIFY(d.detector
                    .apply(d.make.ops(changes::assignRole(incident(d), Role::DeputyCommander,
                                                          QStringLiteral("01JDDDDDDDDDDDDDDDDDDDDDD2"),
                                                          QStringLiteral("Daniel Okafor"), QString())))
                    .isEmpty());
    }

    void opsReadAgainMakeNoEvents()
    {
        Declared d;
        OpMaker replay = d.make; // the same replica and counters: the same ops again
        declare(d);
        QVERIFY(
            d.detector.apply(replay.ops(changes::declareIncident(id, checkoutDeclaration(), replay.nowMs())))
                .isEmpty());
    }

    void aLateWriteThatLosesMakesNoEvent()
    {
        Declared d;
        declare(d);
        d.detector.apply(d.make.ops(changes::setSeverity(incident(d), Severity::Sev1)));
        // Another replica set SEV3 earlier, offline; it arrives now and loses.
        OpMaker offline(QStringLiteral("ffff000011112222"), d.make.nowMs() - 60'000);
        QVERIFY(
            d.detector.apply(offline.ops(changes::setSeverity(incident(d), Severity::Sev3), 0)).isEmpty());
        QCOMPARE(incident(d).severity, Severity::Sev1);
    }

    void anIncidentOnlyDetectedIsNotAnnounced()
    {
        OpMaker make;
        IncidentEventDetector detector;
        const QList<Change> detected {
            {OpKind::Set, incidentEntity(id), fields::title, QStringLiteral("Disk full")},
            {OpKind::Set, incidentEntity(id), fields::state, QStringLiteral("detected")}};
        QVERIFY(detector.apply(make.ops(detected)).isEmpty());
        // Acknowledging it is when the channel hears of it.
        const auto events = detector.apply(make.ops(changes::setState(
            detector.state().incidents().value(id), LifecycleState::Acknowledged, make.nowMs())));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, IncidentEventKind::Declared);
    }

    void aDeclarationAndItsFirstChangesTogetherAreOneDeclaration()
    {
        // Read in one page after a restart: declared as it stands, then nothing double.
        OpMaker make;
        IncidentEventDetector detector;
        Declaration declaration = checkoutDeclaration();
        QList<Operation> ops = make.ops(changes::declareIncident(id, declaration, make.nowMs()));
        Incident declared;
        declared.id = id;
        declared.severity = Severity::Sev2;
        ops += make.ops(changes::setSeverity(declared, Severity::Sev1));
        const auto events = detector.apply(ops);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].kind, IncidentEventKind::Declared);
        QCOMPARE(events[0].incident.severity, Severity::Sev1);
        QCOMPARE(events[1].kind, IncidentEventKind::Acknowledged);
    }

    void eventsComeIncidentByIncidentInTheOrderTouched()
    {
        OpMaker make;
        IncidentEventDetector detector;
        const QString other = QStringLiteral("01JEEEEEEEEEEEEEEEEEEEEEE2");
        Declaration second = checkoutDeclaration();
        second.title = QStringLiteral("Search is slow");
        const auto events
            = detector.apply(make.ops(changes::declareIncident(other, second, make.nowMs())
                                      + changes::declareIncident(id, checkoutDeclaration(), make.nowMs())));
        QCOMPARE(events.size(), 4); // each declared and acknowledged
        QCOMPARE(events[0].incident.id, other);
        QCOMPARE(events[1].incident.id, other);
        QCOMPARE(events[2].incident.id, id);
        QVERIFY(events[0].key() != events[2].key());
    }
};

QTEST_GUILESS_MAIN(TestIncidentEvents)
#include "tst_incidentevents.moc"

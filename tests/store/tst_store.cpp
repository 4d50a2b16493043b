// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/randomops.h"
#include "core/changes.h"
#include "core/commschanges.h"
#include "core/fields.h"
#include "core/ids.h"
#include "core/runbooktemplate.h"
#include "core/taskchanges.h"
#include "core/updatechanges.h"
#include "core/workspacestate.h"
#include "store/database.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace muster;

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    qint64 m_wall = 1'700'000'000'000;

    QString newPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_files)); }

    // Compares the materialized incident with the reducer's.
    static void compareIncidents(const Incident &a, const Incident &b)
    {
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.severity, b.severity);
        QCOMPARE(a.state, b.state);
        QCOMPARE(a.services, b.services);
        QCOMPARE(a.roles, b.roles);
        QCOMPARE(a.smes, b.smes);
        QCOMPARE(a.milestones, b.milestones);
        QCOMPARE(a.alerts, b.alerts);
        QCOMPARE(a.handoffs, b.handoffs);
        QCOMPARE(a.nextHolders, b.nextHolders);
        QCOMPARE(a.tasks, b.tasks);
        QCOMPARE(a.retrospective, b.retrospective);
        QCOMPARE(a.updates, b.updates);
    }

    void expectMatchesReducer(Store &store, const WorkspaceState &reference)
    {
        for (const Incident &expected : reference.incidents()) {
            if (expected.title.isEmpty())
                continue;
            const auto loaded = store.incident(expected.id);
            QVERIFY(loaded.ok());
            QVERIFY(loaded.value.has_value());
            compareIncidents(*loaded.value, expected);
            const auto page = store.logPage(expected.id, {}, 100'000);
            QVERIFY(page.ok());
            const QList<LogEntry> log = reference.log(expected.id);
            QCOMPARE(page.value.size(), log.size());
            for (qsizetype i = 0; i < log.size(); ++i) // the page is newest first
                QCOMPARE(page.value.at(page.value.size() - 1 - i).entry.id, log.at(i).id);
        }
        const auto people = store.people();
        QVERIFY(people.ok());
        for (const Person &p : people.value)
            QCOMPARE(p.name, reference.people().value(p.id).name);
    }

    // What a relay sends: ops with the links it computed (here: computed as the relay does).
    static QList<ChainLink> linksOf(const QList<Operation> &ops, QHash<QString, ChainLink> &heads)
    {
        QList<ChainLink> out;
        for (const Operation &op : ops) {
            const auto entry = ChainedEntry::fromOperation(op);
            if (!entry) {
                out.append(ChainLink {});
                continue;
            }
            ChainLink &head = heads[entry->incidentId];
            head = logchain::next(head, *entry);
            out.append(head);
        }
        return out;
    }

    QList<Operation> writtenElsewhere(QString *incident, int notes)
    {
        Store other([this] { return m_wall; });
        if (other.open(newPath(), QStringLiteral("default")))
            return {};
        *incident = newEntityId(m_wall);
        Declaration d;
        d.title = QStringLiteral("Checkout 500s");
        d.commanderId = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");
        QList<Operation> ops
            = other.commitLocal(changes::declareIncident(*incident, d, m_wall), d.commanderId).value;
        for (int i = 0; i < notes; ++i) {
            ops += other
                       .commitLocal(
                           changes::logEntry(*incident, LogKind::Note, QStringLiteral("note %1 ✅").arg(i)),
                           d.commanderId)
                       .value;
        }
        return ops;
    }

private Q_SLOTS:
    void commitAssignsGapFreeCountersAndOutbox()
    {
        const QString path = newPath();
        QString replica;
        {
            Store store([this] { return m_wall; });
            QVERIFY(!store.open(path, QStringLiteral("default")));
            replica = store.replicaId();
            QVERIFY(isValidReplicaId(replica));
            Declaration d;
            d.title = QStringLiteral("API latency");
            const auto result
                = store.commitLocal(changes::declareIncident(newEntityId(m_wall), d, m_wall), QString());
            QVERIFY2(result.ok(), qPrintable(result.error.message));
            for (qsizetype i = 0; i < result.value.size(); ++i) {
                QCOMPARE(result.value.at(i).id.counter, i + 1);
                QCOMPARE(result.value.at(i).id.replica, replica);
                if (i > 0)
                    QCOMPARE_GT(result.value.at(i).hlc, result.value.at(i - 1).hlc);
            }
            QCOMPARE(store.pendingCount().value, result.value.size());
        }
        // Reopened: same replica, counters go on where they stopped.
        Store store([this] { return m_wall; });
        QVERIFY(!store.open(path, QStringLiteral("default")));
        QCOMPARE(store.replicaId(), replica);
        const int before = store.pendingCount().value;
        const auto active = store.activeIncidents().value;
        QCOMPARE(active.size(), 1);
        const auto more = store.commitLocal(
            changes::logEntry(active.first().id, LogKind::Note, QStringLiteral("x")), QString());
        QVERIFY(more.ok());
        QCOMPARE(more.value.first().id.counter, before + 1);
    }

    // The outbox is what the relay has not acknowledged: counted, marked per log entry, and
    // moving only forward, across a restart too.
    void acknowledgedOpsLeaveTheOutbox()
    {
        const QString path = newPath();
        QString incident;
        {
            Store store([this] { return m_wall; });
            QVERIFY(!store.open(path, QStringLiteral("default")));
            Declaration d;
            d.title = QStringLiteral("Queue backlog");
            incident = newEntityId(m_wall);
            QVERIFY(store.commitLocal(changes::declareIncident(incident, d, m_wall), QString()).ok());
            QList<Change> notes;
            for (int i = 0; i < 4; ++i)
                notes << changes::logEntry(incident, LogKind::Note, QStringLiteral("note %1").arg(i));
            const auto written = store.commitLocal(notes, QString());
            QVERIFY(written.ok());
            const int total = store.pendingCount().value;
            const qint64 secondNote = written.value.at(1).id.counter;
            QCOMPARE(written.value.last().id.counter, total);

            QVERIFY(!store.acknowledge(secondNote));
            QCOMPARE(store.pendingCount().value, total - int(secondNote));
            QVERIFY(!store.acknowledge(secondNote - 1)); // an older ack changes nothing
            QCOMPARE(store.pendingCount().value, total - int(secondNote));
        }
        Store store([this] { return m_wall; });
        QVERIFY(!store.open(path, QStringLiteral("default")));
        QCOMPARE(store.pendingCount().value, 2);
        QStringList pending, synced;
        for (const LogLine &line : store.logPage(incident, {}, 100).value)
            (line.pending ? pending : synced) << line.entry.text;
        QCOMPARE(pending, (QStringList {QStringLiteral("note 3"), QStringLiteral("note 2")}));
        QVERIFY(synced.contains(QStringLiteral("note 1")));
        QVERIFY(synced.contains(QStringLiteral("note 0")));

        // An ack past what this replica wrote counts only what it wrote.
        QVERIFY(!store.acknowledge(1'000'000));
        QCOMPARE(store.pendingCount().value, 0);
        const auto next = store.commitLocal(
            changes::logEntry(incident, LogKind::Note, QStringLiteral("after")), QString());
        QVERIFY(next.ok());
        QCOMPARE(store.pendingCount().value, 1);
        QVERIFY(store.logPage(incident, {}, 1).value.first().pending);
    }

    void invalidChangeCommitsNothing()
    {
        Store store;
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString id = newEntityId(m_wall);
        const QList<Change> changes {{OpKind::Set, incidentEntity(id), fields::title, QStringLiteral("ok")},
                                     {OpKind::Set, incidentEntity(id), fields::severity, 7}};
        const auto result = store.commitLocal(changes, QString());
        QCOMPARE(result.error.code, StoreError::Code::Invalid);
        QCOMPARE(store.pendingCount().value, 0);
        QCOMPARE(store.incidentCount().value, 0);
        // The next valid write still starts at counter 1.
        const auto ok = store.commitLocal({changes.first()}, QString());
        QVERIFY(ok.ok());
        QCOMPARE(ok.value.first().id.counter, 1);
    }

    void linkedAlertsOfOpenIncidentsAreListedWithTheirState()
    {
        Store store;
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString am = QStringLiteral("http://am:9093");
        Declaration d;
        d.title = QStringLiteral("Checkout slow");
        d.alerts = {{QStringLiteral("aa11"), QStringLiteral("HighLatency"), QStringLiteral("checkout"), am},
                    {QStringLiteral("bb22"), QStringLiteral("HighLatency"), QStringLiteral("checkout"), am}};
        const QString open = newEntityId(m_wall), closed = newEntityId(m_wall + 1);
        QVERIFY(store.commitLocal(changes::declareIncident(open, d, m_wall), QString()).ok());
        d.alerts = {{QStringLiteral("cc33"), QStringLiteral("DiskFull"), QString(), am}};
        QVERIFY(store.commitLocal(changes::declareIncident(closed, d, m_wall), QString()).ok());
        QVERIFY(
            store
                .commitLocal(changes::setState(*store.incident(closed).value, LifecycleState::Closed, m_wall),
                             QString())
                .ok());
        const Incident before = *store.incident(open).value;
        QVERIFY(store
                    .commitLocal(changes::followAlerts(before, am, {QStringLiteral("bb22")}, m_wall + 5000),
                                 QString())
                    .ok());

        const auto links = store.alertLinks();
        QVERIFY(links.ok());
        QCOMPARE(links.value.size(), 2); // the closed incident's alert is not followed any more
        QCOMPARE(links.value.at(0).incidentId, open);
        QCOMPARE(links.value.at(0).incidentTitle, QStringLiteral("Checkout slow"));
        QCOMPARE(links.value.at(0).alert.fingerprint, QStringLiteral("aa11"));
        QCOMPARE(links.value.at(0).alert.resolvedAtMs, m_wall + 5000);
        QCOMPARE(links.value.at(1).alert.resolvedAtMs, 0);
        QCOMPARE(store.incident(open).value->alerts.value(QStringLiteral("aa11")).resolvedAtMs,
                 m_wall + 5000);
    }

    void aPendingHandoffIsStoredWithItsBriefingAndSurvivesARebuild()
    {
        Store store;
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString id = newEntityId(m_wall), alice = newEntityId(m_wall), bob = newEntityId(m_wall);
        Declaration d;
        d.title = QStringLiteral("Checkout slow");
        d.commanderId = alice;
        QVERIFY(store.commitLocal(changes::declareIncident(id, d, m_wall), QString()).ok());
        HandoffOffer offer {alice,
                            bob,
                            {QStringLiteral("Stable since 10:05"), QStringLiteral("rollback"),
                             QStringLiteral("step 7"), QStringLiteral("10:30"), QStringLiteral("peak at 11")},
                            m_wall + 1};
        QVERIFY(store
                    .commitLocal(changes::setNextHolder(*store.incident(id).value, Role::IncidentCommander,
                                                        bob, QStringLiteral("Bob")),
                                 QString())
                    .ok());
        QVERIFY(store
                    .commitLocal(changes::offerHandoff(*store.incident(id).value, Role::IncidentCommander,
                                                       offer, QStringLiteral("Alice"), QStringLiteral("Bob")),
                                 QString())
                    .ok());
        QCOMPARE(store.incident(id).value->handoffs.value(Role::IncidentCommander), offer);
        QCOMPARE(store.incident(id).value->nextHolders.value(Role::IncidentCommander), bob);
        QVERIFY(!store.rebuildMaterialized());
        QCOMPARE(store.incident(id).value->handoffs.value(Role::IncidentCommander), offer);
        QVERIFY(store
                    .commitLocal(changes::acceptHandoff(*store.incident(id).value, Role::IncidentCommander,
                                                        QStringLiteral("Alice"), QStringLiteral("Bob")),
                                 QString())
                    .ok());
        const Incident after = *store.incident(id).value;
        QVERIFY(after.handoffs.isEmpty());
        QVERIFY(after.nextHolders.isEmpty());
        QCOMPARE(after.holderOf(Role::IncidentCommander), bob);
    }

    void historiesCarryMilestonesRoleSpansAndStepRuns()
    {
        qint64 wall = m_wall;
        Store store([&wall] { return wall; });
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString id = newEntityId(wall), ana = newEntityId(wall), ben = newEntityId(wall);
        Declaration d;
        d.title = QStringLiteral("Checkout slow");
        d.severity = Severity::Sev2;
        d.services = {QStringLiteral("checkout"), QStringLiteral("payments")};
        d.commanderId = ana;
        d.detectedAtMs = wall - 4 * 60'000;
        QVERIFY(store.commitLocal(changes::declareIncident(id, d, wall), QString()).ok());
        const qint64 declared = wall;
        RunbookTemplate runbook;
        runbook.id = QStringLiteral("rollback");
        runbook.title = QStringLiteral("Roll back");
        runbook.steps = {QStringLiteral("Freeze deploys"), QStringLiteral("Roll back")};
        const QString attachment = newEntityId(wall);
        QVERIFY(store
                    .commitLocal(changes::attachRunbook(*store.incident(id).value, attachment, runbook),
                                 QString())
                    .ok());
        wall += 6 * 60'000;
        QVERIFY(store
                    .commitLocal(changes::setStep(*store.incident(id).value, attachment, 0, StepState::Done,
                                                  ana, wall, {}),
                                 QString())
                    .ok());
        wall += 4 * 60'000;
        QVERIFY(store
                    .commitLocal(changes::assignRole(*store.incident(id).value, Role::IncidentCommander, ben,
                                                     QStringLiteral("Ben"), QStringLiteral("Ana")),
                                 QString())
                    .ok());
        const qint64 handedOver = wall;
        wall += 20 * 60'000;
        QVERIFY(store
                    .commitLocal(changes::setState(*store.incident(id).value, LifecycleState::Resolved, wall),
                                 QString())
                    .ok());
        Declaration drill = d;
        drill.title = QStringLiteral("GameDay");
        drill.drill = true;
        QVERIFY(store.commitLocal(changes::declareIncident(newEntityId(wall), drill, wall), QString()).ok());

        const auto histories = store.incidentHistories();
        QVERIFY(histories.ok());
        QCOMPARE(histories.value.size(), 2);
        const IncidentHistory &h = histories.value.at(histories.value.at(0).id == id ? 0 : 1);
        QCOMPARE(h.severity, Severity::Sev2);
        QCOMPARE(h.services, d.services);
        QCOMPARE(h.at(Milestone::Detected), declared - 4 * 60'000);
        QCOMPARE(h.at(Milestone::Resolved), wall);
        const QList<RoleSpan> spans {{Role::IncidentCommander, ana, declared, handedOver},
                                     {Role::IncidentCommander, ben, handedOver, wall}};
        QCOMPARE(h.roles, spans);
        QCOMPARE(h.steps.size(), 1);
        QCOMPARE(h.steps.first().step, QStringLiteral("Freeze deploys"));
        QCOMPARE(h.steps.first().doneMs - h.steps.first().startedMs, 6 * 60'000);
        QVERIFY(histories.value.at(histories.value.at(0).id == id ? 1 : 0).drill);
        // The wall's calm screen: the last real incident resolved (the drill is still open).
        QCOMPARE(store.lastResolvedAt().value, wall);
    }

    void aSentUpdateIsStoredAndSurvivesARebuild()
    {
        Store store;
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString id = newEntityId(m_wall), zoe = newEntityId(m_wall);
        Declaration d;
        d.title = QStringLiteral("Checkout slow");
        d.commanderId = zoe;
        QVERIFY(store.commitLocal(changes::declareIncident(id, d, m_wall), QString()).ok());
        const SentUpdate sent {newEntityId(m_wall),
                               QStringLiteral("Exec team"),
                               AudienceType::Executives,
                               UpdateStage::Initial,
                               {QStringLiteral("execs@example.com")},
                               {},
                               QStringLiteral("[SEV2] Checkout slow"),
                               QStringLiteral("Ünïcode body; 'quotes'; DROP TABLE incidents;--\n"),
                               m_wall + 60'000,
                               zoe};
        QVERIFY(
            store.commitLocal(changes::recordSentUpdate(*store.incident(id).value, sent), QString()).ok());
        QCOMPARE(store.incident(id).value->updates.value(sent.id), sent);
        QCOMPARE(store.incident(id).value->lastUpdateSentMs(), m_wall + 60'000);
        auto boardSays = [&] {
            const auto board = store.activeIncidents();
            return board.ok() && board.value.size() == 1 ? board.value.first().lastUpdateSentMs : -1;
        };
        QCOMPARE(boardSays(), m_wall + 60'000); // the board's countdown counts from it
        QVERIFY(!store.rebuildMaterialized());
        QCOMPARE(store.incident(id).value->updates.value(sent.id), sent);
        QCOMPARE(boardSays(), m_wall + 60'000);
    }

    void distributionListsAndSettingsAreStoredAndSurviveARebuild()
    {
        Store store;
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        QVERIFY(store.distributionLists().value.isEmpty());
        QCOMPARE(store.commsSettings().value, CommsSettings {});
        const DistributionList support {newEntityId(m_wall),
                                        QStringLiteral("support"),
                                        AudienceType::Support,
                                        {QStringLiteral("support@example.com")},
                                        {},
                                        {},
                                        false};
        const DistributionList execs {newEntityId(m_wall),
                                      QStringLiteral("Exec team"),
                                      AudienceType::Executives,
                                      {QStringLiteral("Zoë <zoe@example.com>")},
                                      {QStringLiteral("cfo@example.com")},
                                      QStringLiteral("Europe/Berlin"),
                                      false};
        QVERIFY(store.commitLocal(changes::saveDistributionList({}, support), QString()).ok());
        QVERIFY(store.commitLocal(changes::saveDistributionList({}, execs), QString()).ok());
        CommsSettings settings;
        QVERIFY(store.commitLocal(changes::setCadenceInterval(settings, Severity::Sev1, 15), QString()).ok());
        const TemplateText text {QStringLiteral("Hi"), QStringLiteral("Body; DROP TABLE ops;--")};
        QVERIFY(store
                    .commitLocal(
                        changes::saveTemplate(settings, AudienceType::Customers, UpdateStage::Initial, text),
                        QString())
                    .ok());
        auto check = [&] {
            const auto lists = store.distributionLists();
            QVERIFY(lists.ok());
            QCOMPARE(lists.value, (QList<DistributionList> {execs, support})); // by name, any case
            const auto stored = store.commsSettings();
            QCOMPARE(stored.value.intervalMinutes.value(Severity::Sev1), 15);
            QCOMPARE(stored.value.templates.value({AudienceType::Customers, UpdateStage::Initial}), text);
        };
        check();
        QVERIFY(!store.rebuildMaterialized());
        check();
        // Back to the bundled template: the row goes.
        QVERIFY(store
                    .commitLocal(changes::saveTemplate(store.commsSettings().value, AudienceType::Customers,
                                                       UpdateStage::Initial, std::nullopt),
                                 QString())
                    .ok());
        QVERIFY(store.commsSettings().value.templates.isEmpty());
    }

    void openActionItemsOfEveryIncidentByOwnerAndDueTime()
    {
        Store store;
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString outage = newEntityId(m_wall), drill = newEntityId(m_wall + 1);
        const QString kenji = newEntityId(m_wall), marcus = newEntityId(m_wall);
        for (const QString &id : {outage, drill}) {
            Declaration d;
            d.title = id == outage ? QStringLiteral("Orders down") : QStringLiteral("GameDay: lose a zone");
            d.drill = id == drill;
            QVERIFY(store.commitLocal(changes::declareIncident(id, d, m_wall), QString()).ok());
        }
        auto add = [&](const QString &incident, TaskKind kind, const QString &title, const QString &owner,
                       qint64 due) {
            const QString task = newEntityId(++m_wall);
            const auto result
                = store.commitLocal(changes::addTask(*store.incident(incident).value, task,
                                                     {kind, title, owner, QString(), due}, m_wall),
                                    QString());
            [&] { QVERIFY2(result.ok(), qPrintable(result.error.message)); }();
            return task;
        };
        add(outage, TaskKind::Task, QStringLiteral("Roll back"), kenji, 0); // a task, not an action item
        const QString later
            = add(outage, TaskKind::ActionItem, QStringLiteral("Add a canary"), kenji, m_wall + 7'000'000);
        const QString sooner = add(drill, TaskKind::ActionItem, QStringLiteral("Test zone failover monthly"),
                                   marcus, m_wall + 1'000'000);
        const QString undated
            = add(outage, TaskKind::ActionItem, QStringLiteral("Page the DB team, not us"), QString(), 0);
        const QString done = add(outage, TaskKind::ActionItem, QStringLiteral("Fix the alert"), kenji, 0);
        QVERIFY(
            store
                .commitLocal(changes::setTaskStatus(*store.incident(outage).value, done, TaskStatus::Done),
                             QString())
                .ok());
        // Closing the incident keeps its follow-ups on the list.
        QVERIFY(
            store
                .commitLocal(changes::setState(*store.incident(outage).value, LifecycleState::Closed, m_wall),
                             QString())
                .ok());

        auto ids = [](const QList<ActionItem> &items) {
            QStringList out;
            for (const ActionItem &item : items)
                out << item.task.id;
            return out;
        };
        const auto all = store.openActionItems();
        QVERIFY(all.ok());
        QCOMPARE(ids(all.value), (QStringList {sooner, later, undated}));
        QCOMPARE(all.value.first().incidentTitle, QStringLiteral("GameDay: lose a zone"));
        QVERIFY(all.value.first().drill);
        QCOMPARE(all.value.at(1).task.title, QStringLiteral("Add a canary"));
        QCOMPARE(ids(store.openActionItems(kenji).value), QStringList {later});
        QVERIFY(store.openActionItems(newEntityId(m_wall)).value.isEmpty());
        // The incident carries them too, and a rebuild from the op log gives the same.
        QCOMPARE(store.incident(outage).value->tasks.size(), 4);
        QVERIFY(!store.rebuildMaterialized());
        QCOMPARE(ids(store.openActionItems().value), (QStringList {sooner, later, undated}));
        QCOMPARE(store.incident(outage).value->tasks.value(done).status, TaskStatus::Done);
    }

    void hostileTextIsStoredVerbatim()
    {
        Store store;
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        Declaration d;
        d.title
            = QStringLiteral("'; DROP TABLE incidents; -- \u202e\u0645\u0631\u062d\u0628\u0627 \U0001F525");
        const QString id = newEntityId(m_wall);
        QVERIFY(store.commitLocal(changes::declareIncident(id, d, m_wall), QString()).ok());
        QCOMPARE(store.incident(id).value->title, d.title.trimmed());
        const auto found = store.searchIncidents(QStringLiteral("DROP"), 10);
        QVERIFY(found.ok());
        QCOMPARE(found.value.size(), 1);
    }

    void remoteOpsInAnyOrderMatchTheReducer_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("3") << 3u;
        QTest::newRow("77") << 77u;
    }
    void remoteOpsInAnyOrderMatchTheReducer()
    {
        QFETCH(quint32, seed);
        const QList<Operation> ops = testing::randomOps(seed, 3, 300, QStringLiteral("default"));
        WorkspaceState reference;
        for (const Operation &op : ops)
            reference.apply(op);

        QList<Operation> delivery = ops + ops.mid(0, 100); // with duplicates
        std::mt19937 rng(seed);
        std::shuffle(delivery.begin(), delivery.end(), rng);
        Store store([] { return qint64(1'700'000'000'000); });
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        int applied = 0;
        int duplicates = 0;
        for (qsizetype i = 0; i < delivery.size(); i += 50) {
            const auto result = store.applyRemote(delivery.mid(i, 50));
            QVERIFY2(result.ok(), qPrintable(result.error.message));
            QVERIFY(result.value.rejected.isEmpty());
            applied += result.value.applied + result.value.superseded;
            duplicates += result.value.duplicates;
        }
        QCOMPARE(applied, ops.size());
        QCOMPARE(duplicates, 100);
        expectMatchesReducer(store, reference);

        // The materialized tables are a cache: rebuilt from the op log they are the same.
        QVERIFY(!store.rebuildMaterialized());
        expectMatchesReducer(store, reference);
    }

    void remoteOpsAreCheckedBeforeApplying()
    {
        Store store([] { return qint64(1'700'000'000'000); });
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString id = newEntityId(1'700'000'000'000);
        const QString replica = QStringLiteral("b000000000000001");
        const QList<Operation> ops {
            {{replica, 1},
             {1'700'000'000'000, 0},
             QString(),
             QStringLiteral("default"),
             OpKind::Set,
             incidentEntity(id),
             fields::title,
             QStringLiteral("good")},
            {{replica, 2},
             {1'700'000'000'000, 1},
             QString(),
             QStringLiteral("other"),
             OpKind::Set,
             incidentEntity(id),
             fields::title,
             QStringLiteral("wrong workspace")},
            {{replica, 3},
             {1'700'000'000'000 + 3'600'000, 0},
             QString(),
             QStringLiteral("default"),
             OpKind::Set,
             incidentEntity(id),
             fields::title,
             QStringLiteral("from the future")},
            {{replica, 4},
             {1'700'000'000'000, 2},
             QString(),
             QStringLiteral("default"),
             OpKind::Set,
             incidentEntity(id),
             QStringLiteral("bogus"),
             1},
        };
        const auto result = store.applyRemote(ops);
        QVERIFY(result.ok());
        QCOMPARE(result.value.applied, 1);
        QCOMPARE(result.value.rejected.size(), 3);
        QVERIFY(result.value.rejected.at(0).contains(QStringLiteral("workspace")));
        QVERIFY(result.value.rejected.at(1).contains(QStringLiteral("ahead")));
        QVERIFY(result.value.rejected.at(2).contains(QStringLiteral("unknown incident field")));
        QCOMPARE(store.incident(id).value->title, QStringLiteral("good"));
    }

    void logPagesWalkBackwardsWithoutGapsOrRepeats()
    {
        Store store([this] { return ++m_wall; });
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString id = newEntityId(m_wall);
        Declaration d;
        d.title = QStringLiteral("Paging");
        QVERIFY(store.commitLocal(changes::declareIncident(id, d, m_wall), QString()).ok());
        QList<Change> notes;
        for (int i = 0; i < 120; ++i)
            notes << changes::logEntry(id, LogKind::Note, QStringLiteral("entry %1").arg(i));
        QVERIFY(store.commitLocal(notes, QString()).ok());

        QSet<QString> seen;
        LogCursor cursor;
        int pages = 0;
        forever
        {
            const auto page = store.logPage(id, cursor, 50);
            QVERIFY(page.ok());
            if (page.value.isEmpty())
                break;
            ++pages;
            for (const LogLine &line : page.value)
                QVERIFY(!seen.contains(line.entry.id.toString())
                        && (seen.insert(line.entry.id.toString()), true));
            const LogEntry &last = page.value.last().entry;
            cursor = {last.hlc.packed(), last.id.replica, last.id.counter};
        }
        QCOMPARE(seen.size(), 121); // 120 notes + the declaration line (no IC given)
        QCOMPARE(pages, 3);
        const auto newest = store.logPage(id, {}, 1).value.first();
        QCOMPARE(newest.entry.text, QStringLiteral("entry 119"));
        QVERIFY(newest.pending);

        // And forwards again from the oldest, as a window of the log scrolled back up reads.
        const LogLine oldest = store.logPage(id, {}, 1000).value.last();
        cursor = {oldest.entry.hlc.packed(), oldest.entry.id.replica, oldest.entry.id.counter};
        QStringList upwards;
        forever
        {
            const auto page = store.logPageAfter(id, cursor, 50);
            QVERIFY(page.ok());
            if (page.value.isEmpty())
                break;
            QVERIFY(page.value.size() <= 50);
            for (auto it = page.value.crbegin(); it != page.value.crend(); ++it) // newest first
                upwards << it->entry.text;
            const LogEntry &top = page.value.first().entry;
            cursor = {top.hlc.packed(), top.id.replica, top.id.counter};
        }
        QCOMPARE(upwards.size(), 120); // every note once, the declaration (the start) left out
        QCOMPARE(upwards.first(), QStringLiteral("entry 0"));
        QCOMPARE(upwards.last(), QStringLiteral("entry 119"));
    }

    void fullTextSearch()
    {
        Store store([this] { return ++m_wall; });
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const QString a = newEntityId(m_wall);
        const QString b = newEntityId(m_wall);
        Declaration d;
        d.title = QStringLiteral("Database failover");
        QVERIFY(store.commitLocal(changes::declareIncident(a, d, m_wall), QString()).ok());
        d.title = QStringLiteral("Zahlungen schlagen fehl");
        QVERIFY(store.commitLocal(changes::declareIncident(b, d, m_wall), QString()).ok());
        QVERIFY(store
                    .commitLocal(changes::logEntry(a, LogKind::Decision,
                                                   QStringLiteral("Promote replica db-2 to primary")),
                                 QString())
                    .ok());
        QVERIFY(store
                    .commitLocal(changes::logEntry(b, LogKind::Note,
                                                   QStringLiteral("Kartenzahlungen über Händler fällt aus")),
                                 QString())
                    .ok());
        QVERIFY(store
                    .commitLocal(changes::logEntry(b, LogKind::Note,
                                                   QStringLiteral("quote \" and 'apostrophe' OR NOT")),
                                 QString())
                    .ok());

        QCOMPARE(store.searchLog(QStringLiteral("promote"), QString(), 10).value.size(), 1);
        QCOMPARE(store.searchLog(QStringLiteral("prom"), QString(), 10).value.size(),
                 1); // prefix while typing
        QCOMPARE(store.searchLog(QStringLiteral("replica primary"), QString(), 10).value.size(),
                 1); // all words
        QCOMPARE(store.searchLog(QStringLiteral("replica banana"), QString(), 10).value.size(), 0);
        QCOMPARE(store.searchLog(QStringLiteral("handler"), QString(), 10).value.size(),
                 1); // diacritics folded
        QCOMPARE(store.searchLog(QStringLiteral("promote"), b, 10).value.size(), 0); // scoped to one incident
        const auto hit = store.searchLog(QStringLiteral("promote"), QString(), 10).value.first();
        QCOMPARE(hit.incidentTitle, QStringLiteral("Database failover"));
        QCOMPARE(hit.entry.kind, LogKind::Decision);
        // FTS5 syntax typed by a person is searched as words, never run as a query.
        for (const QString &typed :
             {QStringLiteral("\""), QStringLiteral("OR NOT"), QStringLiteral("a\" OR \"b"),
              QStringLiteral("NEAR("), QStringLiteral("*"), QStringLiteral("'apostrophe'")}) {
            const auto result = store.searchLog(typed, QString(), 10);
            QVERIFY2(result.ok(), qPrintable(typed));
        }
        QCOMPARE(store.searchLog(QStringLiteral("'apostrophe'"), QString(), 10).value.size(), 1);
        QCOMPARE(store.searchIncidents(QStringLiteral("zahlung"), 10).value.size(), 1);
    }

    void largeDamagedDatabaseIsCheckedBeforeAnyWrite()
    {
        // A real workspace, then damage in the middle of the file (the header stays intact).
        const QString path = newPath();
        {
            Store store([this] { return ++m_wall; });
            QVERIFY(!store.open(path, QStringLiteral("default")));
            const QString id = newEntityId(m_wall);
            Declaration d;
            d.title = QStringLiteral("Big");
            QVERIFY(store.commitLocal(changes::declareIncident(id, d, m_wall), QString()).ok());
            QList<Change> notes;
            for (int i = 0; i < 3000; ++i)
                notes << changes::logEntry(id, LogKind::Note,
                                           QStringLiteral("filler entry number %1 with some words").arg(i));
            QVERIFY(store.commitLocal(notes, QString()).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(8192, '\xee'));
        file.close();
        QFile::remove(path + QStringLiteral("-wal"));
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        Store store;
        store.setInlineIntegrityLimit(0); // as if it were too large to check before opening
        QVERIFY(!store.open(path, QStringLiteral("default"))); // opens: the check runs behind
        const auto write = store.commitLocal(
            {{OpKind::Set, incidentEntity(newEntityId(1)), fields::title, QStringLiteral("x")}}, QString());
        QCOMPARE(write.error.code, StoreError::Code::Corrupt); // the write waited for the verdict
        QCOMPARE(store.waitForIntegrity().code, StoreError::Code::Corrupt);
        store.close();
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void databaseOfAnotherWorkspaceIsRefused()
    {
        const QString path = newPath();
        {
            Store store;
            QVERIFY(!store.open(path, QStringLiteral("payments")));
        }
        Store store;
        const StoreError error = store.open(path, QStringLiteral("search"));
        QCOMPARE(error.code, StoreError::Code::Invalid);
        QVERIFY(error.message.contains(QStringLiteral("payments")));
        QCOMPARE(store.open(newPath(), QStringLiteral("../x")).code, StoreError::Code::Invalid);
    }

    void theChainIsBuiltAsTheRelaySequencesAndComparedWithItsLinks()
    {
        QString incident;
        const QList<Operation> ops = writtenElsewhere(&incident, 6);
        QVERIFY(!ops.isEmpty());
        QHash<QString, ChainLink> heads;
        const QList<ChainLink> links = linksOf(ops, heads);
        const QString relay = QStringLiteral("ws://127.0.0.1:7447");
        Store store([this] { return m_wall; });
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const qsizetype half = ops.size() / 2;
        auto first = store.applyFromRelay(ops.first(half), relay, half, links.first(half));
        QVERIFY(first.ok());
        QVERIFY(first.value.divergences.isEmpty());
        auto second = store.applyFromRelay(ops.mid(half), relay, ops.size(), links.mid(half));
        QVERIFY(second.ok());
        QVERIFY(second.value.divergences.isEmpty());
        const auto status = store.chainStatus(incident);
        QVERIFY(status.ok());
        QCOMPARE(status.value.head, heads.value(incident));
        QCOMPARE(status.value.unchained, 0);
        QVERIFY(!status.value.divergence);
        const auto checks = store.verifyChains();
        QVERIFY(checks.ok());
        QCOMPARE(checks.value.size(), 1);
        QVERIFY2(checks.value.first().holds(), qPrintable(checks.value.first().verdict.problem));
        QCOMPARE(checks.value.first().verdict.head, heads.value(incident));

        // An entry of this replica is in the log before the relay sequenced it: unchained.
        QVERIFY(store
                    .commitLocal(changes::logEntry(incident, LogKind::Decision, QStringLiteral("fail over")),
                                 QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"))
                    .ok());
        QCOMPARE(store.chainStatus(incident).value.unchained, 1);
    }

    void aLinkThatDiffersFromTheRelaysIsRecordedOnceAndKept()
    {
        QString incident;
        const QList<Operation> ops = writtenElsewhere(&incident, 4);
        QHash<QString, ChainLink> heads;
        QList<ChainLink> links = linksOf(ops, heads);
        // The relay claims another hash from the third entry on (its copy was edited).
        int logEntries = 0;
        qsizetype edited = -1;
        for (qsizetype i = 0; i < links.size(); ++i) {
            if (!links.at(i).isNull() && ++logEntries >= 3) {
                links[i].hash[0] = char(links.at(i).hash.at(0) ^ 0x01);
                if (edited < 0)
                    edited = i;
            }
        }
        QVERIFY(edited > 0);
        Store store([this] { return m_wall; });
        QVERIFY(!store.open(newPath(), QStringLiteral("default")));
        const auto report = store.applyFromRelay(ops, QStringLiteral("ws://r"), ops.size(), links);
        QVERIFY(report.ok());
        QCOMPARE(report.value.divergences.size(), 1); // the first place only
        const ChainDivergence &d = report.value.divergences.first();
        QCOMPARE(d.incidentId, incident);
        QCOMPARE(d.position, 3);
        QCOMPARE(d.entry, ops.at(edited).id);
        QCOMPARE(d.seq, edited + 1);
        QCOMPARE(d.detectedAtMs, m_wall);
        QCOMPARE(d.relayHash, links.at(edited).hash);
        QVERIFY(d.localHash != d.relayHash);
        QCOMPARE(store.chainStatus(incident).value.divergence->position, 3);
        const auto checks = store.verifyChains();
        QVERIFY(!checks.value.first().holds()); // the local chain is intact; the relay's is not
        QCOMPARE(checks.value.first().verdict.firstBad, 0);

        // The same relay's history again from its first op (a relay that lost it, or another
        // relay): the chain starts again, and so does the evidence of that relay.
        QHash<QString, ChainLink> fresh;
        QVERIFY(store.applyFromRelay(ops, QStringLiteral("ws://r"), ops.size(), linksOf(ops, fresh)).ok());
        QVERIFY(!store.chainStatus(incident).value.divergence);
        QCOMPARE(store.chainStatus(incident).value.head, fresh.value(incident));
    }

    // A batch whose transaction is rolled back after it was chained (here: a trigger refuses
    // the cursor's update) leaves the chain where it was, and the same batch applied again
    // chains from there: the store's cached heads must not run ahead of what was committed.
    void aBatchRolledBackAfterChainingLeavesTheChainAsItWas()
    {
        QString incident;
        const QList<Operation> ops = writtenElsewhere(&incident, 6);
        QHash<QString, ChainLink> heads;
        const QList<ChainLink> links = linksOf(ops, heads);
        const QString path = newPath();
        Store store([this] { return m_wall; });
        QVERIFY(!store.open(path, QStringLiteral("default")));
        const qsizetype half = ops.size() - 3; // the last three notes come in the second batch
        QVERIFY(
            store.applyFromRelay(ops.first(half), QStringLiteral("ws://r"), half, links.first(half)).ok());
        const ChainLink before = store.chainStatus(incident).value.head;
        QVERIFY(!before.isNull());
        Database other;
        QVERIFY(!other.open(path));
        QVERIFY(!other.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON local_state"
                                           " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(
            !store.applyFromRelay(ops.mid(half), QStringLiteral("ws://r"), ops.size(), links.mid(half)).ok());
        QCOMPARE(store.chainStatus(incident).value.head, before);
        QVERIFY(!other.exec(QStringLiteral("DROP TRIGGER refuse")));
        const auto again
            = store.applyFromRelay(ops.mid(half), QStringLiteral("ws://r"), ops.size(), links.mid(half));
        QVERIFY(again.ok());
        QVERIFY(again.value.divergences.isEmpty());
        QCOMPARE(store.chainStatus(incident).value.head, heads.value(incident));
        QVERIFY(store.verifyChains().value.first().holds());
    }

    void verifyFindsAnEntryEditedOrDeletedInTheDatabase()
    {
        QString incident;
        const QList<Operation> ops = writtenElsewhere(&incident, 5);
        QHash<QString, ChainLink> heads;
        const QString path = newPath();
        {
            Store store([this] { return m_wall; });
            QVERIFY(!store.open(path, QStringLiteral("default")));
            QVERIFY(
                store.applyFromRelay(ops, QStringLiteral("ws://r"), ops.size(), linksOf(ops, heads)).ok());
        }
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(!db.exec(
                QStringLiteral("UPDATE log_entries SET text = 'note 2 (never happened)' WHERE text = ?"),
                {QStringLiteral("note 2 ✅")}));
        }
        Store store([this] { return m_wall; });
        QVERIFY(!store.open(path, QStringLiteral("default")));
        auto checks = store.verifyChains();
        QVERIFY(checks.ok());
        QVERIFY(!checks.value.first().holds());
        const qint64 editedAt = checks.value.first().verdict.firstBad;
        QCOMPARE_GT(editedAt, 1);
        QVERIFY(checks.value.first().verdict.problem.contains(QStringLiteral("does not match")));
        QCOMPARE(checks.value.first().verdict.checked, editedAt - 1);
        store.close();
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(!db.exec(QStringLiteral("DELETE FROM log_entries WHERE text = ?"),
                             {QStringLiteral("note 0 ✅")}));
        }
        QVERIFY(!store.open(path, QStringLiteral("default")));
        checks = store.verifyChains();
        QCOMPARE_LT(checks.value.first().verdict.firstBad, editedAt);
        QVERIFY(checks.value.first().verdict.problem.contains(QStringLiteral("no longer in the log")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The local database of one workspace: the op log, the outbox and the materialized state.
// Synchronous and single-threaded; StoreClient runs one on a worker thread for the UI, and
// musterctl and the tests use it directly. Writes are one transaction each: ops, their counter
// and materialized rows commit together or not at all. The outbox is this replica's ops above
// the counter the relay last acknowledged (the relay acknowledges in counter order).
#pragma once

#include "core/commssettings.h"
#include "core/hlc.h"
#include "core/incident.h"
#include "core/incidenthistory.h"
#include "core/logchain.h"
#include "core/operation.h"
#include "database.h"
#include "materializer.h"
#include "storeerror.h"

#include <QHash>
#include <QMetaType>
#include <future>
#include <memory>

namespace muster {

// One card on the board.
struct IncidentSummary
{
    QString id;
    QString title;
    QString summary;
    Severity severity = Severity::Sev3;
    LifecycleState state = LifecycleState::Detected;
    QStringList services;
    bool drill = false;
    qint64 startedAtMs = 0;
    QString commanderId;
    QString commanderName;
    qint64 lastLogAtMs = 0;
    int logCount = 0;
    qint64 resolvedAtMs = 0; // 0 until resolved
    qint64 lastUpdateSentMs = 0; // when the latest stakeholder update went out; 0 before the first
    QString commsLeadId; // the delegated Communications Lead; empty: the IC holds the role
    QString bridge; // the conference bridge's link, "" when none
};

// An Alertmanager alert linked to an incident that is not closed.
struct AlertLink
{
    QString incidentId;
    QString incidentTitle;
    LinkedAlert alert;
};

// An open follow-up action item and the incident it came from.
struct ActionItem
{
    Task task;
    QString incidentId;
    QString incidentTitle;
    Severity severity = Severity::Sev1;
    bool drill = false;
};

// A log entry as the UI shows it.
struct LogLine
{
    LogEntry entry;
    QString authorName;
    bool pending = false; // still in the outbox: saved here, not yet acknowledged by the relay
    QString incidentTitle; // filled by search, which spans incidents
};

// Where a page of the log ends; the next (older) page starts after it.
struct LogCursor
{
    quint64 hlc = 0;
    QString replica;
    qint64 counter = 0;
    bool isNull() const { return replica.isEmpty(); }
};

// Where this replica's chain of an incident's log first differed from the link the relay sent
// (core/logchain.h): someone changed the log here, on the relay, or in between.
struct ChainDivergence
{
    QString incidentId;
    qint64 position = 0;
    OpId entry;
    QByteArray localHash;
    QByteArray relayHash;
    qint64 seq = 0; // the relay's sequence number of the entry
    qint64 detectedAtMs = 0;
};

// An incident's chain as this replica holds it.
struct ChainStatus
{
    QString incidentId;
    ChainLink head; // the newest link, computed here from what the relay sequenced
    int unchained = 0; // log entries the relay has not sequenced (yet): pending ones, or all without a relay
    std::optional<ChainDivergence> divergence;
};

// `musterctl verify`: an incident's recorded chain recomputed from the log entries stored here.
struct ChainCheck
{
    ChainStatus status;
    logchain::Verdict verdict;
    bool holds() const { return verdict.firstBad == 0 && !status.divergence; }
};

struct ApplyReport
{
    int applied = 0;
    int duplicates = 0;
    int superseded = 0;
    QStringList rejected; // one line per op that failed validation
    int clockWarnings = 0; // relay-accepted ops stamped further ahead than our clock allows
    QList<ChainDivergence> divergences; // found by this apply (the first per incident only)
};

class Store
{
public:
    explicit Store(HybridLogicalClock::WallClock wallClock = {});
    ~Store();

    // Opens or creates the database, migrating it. Refuses corrupt, newer or locked files.
    StoreError open(const QString &path, const QString &workspace);
    void close();
    bool isOpen() const;

    // Waits for the integrity check of every page (see open()) and returns its verdict. Writes
    // wait for it too, so nothing is ever written to a damaged file.
    StoreError waitForIntegrity();
    // Files up to this size are checked before open() returns; larger ones in the background,
    // so that start-up is not held up (a 670 MB workspace takes about a second). Tests set 0.
    void setInlineIntegrityLimit(qint64 bytes) { m_inlineIntegrityLimit = bytes; }

    QString replicaId() const { return m_replicaId; }
    QString workspace() const { return m_workspace; }

    // The local write path. Validates every change first; either all commit or none.
    StoreResult<QList<Operation>> commitLocal(const QList<Change> &changes, const QString &actor);
    // Ops from other replicas. Invalid ops are reported and skipped; the rest commit together.
    StoreResult<ApplyReport> applyRemote(const QList<Operation> &ops);
    // Replays the op log into fresh materialized tables.
    StoreError rebuildMaterialized();

    // Reads (storequeries.cpp).
    StoreResult<QList<IncidentSummary>> activeIncidents();
    StoreResult<std::optional<Incident>> incident(const QString &id);
    // Every alert linked to an incident that is not closed, by incident then fingerprint.
    StoreResult<QList<AlertLink>> alertLinks();
    // Open action items of every incident, closed ones included (that is when most are made);
    // only one owner's when ownerId is not empty. Soonest due first.
    StoreResult<QList<ActionItem>> openActionItems(const QString &ownerId = {});
    // Newest first, at most limit entries older than `before` (all when before is null).
    StoreResult<QList<LogLine>> logPage(const QString &incidentId, const LogCursor &before, int limit);
    // Newest first, the (at most) limit entries just newer than `after`: the page above a
    // window of the log that no longer reaches its newest entry.
    StoreResult<QList<LogLine>> logPageAfter(const QString &incidentId, const LogCursor &after, int limit);
    // An incident's whole log, oldest first (read in pages), for exports and the retrospective.
    StoreResult<QList<LogLine>> wholeLog(const QString &incidentId);
    // Every incident's milestones, role spans and finished runbook steps, for the metrics
    // (storehistory.cpp). Drills included: the metrics leave them out and say how many.
    StoreResult<QList<IncidentHistory>> incidentHistories();
    // When the most recent incident that is not a drill was resolved; 0 when none was.
    StoreResult<qint64> lastResolvedAt();
    // Full-text search over log text; empty incidentId searches every incident. Newest first.
    StoreResult<QList<LogLine>> searchLog(const QString &text, const QString &incidentId, int limit);
    StoreResult<QList<IncidentSummary>> searchIncidents(const QString &text, int limit);
    StoreResult<QList<Person>> people();
    // Distribution lists by name (archived ones too: callers choose), and the workspace's
    // communication settings.
    StoreResult<QList<DistributionList>> distributionLists();
    StoreResult<CommsSettings> commsSettings();
    StoreResult<int> pendingCount();
    StoreResult<int> incidentCount();

    // Sync with a relay (storesync.cpp).
    // The last relay sequence number applied here from the relay at relayUrl; 0 for any other
    // relay (a new relay, or another one: catching up from 0 is safe, duplicates are skipped).
    StoreResult<qint64> relayCursor(const QString &relayUrl);
    // This replica's own ops from counter `from` on, oldest first, at most limit: what to push.
    StoreResult<QList<Operation>> ownOpsFrom(qint64 from, int limit);
    // The relay has this replica's ops up to this counter durably: they leave the outbox
    // ("synced"). Kept in local_state; it only moves forward.
    StoreError acknowledge(qint64 upToCounter);
    // applyRemote() and, in the same transaction, the new cursor: a crash never skips an op.
    // relayLinks, when not empty, holds the relay's chain link for each op (null for ops that
    // are not log entries): each log entry is chained here and compared with it.
    StoreResult<ApplyReport> applyFromRelay(const QList<Operation> &ops, const QString &relayUrl,
                                            qint64 lastSeq, const QList<ChainLink> &relayLinks = {});

    // The log's hash chain (storechain.cpp). One incident's, or every incident's with the
    // chain recomputed from the stored entries.
    StoreResult<ChainStatus> chainStatus(const QString &incidentId);
    // Only where a sync found the incident's chain differ from the relay's (one key lookup):
    // what the incident room reads on every change, where counting the entries would not do.
    StoreResult<std::optional<ChainDivergence>> chainDivergence(const QString &incidentId);
    StoreResult<QList<ChainCheck>> verifyChains();

    // Every op applied here, local and remote, in clock order: what a state hash is folded from.
    StoreResult<QList<Operation>> opLog();

    // The FTS5 query for what a person typed: every word must match, the last as a prefix.
    static QString ftsQuery(const QString &typed);

private:
    // The one integer a `SELECT count(*) …` literal answers.
    StoreResult<int> count(const QString &sql);
    StoreError loadLocalState();
    StoreError saveLocalState();
    // Applies remote ops inside an open transaction; an error leaves it to roll back. Ops the
    // relay already accepted are applied even when our clock is far behind theirs: skipping
    // them would make this replica differ from every other one for good.
    StoreError applyInTransaction(const QList<Operation> &ops, ApplyReport *report,
                                  bool relayAccepted = false);
    // Chains the log entries among ops sequenced from firstSeq on and compares with the relay.
    StoreError chainFromRelay(const QList<Operation> &ops, qint64 firstSeq,
                              const QList<ChainLink> &relayLinks, ApplyReport *report);
    // COMMIT with the materializer's gathered writes; ROLLBACK forgetting them.
    StoreError commit();
    void rollback();

    Database m_db;
    std::unique_ptr<Materializer> m_materializer;
    std::shared_future<StoreError> m_integrity;
    qint64 m_inlineIntegrityLimit = 64LL * 1024 * 1024;
    HybridLogicalClock m_clock;
    QString m_replicaId;
    QString m_workspace;
    qint64 m_nextCounter = 1;
    qint64 m_ackedCounter = 0; // this replica's ops up to here are on the relay
    // Each incident's newest chain link as this connection last wrote it, so that catch-up
    // does not look the head up again for every page. Forgotten on rollback and on close.
    QHash<QString, ChainLink> m_chainHeads;
};

} // namespace muster

Q_DECLARE_METATYPE(muster::IncidentSummary)
Q_DECLARE_METATYPE(muster::LogLine)
Q_DECLARE_METATYPE(muster::ChainDivergence)

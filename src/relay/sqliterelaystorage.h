// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's embedded storage: one SQLite file for every workspace, in WAL mode with
// synchronous=FULL, so an acknowledged op survives a crash or a SIGKILL.
#pragma once

#include "integrationstore.h"
#include "relaystorage.h"
#include "store/database.h"
#include "tokenstore.h"

namespace muster {

class SqliteRelayStorage final : public RelayStorage, public TokenStore, public IntegrationStore
{
public:
    enum class Check
    {
        Whole, // the relay itself: the team's history is checked before it accepts anything
        Header, // `muster-relay token …`: a quick command beside a running relay
    };
    // Opens or creates the file, checks it and brings its schema up to date.
    StoreError open(const QString &path, Check check = Check::Whole);
    void close();

    StoreResult<QList<qint64>> append(const QList<RelayOp> &ops) override;
    StoreResult<QList<SequencedOp>> readSince(const QString &workspace, qint64 after, int maxOps,
                                              qint64 maxBytes) override;
    StoreResult<qint64> head(const QString &workspace) override;
    StoreResult<qint64> lastCounter(const QString &workspace, const QString &replica) override;
    StoreResult<SequencedOp> sequenceOf(const QString &workspace, const QString &replica,
                                        qint64 counter) override;
    StoreResult<ChainLink> chainHead(const QString &workspace, const QString &incident) override;
    StoreError saveAlertGroup(const QString &workspace, const RelayAlertGroup &group) override;
    StoreResult<QList<RelayAlertGroup>> alertGroups(const QString &workspace) override;

    StoreError saveToken(const AccessToken &token) override;
    StoreResult<std::optional<AccessToken>> token(const QString &id) override;
    StoreResult<QList<AccessToken>> tokens() override;
    StoreResult<bool> revokeToken(const QString &id, qint64 nowMs) override;

    // sqliterelayintegrations.cpp
    StoreError saveIntegration(const Integration &integration) override;
    StoreResult<QList<Integration>> integrations() override;
    StoreResult<bool> removeIntegration(const QString &id) override;
    StoreResult<bool> resumeIntegration(const QString &id, qint64 nowMs) override;
    StoreResult<std::optional<qint64>> integrationCursor(const QString &workspace) override;
    StoreError queuePosts(const QString &workspace, qint64 readUpTo,
                          const QList<OutboundPost> &posts) override;
    StoreResult<std::optional<OutboundPost>> nextPost(const QString &integration) override;
    StoreResult<int> waitingPosts(const QString &integration) override;
    StoreError postSent(const OutboundPost &post, qint64 nowMs) override;
    StoreError recordReceived(const QString &integration, qint64 nowMs, const QString &error) override;
    StoreError postFailed(const OutboundPost &post, qint64 dueAtMs, const QString &error,
                          const QString &pause, qint64 nowMs) override;

    static int latestSchemaVersion();

private:
    // Where a replica's ops stand in a workspace: its newest counter and its newest mark.
    struct ReplicaCursor
    {
        qint64 lastCounter = 0;
        qint64 markSeq = 0; // 0: no op of the replica stored yet
    };

    StoreResult<qint64> single(QSqlQuery &query, const QVariantList &values);
    StoreResult<ReplicaCursor> replicaCursor(const QString &workspace, const QString &replica);
    // Schema 4: links for the log entries stored before the relay kept a chain.
    StoreError chainStoredEntries();
    // Schema 8: the marks of the ops stored before the relay kept them.
    StoreError markStoredOps();
    StoreError saveMark(const QString &workspace, const QString &replica, qint64 counter, qint64 seq);

    Database m_db;
    QHash<QString, qint64> m_heads; // the next append continues from here, per workspace
    QHash<std::pair<QString, QString>, ReplicaCursor> m_replicas; // per (workspace, replica), as committed
};

} // namespace muster

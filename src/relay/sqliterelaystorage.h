// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's embedded storage: one SQLite file for every workspace, in WAL mode with
// synchronous=FULL, so an acknowledged op survives a crash or a SIGKILL.
#pragma once

#include "relaystorage.h"
#include "store/database.h"

namespace muster {

class SqliteRelayStorage final : public RelayStorage
{
public:
    // Opens or creates the file, checks it and brings its schema up to date.
    StoreError open(const QString &path);
    void close();

    StoreResult<QList<qint64>> append(const QList<RelayOp> &ops) override;
    StoreResult<QList<SequencedOp>> readSince(const QString &workspace, qint64 after, int maxOps,
                                              qint64 maxBytes) override;
    StoreResult<qint64> head(const QString &workspace) override;
    StoreResult<qint64> lastCounter(const QString &workspace, const QString &replica) override;
    StoreResult<qint64> sequenceOf(const QString &workspace, const QString &replica, qint64 counter) override;
    StoreError saveAlertGroup(const QString &workspace, const RelayAlertGroup &group) override;
    StoreResult<QList<RelayAlertGroup>> alertGroups(const QString &workspace) override;

    static int latestSchemaVersion();

private:
    StoreResult<qint64> single(QSqlQuery &query, const QVariantList &values);

    Database m_db;
    QHash<QString, qint64> m_heads; // the next append continues from here, per workspace
};

} // namespace muster

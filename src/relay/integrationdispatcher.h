// SPDX-License-Identifier: GPL-3.0-or-later
// Turns what the relay stored into queued posts: reads each workspace that has integrations
// from its cursor, finds the incident events (IncidentEventDetector), renders a post for every
// integration that wants the event, and queues them with the new cursor in one transaction.
// The ops are read back from storage rather than taken from the hub, so catching up after a
// restart and following live are the same code.
#pragma once

#include "core/workspacestate.h"
#include "integrationstore.h"
#include "relaystorage.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace muster {

class IntegrationDispatcher : public QObject
{
    Q_OBJECT

public:
    IntegrationDispatcher(RelayStorage &ops, IntegrationStore &store, QObject *parent = nullptr);
    ~IntegrationDispatcher() override;

    // Reads the integrations again (the command line changes them beside a running relay) and
    // catches every workspace up. A workspace seen for the first time is read from its first op,
    // which may take a while for a large one: its incidents' state is rebuilt in memory.
    StoreError reload();
    // What the hub stored in a workspace: queues its events.
    StoreError catchUp(const QString &workspace);
    const QList<Integration> &integrations() const { return m_integrations; }
    // A workspace's incidents as the ops read so far say; null for one without integrations.
    const WorkspaceState *state(const QString &workspace) const;

Q_SIGNALS:
    void postsQueued();

private:
    struct Reader;

    QList<Integration> m_integrations;
    QHash<QString, std::shared_ptr<Reader>> m_readers; // by workspace
    RelayStorage &m_ops;
    IntegrationStore &m_store;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's integrations at work: follows what the hub stores (IntegrationDispatcher queues
// the posts), sends them (OutboundDelivery), and reads the integrations again every 10 seconds,
// since `muster-relay integration …` changes them beside the running relay. Logs to the
// muster.relay category: what was sent and what failed, by integration id and host.
#pragma once

#include "integrationdispatcher.h"
#include "outbounddelivery.h"

#include <QTimer>

namespace muster {

class RelayHub;

class IntegrationService : public QObject
{
    Q_OBJECT

public:
    IntegrationService(RelayHub &hub, RelayStorage &ops, IntegrationStore &store, OutboundOptions options = {},
                       int reloadIntervalMs = 10'000, QObject *parent = nullptr);

    // Reads the integrations, queues what the ops stored since the last run make, starts sending.
    StoreError start();
    const OutboundDelivery &delivery() const { return m_delivery; }

private:
    void reload();
    void report(const QString &what, const StoreError &error);

    IntegrationDispatcher m_dispatcher;
    OutboundDelivery m_delivery;
    QTimer m_reload;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// PagerDuty's v3 webhooks at POST /pagerduty/WORKSPACE on the relay's HTTP listener. A webhook
// counts only when its X-PagerDuty-Signature is the HMAC of its body under the signing secret
// of one of the workspace's pagerduty-webhook integrations: a missing, wrong or replayed-with-
// altered-body signature is refused (401) and logged. A triggered or acknowledged incident then
// fires in the workspace's Detection inbox, as an Alertmanager alert would; a resolved one stops.
#pragma once

#include "httpreceiver.h"

#include <QObject>

namespace muster {

class IntegrationStore;
class RelayHub;

class PagerDutyReceiver : public QObject
{
    Q_OBJECT

public:
    PagerDutyReceiver(RelayHub &hub, IntegrationStore &store, QObject *parent = nullptr);

    // A request to /pagerduty/WORKSPACE, its workspace already read from the path.
    HttpResponse handle(const HttpRequest &request, const QString &workspace);
    qint64 refusedCount() const { return m_refused; }

    // The source alerts from PagerDuty carry (in place of an Alertmanager's URL).
    static QString source() { return QStringLiteral("pagerduty"); }

Q_SIGNALS:
    // A webhook was taken or refused: the workspace's integration list changed.
    void received(const QString &workspace);

private:
    RelayHub &m_hub;
    IntegrationStore &m_store;
    qint64 m_refused = 0;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's HTTP side: Alertmanager posts webhooks to /alertmanager/WORKSPACE (and PagerDuty
// to /pagerduty/WORKSPACE, see pagerdutyreceiver.h), and every
// teammate connected to that workspace sees what fires, even when no desktop polls that
// Alertmanager. Each webhook carries the whole of one notification group, so it replaces what
// that group fired before (see RelayHub::receiveAlerts).
#pragma once

#include "httpreceiver.h"
#include "integrations/alertmanager/alert.h"
#include "sync/protocol.h"

namespace muster {

class PagerDutyReceiver;
class RelayHub;
class TokenAuthority;

class WebhookEndpoint : public QObject
{
    Q_OBJECT

public:
    // Every post needs a webhook token of its workspace in `Authorization: Bearer` (unless the
    // authority allows anonymous connections); a refused post never reaches the hub.
    WebhookEndpoint(RelayHub &hub, TokenAuthority &authority, HttpReceiverOptions options = {},
                    QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    // PagerDuty's webhooks at /pagerduty/WORKSPACE go here (they are signed, not token-bearing).
    void setPagerDuty(PagerDutyReceiver *receiver) { m_pagerDuty = receiver; }
    QString errorString() const { return m_receiver.errorString(); }
    // http(s)://HOST:PORT, where Alertmanager's webhook_configs point (plus /alertmanager/WORKSPACE).
    QString url() const;

    // One request, without sockets: what the tests and the receiver call.
    HttpResponse handle(const HttpRequest &request);
    // Posts refused for want of a valid token (or while their address was shut out).
    qint64 refusedCount() const { return m_refused; }

    // An alert as clients receive it. Values are cut to what the protocol carries; false when
    // the alert cannot be carried at all (its fingerprint is too long).
    static bool toRecord(const alerts::Alert &alert, const QString &source, protocol::AlertRecord *out);

private:
    RelayHub &m_hub;
    TokenAuthority &m_authority;
    HttpReceiver m_receiver;
    qint64 m_refused = 0;
    QHostAddress m_address;
    PagerDutyReceiver *m_pagerDuty = nullptr;
};

} // namespace muster

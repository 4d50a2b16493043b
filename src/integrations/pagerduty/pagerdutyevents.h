// SPDX-License-Identifier: GPL-3.0-or-later
// PagerDuty's Events API v2 (POST https://events.pagerduty.com/v2/enqueue): an incident declared
// in Muster triggers an alert, someone taking command acknowledges it, resolving it resolves it.
// The dedup key is Muster's incident id, so the three meet on PagerDuty's side and a trigger
// sent twice makes one alert.
#pragma once

#include "integrations/chat/incidentevents.h"

#include <QByteArray>

namespace muster {

inline constexpr const char *kPagerDutyEventsUrl = "https://events.pagerduty.com/v2/enqueue";

// The events a PagerDuty integration can send: declared (trigger), acknowledged (acknowledge),
// resolved (resolve).
bool isPagerDutyEvent(IncidentEventKind kind);
// PagerDuty's severity for Muster's: SEV1 critical, SEV2 error, SEV3 warning, SEV4 info.
QString pagerDutySeverity(Severity severity);

// The event's JSON without its routing key: the relay adds the key as it sends, so its queue
// holds no secret. Empty for an event PagerDuty has no action for.
QByteArray pagerDutyEvent(const IncidentEvent &event, const QString &workspace);
// The body as sent: `routing_key` added to a pagerDutyEvent().
QByteArray withRoutingKey(const QByteArray &event, const QString &routingKey);
// A routing (integration) key as PagerDuty shows it: 32 letters and digits.
bool isValidRoutingKey(const QString &key);

} // namespace muster

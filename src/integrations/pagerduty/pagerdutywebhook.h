// SPDX-License-Identifier: GPL-3.0-or-later
// PagerDuty's v3 webhooks, as a subscription sends them to the relay: the signature that proves
// the sender knows the subscription's secret, and the incident an event is about.
#pragma once

#include <QByteArray>
#include <QString>

namespace muster::pagerduty {

// True when one of the X-PagerDuty-Signature header's "v1=<hex>" entries is the HMAC-SHA256 of
// the body under the secret (compared in constant time). Several entries appear while a
// secret is being rotated.
bool signatureMatches(const QByteArray &body, const QByteArray &header, const QByteArray &secret);
// The header value a sender with this secret writes: "v1=<hex>".
QByteArray signatureFor(const QByteArray &body, const QByteArray &secret);

struct IncidentWebhook
{
    QString eventType; // "incident.triggered", "incident.acknowledged", "incident.resolved", …
    bool aboutAnIncident = false; // resource_type "incident"; other events are acknowledged and ignored
    QString id; // PagerDuty's incident id, "PGR0VU2"
    qint64 number = 0;
    QString title;
    QString status; // triggered, acknowledged, resolved
    QString urgency; // high, low
    QString priority; // "P1", or ""
    QString service; // the service's name
    QString htmlUrl; // the incident in PagerDuty's web app
    qint64 createdAtMs = 0;

    // No longer open: resolved.
    bool resolved() const { return status == u"resolved" || eventType == u"incident.resolved"; }
};

struct ParseResult
{
    IncidentWebhook webhook;
    QString error; // empty when the body is a v3 webhook
    bool ok() const { return error.isEmpty(); }
};

ParseResult parseWebhook(const QByteArray &body);

} // namespace muster::pagerduty

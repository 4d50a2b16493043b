// SPDX-License-Identifier: GPL-3.0-or-later
// Where the relay keeps its integrations and the durable queue of posts to them. Beside
// RelayStorage, as TokenStore is: `muster-relay integration …` opens it without the op log.
#pragma once

#include "integration.h"
#include "store/storeerror.h"

#include <QList>
#include <optional>

namespace muster {

// One post waiting to go out (or, once sent, kept a while so the same event is never queued
// twice).
struct OutboundPost
{
    qint64 id = 0; // queue order
    QString integration;
    QString key; // IncidentEvent::key(): the cause op's id and the event
    QString incident;
    QString event; // incidentEventName()
    QByteArray body; // as rendered when queued, so a retry sends the same bytes
    qint64 dueAtMs = 0;
    int attempts = 0;
};

class IntegrationStore
{
public:
    virtual ~IntegrationStore() = default;

    // Durable when it returns without error. The id must be new.
    virtual StoreError saveIntegration(const Integration &integration) = 0;
    // Every integration, oldest first.
    virtual StoreResult<QList<Integration>> integrations() = 0;
    // Removes the integration and its queue; false when there is no such integration.
    virtual StoreResult<bool> removeIntegration(const QString &id) = 0;
    // Clears a pause and makes every queued post due now; false when there is no such
    // integration.
    virtual StoreResult<bool> resumeIntegration(const QString &id, qint64 nowMs) = 0;

    // The newest sequence number of a workspace whose events are queued; nullopt when its ops
    // were never read for integrations.
    virtual StoreResult<std::optional<qint64>> integrationCursor(const QString &workspace) = 0;
    // Queues posts (one already queued or sent under the same integration and key is left as
    // it is) and moves the workspace's cursor to readUpTo, in one transaction.
    virtual StoreError queuePosts(const QString &workspace, qint64 readUpTo, const QList<OutboundPost> &posts)
        = 0;
    // The oldest post of an integration not yet sent, due or not; nullopt when none waits.
    virtual StoreResult<std::optional<OutboundPost>> nextPost(const QString &integration) = 0;
    // Posts of an integration not yet sent.
    virtual StoreResult<int> waitingPosts(const QString &integration) = 0;
    // The service took it: marks it sent and the integration delivered at nowMs.
    virtual StoreError postSent(const OutboundPost &post, qint64 nowMs) = 0;
    // An incoming webhook was taken (error empty: its last-delivered time moves) or refused (the
    // error, in a sentence, becomes its last error).
    virtual StoreError recordReceived(const QString &integration, qint64 nowMs, const QString &error) = 0;
    // It did not go: records the attempt, when to try again, and the integration's last error;
    // pause (not empty) stops the integration until it is resumed.
    virtual StoreError postFailed(const OutboundPost &post, qint64 dueAtMs, const QString &error,
                                  const QString &pause, qint64 nowMs)
        = 0;
};

} // namespace muster

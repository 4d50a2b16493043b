// SPDX-License-Identifier: GPL-3.0-or-later
// Sends the queued posts (IntegrationStore) to their services, one at a time per integration and
// in queue order, so a channel reads "declared" before "resolved".
//
// - 2xx: sent.
// - 429 (and 503 with Retry-After): tried again when the service says (Retry-After in seconds or
//   as an HTTP date, at most an hour), or in a minute; not counted against the post.
// - 5xx, 408, a timeout or a network error: tried again after 1 s, 2 s, 4 s … (at most
//   5 min); after 10 failed attempts the integration is paused.
// - Any other answer (400, 403, 404: a revoked or mistyped webhook, a refused token): paused at
//   once, since trying again cannot help. Nothing queued is dropped; `integration retry` resumes.
//
// Errors name the integration, the service's host and the HTTP status, never the URL, which
// holds the webhook's secret.
#pragma once

#include "integrationstore.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <functional>

class QNetworkReply;

namespace muster {

struct OutboundOptions
{
    int timeoutMs = 30'000;
    qint64 firstRetryMs = 1000;
    qint64 maxRetryMs = 5 * 60'000;
    int attemptsBeforePause = 10;
    qint64 rateLimitedRetryMs = 60'000; // a 429 without Retry-After
    qint64 maxRetryAfterMs = 3600'000;
};

class OutboundDelivery : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // ms since the epoch
    OutboundDelivery(IntegrationStore &store, OutboundOptions options = {}, Clock clock = {},
                     QObject *parent = nullptr);
    ~OutboundDelivery() override;

    // The integrations to serve, as last read; one that went is no longer sent to (a post in
    // flight to it finishes).
    void setIntegrations(const QList<Integration> &integrations);
    // Sends whatever is due now, and sets a timer for the next.
    void wake();

    // Asked before a post goes out: true when what it asks for is done already (a Jira issue
    // the relay filed before a restart cut it off from marking the post sent), so it is marked
    // sent without going out.
    using AlreadyDone = std::function<bool(const Integration &, const OutboundPost &)>;
    void setAlreadyDone(AlreadyDone check) { m_alreadyDone = std::move(check); }
    // Given a 2xx answer's body before the post is marked sent (Jira's answer names the issue
    // it created). A non-empty return says why the answer could not be taken: the post is tried
    // again later, as after a 5xx.
    using AnswerTaker = std::function<QString(const Integration &, const OutboundPost &, const QByteArray &)>;
    void setAnswerTaker(AnswerTaker taker) { m_answerTaker = std::move(taker); }

    // How long to wait after the nth failed attempt (n from 1).
    static qint64 backoffMs(int attempts, const OutboundOptions &options);
    // Retry-After as seconds or an HTTP date (IMF-fixdate); -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value, qint64 nowMs);

Q_SIGNALS:
    void sent(const QString &integrationId, const QString &key);
    // A failed attempt, in a sentence for the relay's log (no URL in it).
    void failed(const QString &integrationId, const QString &message);
    void storageFailed(const QString &message);

private:
    void send(const Integration &integration, const OutboundPost &post);
    void finished(const QString &integrationId, const OutboundPost &post, QNetworkReply *reply);

    IntegrationStore &m_store;
    OutboundOptions m_options;
    Clock m_clock;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QHash<QString, Integration> m_integrations;
    QHash<QString, QNetworkReply *> m_inFlight; // by integration id
    AlreadyDone m_alreadyDone;
    AnswerTaker m_answerTaker;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbounddelivery.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkReply>
#include <QTimeZone>
#include <QUrl>

namespace muster {

namespace {

QString seconds(qint64 ms)
{
    return ms < 1000 ? QStringLiteral("%1 ms").arg(ms) : QStringLiteral("%1 s").arg((ms + 500) / 1000);
}

// A network failure in words. Not QNetworkReply::errorString(): it names the URL.
QString networkProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the connection was closed before an answer");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("no answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("the TLS handshake failed (certificate?)");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("the network is down");
    default:
        return QStringLiteral("network error %1").arg(int(error));
    }
}

// The start of what the service said, on one line, with the webhook's path cut out in case the
// service echoes it (some error pages do).
QString answerSnippet(QByteArray body, const Integration &integration)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    const QString path = QUrl(integration.url).path();
    const bool secretPath
        = integration.kind != IntegrationKind::PagerDuty && integration.kind != IntegrationKind::Jira;
    if (secretPath && path.size() > 1)
        text.replace(path, QStringLiteral("/…"));
    text.replace(integration.url, QStringLiteral("…"));
    if (!integration.secret.isEmpty())
        text.replace(integration.secret, QStringLiteral("…"));
    return text.left(200);
}

// What a refusal most likely means, by service.
QString refusalHint(const Integration &integration, int status)
{
    switch (integration.kind) {
    case IntegrationKind::PagerDuty:
        return QStringLiteral(" (is the integration key right?)");
    case IntegrationKind::Jira:
        if (status == 401 || status == 403)
            return QStringLiteral(" (is the token right, and may its account create issues in %1?)")
                .arg(integration.jira.project);
        if (status == 404 || (status >= 300 && status < 400))
            return QStringLiteral(" (is the site address right?)");
        return {}; // a 400 says what Jira did not accept
    default:
        return QStringLiteral(" (is the webhook still there?)");
    }
}

} // namespace

OutboundDelivery::OutboundDelivery(IntegrationStore &store, OutboundOptions options, Clock clock,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboundDelivery::wake);
    m_network.setTransferTimeout(m_options.timeoutMs);
}

OutboundDelivery::~OutboundDelivery()
{
    // A post cut off here is still queued: it goes again at the next start.
    for (QNetworkReply *reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->abort();
    }
}

void OutboundDelivery::setIntegrations(const QList<Integration> &integrations)
{
    m_integrations.clear();
    for (const Integration &integration : integrations)
        m_integrations.insert(integration.id, integration);
    wake();
}

qint64 OutboundDelivery::backoffMs(int attempts, const OutboundOptions &options)
{
    qint64 wait = options.firstRetryMs;
    for (int i = 1; i < attempts && wait < options.maxRetryMs; ++i)
        wait *= 2;
    return std::min(wait, options.maxRetryMs);
}

qint64 OutboundDelivery::retryAfterMs(const QByteArray &value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secondsToWait = trimmed.toLongLong(&ok);
    if (ok)
        return secondsToWait < 0 ? -1 : secondsToWait * 1000;
    // An HTTP date is the IMF-fixdate of RFC 9110, "Fri, 04 Dec 2026 12:01:30 GMT", in English
    // whatever the relay's locale.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    when.setTimeZone(QTimeZone::utc());
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

void OutboundDelivery::wake()
{
    const qint64 now = m_clock();
    qint64 nextDue = -1;
    for (const Integration &integration : std::as_const(m_integrations)) {
        if (!integration.paused.isEmpty() || m_inFlight.contains(integration.id))
            continue;
        auto post = m_store.nextPost(integration.id);
        if (!post.ok()) {
            Q_EMIT storageFailed(post.error.message);
            continue;
        }
        if (!post.value)
            continue;
        if (m_alreadyDone && m_alreadyDone(integration, *post.value)) {
            if (auto error = m_store.postSent(*post.value, now)) {
                Q_EMIT storageFailed(error.message);
                continue;
            }
            Q_EMIT sent(integration.id, post.value->key);
            QTimer::singleShot(0, this, &OutboundDelivery::wake); // the next one in its queue
            continue;
        }
        if (post.value->dueAtMs <= now)
            send(integration, *post.value);
        else if (nextDue < 0 || post.value->dueAtMs < nextDue)
            nextDue = post.value->dueAtMs;
    }
    if (nextDue >= 0)
        m_timer.start(int(std::clamp<qint64>(nextDue - now, 0, 3600'000)));
}

void OutboundDelivery::send(const Integration &integration, const OutboundPost &post)
{
    QNetworkRequest request {QUrl(integration.postUrl())};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("muster-relay/" MUSTER_VERSION));
    request.setRawHeader("Accept", "application/json");
    // A redirect elsewhere must not take the secret (URL path, key, Authorization) with it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (const QByteArray authorization = integration.authorization(); !authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.post(request, integration.bodyToSend(post.body));
    m_inFlight.insert(integration.id, reply);
    const QString id = integration.id;
    connect(reply, &QNetworkReply::finished, this, [this, id, post, reply] { finished(id, post, reply); });
}

void OutboundDelivery::finished(const QString &integrationId, const OutboundPost &post, QNetworkReply *reply)
{
    m_inFlight.remove(integrationId);
    reply->deleteLater();
    auto it = m_integrations.find(integrationId);
    if (it == m_integrations.end()) {
        wake(); // removed meanwhile: its queue is gone with it
        return;
    }
    const qint64 now = m_clock();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString notTaken;
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300 && m_answerTaker)
        notTaken = m_answerTaker(*it, post, reply->readAll());
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300 && notTaken.isEmpty()) {
        if (auto error = m_store.postSent(post, now))
            Q_EMIT storageFailed(error.message);
        it->lastError.clear();
        it->lastDeliveredAtMs = now;
        Q_EMIT sent(integrationId, post.key);
        wake();
        return;
    }

    const QString from = targetOf(it->url);
    const int attempts = post.attempts + 1;
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    QString error;
    QString pause;
    qint64 wait = 0;
    if (status == 429 || (status == 503 && !retryAfter.isEmpty())) {
        wait = retryAfterMs(retryAfter, now);
        wait = std::min(wait < 0 ? m_options.rateLimitedRetryMs : wait, m_options.maxRetryAfterMs);
        error = QStringLiteral("HTTP %1 from %2 (rate limited); trying again in %3")
                    .arg(status)
                    .arg(from, seconds(wait));
    } else if (status == 0 || status >= 500 || status == 408 || !notTaken.isEmpty()) {
        const QString problem = !notTaken.isEmpty()
            ? QStringLiteral("HTTP %1 but %2").arg(status).arg(notTaken)
            : status == 0 ? networkProblem(reply->error())
                          : QStringLiteral("HTTP %1").arg(status);
        wait = backoffMs(attempts, m_options);
        if (attempts >= m_options.attemptsBeforePause) {
            pause = QStringLiteral("%1 from %2, %3 times in a row").arg(problem, from).arg(attempts);
            error = pause;
        } else {
            error = QStringLiteral("%1 from %2; trying again in %3 (attempt %4 of %5)")
                        .arg(problem, from, seconds(wait))
                        .arg(attempts)
                        .arg(m_options.attemptsBeforePause);
        }
    } else {
        const QString said = answerSnippet(reply->readAll(), *it);
        pause = QStringLiteral("HTTP %1 from %2%3%4")
                    .arg(status)
                    .arg(from, said.isEmpty() ? QString() : QStringLiteral(": ") + said,
                         refusalHint(*it, status));
        error = pause;
    }
    if (auto failure = m_store.postFailed(post, now + wait, error, pause, now))
        Q_EMIT storageFailed(failure.message);
    it->lastError = error;
    it->lastErrorAtMs = now;
    it->paused = pause;
    Q_EMIT failed(integrationId, error);
    wake();
}

} // namespace muster

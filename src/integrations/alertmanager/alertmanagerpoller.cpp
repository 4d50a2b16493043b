// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanagerpoller.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcAlerts, "muster.alerts")

namespace muster::alerts {

QUrl apiUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

AlertmanagerPoller::AlertmanagerPoller(const QUrl &base, PollerOptions options, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_options(options)
{
    qRegisterMetaType<QList<muster::alerts::Alert>>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertmanagerPoller::pollNow);
}

AlertmanagerPoller::~AlertmanagerPoller()
{
    stop();
}

void AlertmanagerPoller::start()
{
    pollNow();
}

void AlertmanagerPoller::stop()
{
    m_timer.stop();
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
}

int AlertmanagerPoller::delayAfterFailures(int failures, const PollerOptions &options)
{
    qint64 delay = options.intervalMs;
    for (int i = 0; i < failures && delay < options.maxBackoffMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, options.maxBackoffMs));
}

void AlertmanagerPoller::pollNow()
{
    if (m_inFlight)
        return;
    m_timer.stop();
    QNetworkRequest request(apiUrl(m_base, QStringLiteral("/api/v2/alerts")));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_options.timeoutMs);
    m_inFlight = m_network.get(request);
    QNetworkReply *reply = m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void AlertmanagerPoller::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString problem;
    ParseResult parsed;
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        problem = tr("Alertmanager at %1 cannot be reached: %2")
                      .arg(m_base.toDisplayString(), reply->errorString());
    } else if (status != 200) {
        problem = tr("Alertmanager at %1 answered HTTP %2").arg(m_base.toDisplayString()).arg(status);
    } else {
        parsed = parseApiAlerts(reply->readAll());
        if (!parsed.ok())
            problem = tr("Alertmanager at %1 sent alerts Muster cannot read: %2")
                          .arg(m_base.toDisplayString(), parsed.error);
    }
    if (!problem.isEmpty()) {
        ++m_failures;
        m_lastError = problem;
        const int delay = delayAfterFailures(m_failures, m_options);
        qCInfo(lcAlerts) << problem << "- next try in" << delay << "ms";
        m_timer.start(delay);
        emit unreachable(problem, delay);
        return;
    }
    m_failures = 0;
    m_lastError.clear();
    m_lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start(m_options.intervalMs);
    emit alertsReceived(parsed.alerts);
}

} // namespace muster::alerts

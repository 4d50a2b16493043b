// SPDX-License-Identifier: GPL-3.0-or-later
// Polls one Alertmanager's `GET /api/v2/alerts` on an interval and reports what fires. While
// Alertmanager cannot be reached (refused, timed out, an HTTP error, an answer that is not its
// API), the poller says so in one plain sentence and waits longer between tries — doubling up
// to a cap — so a dead Alertmanager costs nothing and is never fatal.
#pragma once

#include "alert.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace muster::alerts {

struct PollerOptions
{
    int intervalMs = 15'000; // between polls while Alertmanager answers
    int maxBackoffMs = 5 * 60'000; // the longest wait while it does not
    int timeoutMs = 10'000; // one request gives up after this
};

class AlertmanagerPoller : public QObject
{
    Q_OBJECT

public:
    // `base` is Alertmanager's address, e.g. http://alertmanager:9093 (a path prefix is kept).
    AlertmanagerPoller(const QUrl &base, PollerOptions options, QObject *parent = nullptr);
    ~AlertmanagerPoller() override;

    QUrl base() const { return m_base; }
    void start(); // polls at once, then on the interval
    void stop();
    void pollNow();

    bool isReachable() const { return m_failures == 0 && m_lastSuccessMs > 0; }
    QString lastError() const { return m_lastError; }
    qint64 lastSuccessMs() const { return m_lastSuccessMs; }
    // How long the poller waits after `failures` failures in a row.
    static int delayAfterFailures(int failures, const PollerOptions &options);

Q_SIGNALS:
    // Every alert Alertmanager lists now (firing, silenced or inhibited), after each good poll.
    void alertsReceived(const QList<muster::alerts::Alert> &alerts);
    // The poll failed; `message` is a sentence for the user, the next try is in `retryInMs`.
    void unreachable(const QString &message, int retryInMs);

private:
    void onFinished(QNetworkReply *reply);

    QUrl m_base;
    PollerOptions m_options;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QPointer<QNetworkReply> m_inFlight;
    int m_failures = 0;
    qint64 m_lastSuccessMs = 0;
    QString m_lastError;
};

// The URL of an Alertmanager API path under `base`, keeping a path prefix (…/am + /api/v2/…).
QUrl apiUrl(const QUrl &base, const QString &path);

} // namespace muster::alerts

Q_DECLARE_METATYPE(muster::alerts::Alert)

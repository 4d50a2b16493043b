// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "boardmodel.h"
#include "commandpalette.h"
#include "detectioninbox.h"
#include "incidentroom.h"
#include "integrationlist.h"
#include "musterapp.h"
#include "navigator.h"
#include "store/storeclient.h"
#include "walldisplay.h"

#include <QImage>
#include <QQuickWindow>
#include <QTextStream>

namespace muster {

ScreenshotWriter::ScreenshotWriter(MusterApp *app, QQuickWindow *window, const QString &path,
                                   const QString &view, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_window(window)
    , m_path(path)
    , m_view(view)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(30'000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        QTextStream(stderr) << "muster: screenshot timed out waiting for the app to load\n";
        emit finished(1);
    });
}

void ScreenshotWriter::start()
{
    m_timeout.start();
    if (m_app->ready() || !m_app->fatalError().isEmpty()) {
        navigate();
        return;
    }
    connect(m_app, &MusterApp::readyChanged, this, &ScreenshotWriter::navigate, Qt::SingleShotConnection);
    connect(m_app, &MusterApp::fatalErrorChanged, this, &ScreenshotWriter::navigate,
            Qt::SingleShotConnection);
}

void ScreenshotWriter::navigate()
{
    if (m_app->fatalError().isEmpty()) {
        if (m_view == u"incident")
            m_app->navigator()->openIncident(m_app->board()->topIncidentId());
        else if (m_view.startsWith(u"incident:"))
            m_app->navigator()->openIncident(
                m_app->board()->index(m_view.mid(9).toInt() - 1).data(BoardModel::IdRole).toString());
        else if (m_view == u"people")
            m_app->navigator()->showPeople();
        else if (m_view == u"detection")
            m_app->navigator()->showDetection();
        else if (m_view == u"actions")
            m_app->navigator()->showActionItems();
        else if (m_view == u"wall" || m_view.startsWith(u"wall:"))
            m_app->navigator()->showWall();
        else if (m_view == u"metrics")
            m_app->navigator()->showMetrics();
        else if (m_view == u"retrospective")
            m_app->navigator()->openRetrospective(m_app->board()->firstIdInState(QStringLiteral("learning")));
        else
            m_app->navigator()->showBoard();
        // Where action items are shown, as with the sample's Jira integration: "Send to Jira".
        if (m_view == u"actions" || m_view == u"retrospective") {
            QList<protocol::IntegrationInfo> jira = sampleIntegrations(m_app->now());
            jira.removeIf([](const protocol::IntegrationInfo &i) { return i.kind != u"jira"; });
            m_app->integrations()->setIntegrations(jira, false);
        }
        if (m_view == u"comms")
            m_app->navigator()->draftUpdate(m_app->board()->topIncidentId());
        if (m_view == u"comms-settings")
            m_app->navigator()->showCommsSettings(m_app->board()->topIncidentId());
        if (m_view == u"settings" || m_view == u"integrations" || m_view.startsWith(u"comms")
            || m_view.startsWith(u"palette")) {
            if (m_view == u"settings")
                m_app->navigator()->showSyncSettings();
            if (m_view == u"integrations") {
                // Integrations come from a relay; a screenshot has none, so it shows some as a
                // relay would tell them: posting, paused by a removed webhook, receiving, Jira.
                m_app->integrations()->setIntegrations(sampleIntegrations(m_app->now()), true);
                m_app->navigator()->showIntegrations();
            }
            // "palette:checkout": the command palette with something typed.
            if (m_view.startsWith(u"palette")) {
                m_app->navigator()->showCommandPalette();
                m_app->commandPalette()->setQuery(m_view.section(u':', 1));
            }
            // Let the dialog's opening transition finish before the capture.
            QTimer::singleShot(500, this, &ScreenshotWriter::waitUntilSettled);
            return;
        }
    }
    waitUntilSettled();
}

QList<protocol::IntegrationInfo> ScreenshotWriter::sampleIntegrations(double nowMs)
{
    const qint64 now = qint64(nowMs);
    return {
        {QStringLiteral("int-sample1"),
         QStringLiteral("slack"),
         QStringLiteral("#incidents"),
         QStringLiteral("https://hooks.slack.com"),
         {QStringLiteral("declared"), QStringLiteral("severity"), QStringLiteral("status"),
          QStringLiteral("handoff"), QStringLiteral("update"), QStringLiteral("resolved")},
         false,
         QString(),
         QString(),
         0,
         now - 4 * 60'000,
         0},
        {QStringLiteral("int-sample2"),
         QStringLiteral("teams"),
         QStringLiteral("Payments leadership"),
         QStringLiteral("https://example.webhook.office.com"),
         {QStringLiteral("declared"), QStringLiteral("resolved")},
         true,
         QStringLiteral("HTTP 404 from https://example.webhook.office.com: webhook not found (is the webhook "
                        "still there?)"),
         QStringLiteral("HTTP 404 from https://example.webhook.office.com: webhook not found (is the webhook "
                        "still there?)"),
         now - 9 * 60'000,
         now - 26 * 3600'000,
         2},
        {QStringLiteral("int-sample3"),
         QStringLiteral("pagerduty-webhook"),
         QStringLiteral("PagerDuty"),
         QStringLiteral("/pagerduty/default"),
         {},
         false,
         QString(),
         QString(),
         0,
         now - 12 * 60'000,
         0},
        {QStringLiteral("int-demojira"),
         QStringLiteral("jira"),
         QStringLiteral("Follow-ups in OPS"),
         QStringLiteral("https://example.atlassian.net"),
         {QStringLiteral("action-item")},
         false,
         QString(),
         QString(),
         0,
         now - 3 * 60'000,
         0,
         QStringLiteral("OPS"),
         QStringLiteral("Task"),
         QStringLiteral("sre-bot@example.com")}};
}

void ScreenshotWriter::waitUntilSettled()
{
    // Settled: no store job in flight for a few consecutive checks (loads trigger more loads).
    QTimer::singleShot(50, this, [this] {
        // Alertmanagers given on the command line get their first answer (or failure) in.
        const DetectionInbox *detection = m_app->detection();
        const bool askingAlertmanager
            = detection->sourceCount() > 0 && detection->updatedAt() == 0 && detection->problem().isEmpty();
        m_quietChecks = m_app->storeClient()->isBusy() || askingAlertmanager ? 0 : m_quietChecks + 1;
        if (m_quietChecks < 4) {
            waitUntilSettled();
            return;
        }
        capture();
    });
}

void ScreenshotWriter::capture()
{
    if (!m_window) {
        emit finished(1);
        return;
    }
    m_timeout.stop();
    // "wall:N": the wall's N-th page (the wall turns them; a screenshot shows one).
    if (m_view.startsWith(u"wall:")) {
        for (int page = 1; page < m_view.mid(5).toInt() && page < m_app->wall()->pageCount(); ++page)
            m_app->wall()->nextPage();
    }
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        QTextStream(stderr) << "muster: cannot write the screenshot to " << m_path << "\n";
        emit finished(1);
        return;
    }
    QTextStream(stdout) << "muster: wrote " << m_path << " (" << image.width() << "x" << image.height()
                        << ")\n";
    emit finished(m_app->fatalError().isEmpty() ? 0 : 3);
}

} // namespace muster

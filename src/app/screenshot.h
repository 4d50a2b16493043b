// SPDX-License-Identifier: GPL-3.0-or-later
// `muster --screenshot FILE --view NAME`: waits until the app has loaded and the view has its
// data, renders one more frame, saves the window as PNG and reports the exit code.
#pragma once

#include "sync/protocol.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickWindow;

namespace muster {

class MusterApp;

class ScreenshotWriter : public QObject
{
    Q_OBJECT

public:
    ScreenshotWriter(MusterApp *app, QQuickWindow *window, const QString &path, const QString &view,
                     QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void navigate();
    void waitUntilSettled();
    static QList<protocol::IntegrationInfo> sampleIntegrations(double nowMs);
    void capture();

    MusterApp *m_app;
    QPointer<QQuickWindow> m_window;
    QString m_path;
    QString m_view;
    QTimer m_timeout;
    int m_quietChecks = 0;
};

} // namespace muster

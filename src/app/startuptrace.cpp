// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptrace.h"

#include "musterapp.h"

#include <QDateTime>
#include <QFile>
#include <QQuickWindow>
#include <QTextStream>
#include <memory>

namespace muster {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void installStartupTrace(QQuickWindow *window, MusterApp *app)
{
    if (qEnvironmentVariableIsEmpty("MUSTER_TRACE_STARTUP"))
        return;
    auto done = std::make_shared<bool>(false);
    QObject::connect(window, &QQuickWindow::frameSwapped, app, [app, done] {
        // The first frame drawn after the data arrived: the board is on screen.
        if (*done || !app->ready())
            return;
        *done = true;
        QTextStream(stdout) << "startup-trace: first-frame-epoch-ms=" << QDateTime::currentMSecsSinceEpoch()
                            << " rss-kib=" << residentKiB() << Qt::endl;
    });
    QObject::connect(app, &QObject::destroyed, [] {
        QTextStream(stdout) << "startup-trace: exit rss-kib=" << residentKiB() << Qt::endl;
    });
}

} // namespace muster

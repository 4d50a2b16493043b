// SPDX-License-Identifier: GPL-3.0-or-later
// The wall display under a steady stream of changes: the real window (Main.qml on the wall
// view, 1920x1080, offscreen) with N active incidents while a log entry is added every
// interval, pages turning and the clock ticking. Samples the resident memory after a warm-up
// and at the end. Target: at most 5 MB of growth over 10 minutes of one update per second.
//   bench_wall [--seconds 600] [--incidents 20] [--interval-ms 1000]
#include "app/musterapp.h"
#include "app/navigator.h"
#include "core/changes.h"
#include "core/ids.h"
#include "residentmemory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(MusterPlugin)

using namespace muster;
using muster::bench::residentMiB;

namespace { } // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    // Settings of its own: the benchmark never touches a responder's saved choices.
    QApplication::setOrganizationName(QStringLiteral("Muster"));
    QApplication::setApplicationName(QStringLiteral("muster-bench-wall"));
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long (default 600)."), QStringLiteral("N"),
                                           QStringLiteral("600"));
    const QCommandLineOption incidentsOption(QStringLiteral("incidents"),
                                             QStringLiteral("Active incidents (default 20)."),
                                             QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Between updates (default 1000)."),
                                            QStringLiteral("MS"), QStringLiteral("1000"));
    parser.addOptions({secondsOption, incidentsOption, intervalOption});
    parser.process(application);
    const int seconds = std::max(10, parser.value(secondsOption).toInt());
    const int incidents = std::max(1, parser.value(incidentsOption).toInt());
    const int intervalMs = std::max(10, parser.value(intervalOption).toInt());
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QTemporaryDir dir;
    StartupOptions options;
    options.dataDir = dir.path();
    options.userName = QStringLiteral("Bench Responder");
    MusterApp app(options);
    app.start();
    while (!app.ready() && app.fatalError().isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!app.fatalError().isEmpty()) {
        QTextStream(stderr) << "bench_wall: " << app.fatalError() << "\n";
        return 1;
    }
    QStringList ids;
    for (int i = 0; i < incidents; ++i) {
        Declaration d;
        d.title = QStringLiteral("Incident %1: checkout errors in region %2").arg(i + 1).arg(i % 4);
        d.severity = Severity(1 + i % 4);
        d.services = {QStringLiteral("service-%1").arg(i % 7)};
        d.commanderId = app.userId();
        d.commanderName = app.userName();
        ids.append(newEntityId(app.nowMs()));
        app.commit(changes::declareIncident(ids.last(), d, app.nowMs()));
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&app)},
                                 {QStringLiteral("darkTheme"), true},
                                 {QStringLiteral("followSettings"), false},
                                 {QStringLiteral("fullScreenAllowed"), false}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Muster/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    window->resize(1920, 1080);
    app.navigator()->showWall();

    const int warmUpMs = std::min(60'000, seconds * 100); // a tenth of the run, at most a minute
    QTextStream out(stdout);
    out << QStringLiteral("wall: %1 active incidents, one log entry every %2 ms for %3 s, 1920x1080\n")
               .arg(incidents)
               .arg(intervalMs)
               .arg(seconds);
    QElapsedTimer clock;
    clock.start();
    double warm = 0, peak = 0;
    int updates = 0, frames = 0;
    QTimer update;
    update.setInterval(intervalMs);
    QObject::connect(&update, &QTimer::timeout, [&] {
        const QString &id = ids.at(updates % ids.size());
        ++updates;
        app.commit(changes::logEntry(id, LogKind::Note,
                                     QStringLiteral("Update %1: error rate %2%, p99 %3 ms, still watching")
                                         .arg(updates)
                                         .arg(updates % 17)
                                         .arg(200 + updates % 700)));
        if (updates % 10 == 0) {
            window->grabWindow(); // a full frame, as a screen would show
            ++frames;
        }
        peak = std::max(peak, residentMiB());
        if (warm == 0 && clock.elapsed() >= warmUpMs) {
            warm = residentMiB();
            out << QStringLiteral("after warm-up (%1 s): RSS %2 MiB\n")
                       .arg(warmUpMs / 1000)
                       .arg(warm, 0, 'f', 1);
            out.flush();
        }
        if (clock.elapsed() >= seconds * 1000LL)
            QCoreApplication::quit();
    });
    update.start();
    application.exec();
    const double end = residentMiB();
    out << QStringLiteral("end (%1 s, %2 updates, %3 frames grabbed, pages turned by the wall): RSS %4 MiB, "
                          "peak %5 MiB\n")
               .arg(clock.elapsed() / 1000)
               .arg(updates)
               .arg(frames)
               .arg(end, 0, 'f', 1)
               .arg(peak, 0, 'f', 1);
    out << QStringLiteral("RSS growth after warm-up: %1 MiB (target: at most 5 MB)\n")
               .arg(end - warm, 0, 'f', 2);
    return 0;
}

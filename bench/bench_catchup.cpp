// SPDX-License-Identifier: GPL-3.0-or-later
// bench_catchup: how long a client that was away takes to catch up on 100,000 ops.
// One replica commits the workload locally and pushes it to a running muster-relay; then, in
// each run, a fresh replica (new SQLite file, the real SyncEngine over a real WebSocket) starts
// from nothing and is timed from start() to `synced` — every op pulled, applied through the
// reducer and committed. See docs/performance.md.
#include "generator.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/synctransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <unistd.h>

using namespace muster;

namespace {

QTextStream out(stdout);

// Runs the engine until it is synced; false after timeoutMs.
bool syncUntilDone(Store &store, const QUrl &relay, int timeoutMs)
{
    SyncOptions options;
    options.relay = relay;
    options.clientName = QStringLiteral("bench_catchup");
    SyncEngine engine(store, new WebSocketTransport, options);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(&engine, &SyncEngine::synced, &loop, &QEventLoop::quit);
    engine.start();
    if (!engine.isSynced())
        loop.exec();
    const bool done = engine.isSynced();
    if (!done)
        out << "not synced: " << engine.lastError() << "\n";
    engine.stop();
    return done;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_catchup ws://127.0.0.1:PORT [ops] [runs]\n";
        return 2;
    }
    const QUrl relay(args.at(1));
    const int total = args.size() > 2 ? args.at(2).toInt() : 100'000;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 5;
    const QString workspace
        = QStringLiteral("catchup-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QTemporaryDir dir;

    Store source;
    if (auto error = source.open(dir.filePath(QStringLiteral("source.db")), workspace)) {
        out << "cannot open: " << error.message << "\n";
        return 1;
    }
    for (const QList<Change> &batch : bench::localWorkload(total, 1000)) {
        if (const auto result = source.commitLocal(batch, QString()); !result.ok()) {
            out << "commit failed: " << result.error.message << "\n";
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    if (!syncUntilDone(source, relay, 300'000))
        return 1;
    out << QStringLiteral("== pushing %1 ops to the relay: %2 s\n")
               .arg(total)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 2);
    out.flush();

    QList<double> seconds;
    for (int run = 0; run < runs; ++run) {
        // Each run starts with nothing waiting to be written back: the previous replica's
        // 70 MB would otherwise be flushed by the kernel in the middle of this run.
        ::sync();
        const QString path = dir.filePath(QStringLiteral("fresh-%1.db").arg(run));
        Store fresh;
        if (auto error = fresh.open(path, workspace)) {
            out << "cannot open: " << error.message << "\n";
            return 1;
        }
        timer.restart();
        if (!syncUntilDone(fresh, relay, 60'000))
            return 1;
        seconds.append(timer.nsecsElapsed() / 1e9);
        const auto log = fresh.opLog();
        if (!log.ok() || log.value.size() != total) {
            out << "the fresh replica holds " << (log.ok() ? log.value.size() : -1) << " ops, not " << total
                << "\n";
            return 1;
        }
        out << QStringLiteral("run %1: caught up on %2 ops in %3 s\n")
                   .arg(run + 1)
                   .arg(total)
                   .arg(seconds.last(), 0, 'f', 3);
        out.flush();
    }
    std::sort(seconds.begin(), seconds.end());
    out << QStringLiteral("catch-up of %1 ops: median %2 s (min %3, max %4)\n")
               .arg(total)
               .arg(seconds.at(seconds.size() / 2), 0, 'f', 3)
               .arg(seconds.first(), 0, 'f', 3)
               .arg(seconds.last(), 0, 'f', 3);
    return 0;
}

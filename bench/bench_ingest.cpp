// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ingest: how fast the desktop takes in a teammate's changes, against raw SQLite.
// The full client path: MusterApp as the desktop runs it (store thread, sync engine over a real
// WebSocket, the reducer, SQLite, then the board, the open incident room and its log model
// refreshed from the store) is fed N remote log entries live, in messages of B ops each, by an
// in-memory relay (ingest/fakerelay.h); the clock stops when the last entry is committed and
// the open room's log shows it. The yardstick (ingest/rawingest.h) writes the same rows in
// transactions of the same B entries through SQLite's C API. Reports ops/s for both and the
// ratio. Target (issue 8): the client path at ≥ 40% of the raw rate. See docs/performance.md.
//   bench_ingest [--ops 20000] [--batches 1,10,100] [--runs 5]
#include "app/boardmodel.h"
#include "app/incidentroom.h"
#include "app/logmodel.h"
#include "app/musterapp.h"
#include "app/synccontroller.h"
#include "core/changes.h"
#include "core/ids.h"
#include "core/logchain.h"
#include "generator.h"
#include "ingest/fakerelay.h"
#include "ingest/rawingest.h"
#include "store/store.h"
#include "store/storeclient.h"
#include "sync/protocol.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>

using namespace muster;
using namespace muster::bench;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Workload
{
    QList<Operation> history; // people and incidents: in the workspace before the measurement
    QList<Operation> entries; // the log entries the measurement feeds
    QStringList incidents;
    QString newestTextOfFirst; // the last entry of incidents[0], which the room shows
};

// A teammate's replica declares the incidents and writes the entries; its op log is the feed.
std::optional<Workload> makeWorkload(const QString &dir, int incidentCount, int entryCount)
{
    Store source;
    if (auto error = source.open(dir + QStringLiteral("/source.db"), QStringLiteral("default"))) {
        err << "cannot open the source: " << error.message << "\n";
        return std::nullopt;
    }
    Workload w;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString actor = newEntityId(now);
    QList<Change> declarations;
    for (int i = 0; i < incidentCount; ++i) {
        w.incidents << newEntityId(now + i);
        Declaration d;
        d.title = QStringLiteral("Ingest incident %1").arg(i + 1);
        d.severity = Severity(1 + i % 4);
        declarations << changes::declareIncident(w.incidents.last(), d, now);
    }
    if (const auto result = source.commitLocal(declarations, actor); !result.ok()) {
        err << "cannot declare the incidents: " << result.error.message << "\n";
        return std::nullopt;
    }
    const qint64 historyOps = source.opLog().value.size();
    Generator words({});
    QList<Change> batch;
    for (int i = 0; i < entryCount; ++i) {
        const QString text = words.sentence();
        const int incident = i % incidentCount;
        if (incident == 0)
            w.newestTextOfFirst = text;
        batch << changes::logEntry(w.incidents.at(incident), LogKind::Note, text);
        if (batch.size() == 1000 || i == entryCount - 1) {
            if (const auto result = source.commitLocal(batch, actor); !result.ok()) {
                err << "commit failed: " << result.error.message << "\n";
                return std::nullopt;
            }
            batch.clear();
        }
    }
    const QList<Operation> all = source.opLog().value;
    w.history = all.mid(0, historyOps);
    w.entries = all.mid(historyOps);
    return w;
}

template<typename Done> bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

qint64 countRows(const QString &path, const QString &table)
{
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next())
                rows = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return rows;
}

// The full client path; seconds, or a negative number when it did not finish.
double clientRun(const Workload &w, int batch)
{
    QTemporaryDir dir;
    QList<QByteArray> history, feed;
    for (const Operation &op : w.history)
        history << protocol::encodeOp(op);
    for (const Operation &op : w.entries)
        feed << protocol::encodeOp(op);
    QThread relayThread;
    relayThread.start();
    auto *relay = new FakeRelay(history);
    relay->moveToThread(&relayThread);
    bool listening = false;
    QMetaObject::invokeMethod(
        relay, [&] { listening = relay->listen(); }, Qt::BlockingQueuedConnection);
    double seconds = -1;
    qint64 logRowsBefore = 0;
    if (listening) {
        StartupOptions options;
        options.dataDir = dir.path();
        options.userName = QStringLiteral("Ingest Reader");
        options.relayUrl = relay->url();
        MusterApp app(options);
        qint64 applied = 0;
        const QString source = w.entries.first().id.replica;
        QObject::connect(app.sync(), &SyncController::remoteApplied, &app, [&](const QList<Operation> &ops) {
            applied += std::count_if(ops.cbegin(), ops.cend(), [&](const Operation &op) {
                return op.kind == OpKind::Append && op.id.replica == source;
            });
        });
        app.start();
        const bool caughtUp = waitFor(
            [&] {
                return app.ready() && app.sync()->state() == SyncController::State::Synced
                    && app.board()->rowCount() == w.incidents.size() && !app.storeClient()->isBusy();
            },
            60'000);
        if (!caughtUp) {
            err << "the client did not catch up on the history: " << app.sync()->lastError() << "\n";
        } else {
            app.room()->open(w.incidents.first());
            waitFor([&] { return app.room()->loaded() && !app.storeClient()->isBusy(); }, 10'000);
            applied = 0;
            logRowsBefore = countRows(app.databasePath(), QStringLiteral("log_entries"));
            LogModel *log = app.room()->log();
            QElapsedTimer timer;
            timer.start();
            QMetaObject::invokeMethod(relay, [&, relay] { relay->feed(feed, batch); });
            const bool done = waitFor(
                [&] {
                    return applied >= w.entries.size() && log->rowCount() > 0
                        && log->data(log->index(0), LogModel::TextRole).toString() == w.newestTextOfFirst
                        && !app.storeClient()->isBusy();
                },
                600'000);
            if (done)
                seconds = double(timer.nsecsElapsed()) / 1e9;
            else
                err << "the client took in " << applied << " of " << w.entries.size() << " entries\n";
        }
    }
    // The relay's sockets live on its thread and go with it.
    QMetaObject::invokeMethod(
        relay, [relay] { delete relay; }, Qt::BlockingQueuedConnection);
    relayThread.quit();
    relayThread.wait();
    // Every entry is on disk, once: what the benchmark claims to have measured.
    if (seconds > 0) {
        const qint64 rows = countRows(QDir(dir.path()).filePath(QStringLiteral("default.muster.sqlite")),
                                      QStringLiteral("log_entries"));
        if (rows != logRowsBefore + w.entries.size()) {
            err << "the client's database holds " << rows - logRowsBefore << " new entries, not "
                << w.entries.size() << "\n";
            return -1;
        }
    }
    return seconds;
}

double rawRun(const Workload &w, int batch)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raw.sqlite"));
    const QString relayUrl = QStringLiteral("ws://127.0.0.1:7447");
    {
        // The same schema and the same incidents, made by Muster itself.
        Store store;
        if (auto error = store.open(path, QStringLiteral("default"))) {
            err << "cannot open: " << error.message << "\n";
            return -1;
        }
        if (!store.applyFromRelay(w.history, relayUrl, w.history.size()).ok())
            return -1;
    }
    std::vector<RawLogEntry> entries;
    entries.reserve(size_t(w.entries.size()));
    for (const Operation &op : w.entries) {
        const QCborMap value = op.value.toMap();
        RawLogEntry e;
        e.replica = op.id.replica.toStdString();
        e.counter = op.id.counter;
        e.hlc = qint64(op.hlc.packed());
        e.wallMs = op.hlc.wallMs;
        e.actor = op.actor.toStdString();
        e.kind = int(op.kind);
        e.entity = op.entity.toStdString();
        e.field = op.field.toStdString();
        e.value = op.value.toCbor().toStdString();
        e.incident = op.entity.mid(op.entity.indexOf(u':') + 1).toStdString();
        e.entryKind = value.value(QStringLiteral("kind")).toString().toStdString();
        e.text = value.value(QStringLiteral("text")).toString().toStdString();
        e.canonical = logchain::canonicalBytes(*ChainedEntry::fromOperation(op)).toStdString();
        entries.push_back(std::move(e));
    }
    const qint64 before = countRows(path, QStringLiteral("log_entries"));
    const RawIngestResult result = rawIngest(path.toStdString(), entries, batch, relayUrl.toStdString());
    if (!result.error.empty()) {
        err << "raw SQLite: " << QString::fromStdString(result.error) << "\n";
        return -1;
    }
    if (countRows(path, QStringLiteral("log_entries")) != before + w.entries.size()) {
        err << "raw SQLite did not write every entry\n";
        return -1;
    }
    return result.seconds;
}

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.first(), values.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Muster"));
    QGuiApplication::setApplicationName(QStringLiteral("muster-bench-ingest"));
    QCommandLineParser parser;
    const QCommandLineOption opsOption(QStringLiteral("ops"),
                                       QStringLiteral("Log entries fed (default 20000)."),
                                       QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption batchesOption(
        QStringLiteral("batches"), QStringLiteral("Ops per message and transaction (default 1,10,100)."),
        QStringLiteral("LIST"), QStringLiteral("1,10,100"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({opsOption, batchesOption, runsOption});
    parser.addHelpOption();
    parser.process(application);
    const int ops = std::max(1, parser.value(opsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const auto workload = makeWorkload(dir.path(), 20, ops);
    if (!workload)
        return 1;
    out << "== client ingest: " << ops << " remote log entries over 20 incidents, " << runs
        << " runs each; ops/s median (min–max)\n";
    out << "batch  client path               raw SQLite C API          client ÷ raw\n";
    out.flush();
    for (const QString &b : parser.value(batchesOption).split(u',', Qt::SkipEmptyParts)) {
        const int batch = std::max(1, b.toInt());
        QList<double> client, raw;
        for (int run = 0; run < runs; ++run) {
            const double c = clientRun(*workload, batch);
            const double r = rawRun(*workload, batch);
            if (c <= 0 || r <= 0)
                return 1;
            client << ops / c;
            raw << ops / r;
        }
        const Stats cs = stats(client), rs = stats(raw);
        out << QStringLiteral("%1  %2 (%3–%4)   %5 (%6–%7)   %8%\n")
                   .arg(batch, 5)
                   .arg(cs.median, 7, 'f', 0)
                   .arg(cs.min, 0, 'f', 0)
                   .arg(cs.max, 0, 'f', 0)
                   .arg(rs.median, 7, 'f', 0)
                   .arg(rs.min, 0, 'f', 0)
                   .arg(rs.max, 0, 'f', 0)
                   .arg(100.0 * cs.median / rs.median, 0, 'f', 0);
        out << QStringLiteral("ingest_batch %1 client_ops_per_second %2 raw_ops_per_second %3 ratio %4\n")
                   .arg(batch)
                   .arg(cs.median, 0, 'f', 0)
                   .arg(rs.median, 0, 'f', 0)
                   .arg(cs.median / rs.median, 0, 'f', 3);
        out.flush();
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// bench_logscroll: the incident room's log scrolled from the newest entry to the very first of
// an incident with a million entries, and back up a stretch, through the real LogModel on the
// real StoreClient (store thread), page by page as a ListView asks for them. Reports the time
// per page (median, p99, max), the whole way down, and the process's resident memory before
// and after: the model holds a window of LogModel::defaultMaxRows entries, never the whole log.
//   bench_logscroll --db FILE [--max-rows N]   (muster-datagen --incidents 1 --log-entries 1000000;
//   run.sh). --max-rows 2000000 shows what holding the whole log costs.
#include "app/logmodel.h"
#include "residentmemory.h"
#include "store/storeclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>

using namespace muster;
using muster::bench::residentMiB;

namespace {

QTextStream out(stdout);

// The incident with the most entries, and how many.
std::pair<QString, qint64> longestIncident(const QString &path)
{
    std::pair<QString, qint64> found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT id, log_count FROM incidents ORDER BY log_count DESC LIMIT 1"))
                && q.next())
                found = {q.value(0).toString(), q.value(1).toLongLong()};
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return found;
}

template<typename Done> bool waitFor(Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return true;
}

struct Stats
{
    double median = 0, p99 = 0, max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return {};
    return {v.at(v.size() / 2), v.at(std::min<qsizetype>(v.size() - 1, v.size() * 99 / 100)), v.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        out << "usage: bench_logscroll --db FILE\n";
        return 2;
    }
    const QString path = args.at(dbAt + 1);
    const auto [incident, entries] = longestIncident(path);
    if (incident.isEmpty()) {
        out << "no incident in " << path << "\n";
        return 1;
    }
    StoreClient store;
    bool opened = false;
    StoreError openError;
    store.run<StoreError>(
        &app, [path](Store &s) { return s.open(path, QStringLiteral("default")); },
        [&](const StoreError &e) {
            openError = e;
            opened = true;
        });
    waitFor([&] { return opened; });
    if (openError) {
        out << "cannot open " << path << ": " << openError.message << "\n";
        return 1;
    }
    const double rssBefore = residentMiB();
    LogModel model(&store);
    if (const qsizetype at = args.indexOf(QStringLiteral("--max-rows")); at >= 0 && at + 1 < args.size())
        model.setMaxRows(args.at(at + 1).toInt());
    QElapsedTimer whole;
    whole.start();
    QElapsedTimer page;
    page.start();
    model.setIncident(incident);
    waitFor([&] { return !model.loading(); });
    const double firstMs = double(page.nsecsElapsed()) / 1e6;
    QList<double> downMs;
    // Every row that came into the window on the way down, counted as the view would see it.
    qint64 seen = model.rowCount();
    const auto counting
        = QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app,
                           [&](const QModelIndex &, int first, int last) { seen += last - first + 1; });
    int maxRowsHeld = model.rowCount();
    double rssPeak = residentMiB();
    while (model.canFetchMore({})) {
        page.restart();
        model.fetchMore({});
        waitFor([&] { return !model.loading(); });
        downMs << double(page.nsecsElapsed()) / 1e6;
        maxRowsHeld = std::max(maxRowsHeld, model.rowCount());
        if (downMs.size() % 500 == 0)
            rssPeak = std::max(rssPeak, residentMiB());
    }
    const double downSeconds = double(whole.nsecsElapsed()) / 1e9;
    QObject::disconnect(counting);
    rssPeak = std::max(rssPeak, residentMiB());
    const QString oldest = model.index(model.rowCount() - 1).data(LogModel::KindRole).toString();
    QList<double> upMs;
    for (int i = 0; i < 200 && !model.atNewest(); ++i) {
        page.restart();
        model.fetchNewer();
        waitFor([&] { return !model.loading(); });
        upMs << double(page.nsecsElapsed()) / 1e6;
    }
    const Stats down = stats(downMs), up = stats(upMs);
    out << "== log view scrolled through an incident of " << entries << " entries (" << path << ")\n";
    out << QStringLiteral("first page %1 ms; down: %2 pages of %3, median %4 ms, p99 %5 ms, max %6 ms; "
                          "newest to oldest in %7 s\n")
               .arg(firstMs, 0, 'f', 2)
               .arg(downMs.size())
               .arg(LogModel::pageSize)
               .arg(down.median, 0, 'f', 2)
               .arg(down.p99, 0, 'f', 2)
               .arg(down.max, 0, 'f', 2)
               .arg(downSeconds, 0, 'f', 1);
    out << QStringLiteral("up again: %1 pages, median %2 ms, p99 %3 ms\n")
               .arg(upMs.size())
               .arg(up.median, 0, 'f', 2)
               .arg(up.p99, 0, 'f', 2);
    out << QStringLiteral(
               "entries passed %1 of %2; at the bottom: %3 (the declaration); rows held at most %4; "
               "resident memory %5 → %6 MiB (peak)\n")
               .arg(seen)
               .arg(entries)
               .arg(oldest)
               .arg(maxRowsHeld)
               .arg(rssBefore, 0, 'f', 0)
               .arg(rssPeak, 0, 'f', 0);
    out.flush();
    return seen == entries && maxRowsHeld <= model.maxRows() ? 0 : 1;
}

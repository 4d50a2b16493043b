// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmarks: local write throughput (batched and one commit per change), full-text
// search, the board query and the first log page, on a database made by muster-datagen.
// Prints the median of several runs with min and max; see docs/performance.md.
#include "generator.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace muster;

namespace {

QTextStream out(stdout);

struct Stats
{
    double median, min, max;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return {median, values.first(), values.last()};
}

void report(const QString &what, const Stats &s, const QString &unit)
{
    out << QStringLiteral("%1: median %2 %3 (min %4, max %5)\n")
               .arg(what, -46)
               .arg(s.median, 0, 'f', 2)
               .arg(unit)
               .arg(s.min, 0, 'f', 2)
               .arg(s.max, 0, 'f', 2);
    out.flush();
}

double commitRate(const QList<QList<Change>> &batches, int runs, QList<double> *rates)
{
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        Store store;
        if (auto error = store.open(dir.filePath(QStringLiteral("w.db")), QStringLiteral("default"))) {
            out << "cannot open: " << error.message << "\n";
            return 0;
        }
        qint64 ops = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QList<Change> &batch : batches) {
            const auto result = store.commitLocal(batch, QString());
            if (!result.ok()) {
                out << "commit failed: " << result.error.message << "\n";
                return 0;
            }
            ops += result.value.size();
        }
        rates->append(double(ops) * 1e9 / double(timer.nsecsElapsed()));
    }
    return stats(*rates).median;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    const int runs = 5;

    out << "== local writes (WAL, synchronous=FULL, op + outbox + materialized rows per op)\n";
    for (int batch : {1'000, 10'000, 100'000}) {
        QList<double> batched;
        commitRate(bench::localWorkload(100'000, batch), runs, &batched);
        report(QStringLiteral("100,000 ops in commits of %L1").arg(batch), stats(batched),
               QStringLiteral("ops/s"));
    }
    QList<double> single;
    commitRate(bench::localWorkload(2'000, 1), runs, &single);
    report(QStringLiteral("2,000 ops, one commit each"), stats(single), QStringLiteral("ops/s"));

    if (dbAt < 0 || dbAt + 1 >= args.size()) {
        out << "(no --db FILE: skipping the read benchmarks)\n";
        return 0;
    }
    Store store;
    if (auto error = store.open(args.at(dbAt + 1), QStringLiteral("default"))) {
        out << "cannot open " << args.at(dbAt + 1) << ": " << error.message << "\n";
        return 1;
    }
    out << "== reads on " << args.at(dbAt + 1) << " (" << store.incidentCount().value << " incidents)\n";

    // Search terms from common to rare, and multi-word queries as people type them.
    const QStringList queries {
        QStringLiteral("failover"),        QStringLiteral("latency spike"),
        QStringLiteral("rollback deploy"), QStringLiteral("kafka partition rebalance"),
        QStringLiteral("eu-west-1"),       QStringLiteral("certif"),
        QStringLiteral("deadlock"),        QStringLiteral("p99 saturation"),
        QStringLiteral("bgp route flap"),  QStringLiteral("customers impacted checkout")};
    QList<double> searchMs;
    QList<double> perQuery;
    for (const QString &q : queries) {
        QList<double> times;
        int hits = 0;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer t;
            t.start();
            const auto result = store.searchLog(q, QString(), 100);
            times << double(t.nsecsElapsed()) / 1e6;
            hits = int(result.value.size());
        }
        searchMs << times;
        out << QStringLiteral("   search %1 → %2 hits, median %3 ms\n")
                   .arg(q, -30)
                   .arg(hits)
                   .arg(stats(times).median, 0, 'f', 2);
    }
    report(QStringLiteral("full-text search over the log (100 newest)"), stats(searchMs),
           QStringLiteral("ms"));

    QList<double> boardMs;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        store.activeIncidents();
        boardMs << double(t.nsecsElapsed()) / 1e6;
    }
    report(QStringLiteral("board query (active incidents)"), stats(boardMs), QStringLiteral("ms"));

    // The largest incident's newest page, as the incident room opens it.
    const auto active = store.activeIncidents().value;
    QString largest;
    int most = -1;
    for (const IncidentSummary &s : active) {
        if (s.logCount > most) {
            most = s.logCount;
            largest = s.id;
        }
    }
    QList<double> pageMs;
    for (int i = 0; i < 21 && !largest.isEmpty(); ++i) {
        QElapsedTimer t;
        t.start();
        store.logPage(largest, {}, 100);
        pageMs << double(t.nsecsElapsed()) / 1e6;
    }
    if (!pageMs.isEmpty())
        report(QStringLiteral("first log page (%1 entries in incident)").arg(most), stats(pageMs),
               QStringLiteral("ms"));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// How long the metrics take over the benchmark workspace (10,000 incidents over two years):
// reading the incident histories from SQLite (Store::incidentHistories, one scan of the op
// log), then computeMetrics over the whole range by week, by month, and for one service.
// Each step runs several times; prints the median with min and max. Target: computing over
// 10,000 incidents in 200 ms or less. Method and figures: docs/performance.md.
//   bench_metrics --db FILE [--runs N]
#include "metrics/incidentmetrics.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace muster;

namespace {

struct Stats
{
    double median, min, max;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return {n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2, values.first(),
            values.last()};
}

void print(const QString &what, const QList<double> &ms)
{
    const Stats s = stats(ms);
    QTextStream(stdout) << QStringLiteral("%1: median %2 ms (min %3, max %4, %5 runs)\n")
                               .arg(what)
                               .arg(s.median, 0, 'f', 1)
                               .arg(s.min, 0, 'f', 1)
                               .arg(s.max, 0, 'f', 1)
                               .arg(ms.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The workspace database."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per step (default 9)."),
                                        QStringLiteral("N"), QStringLiteral("9"));
    parser.addOptions({dbOption, runsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    Store store;
    if (auto error = store.open(parser.value(dbOption), QStringLiteral("default"))) {
        QTextStream(stderr) << "bench_metrics: " << error.message << "\n";
        return 1;
    }
    store.waitForIntegrity();

    QList<IncidentHistory> histories;
    QList<double> readMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto read = store.incidentHistories();
        readMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!read.ok()) {
            QTextStream(stderr) << "bench_metrics: " << read.error.message << "\n";
            return 1;
        }
        histories = std::move(read.value);
    }
    qint64 first = 0, last = 0;
    int roleSpans = 0, stepRuns = 0;
    for (const IncidentHistory &h : std::as_const(histories)) {
        const qint64 at = h.at(Milestone::Detected);
        if (at > 0) {
            first = first == 0 ? at : std::min(first, at);
            last = std::max(last, at);
        }
        roleSpans += int(h.roles.size());
        stepRuns += int(h.steps.size());
    }
    QTextStream(stdout) << QStringLiteral(
                               "incidents: %1, role spans: %2, runbook steps done: %3, over %4 days\n")
                               .arg(histories.size())
                               .arg(roleSpans)
                               .arg(stepRuns)
                               .arg((last - first) / 86'400'000);
    print(QStringLiteral("read histories (SQLite)"), readMs);

    const QStringList services = servicesOf(histories);
    const auto measure = [&](const QString &what, const MetricsFilter &filter) {
        QList<double> ms;
        int counted = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const MetricsReport report = computeMetrics(histories, filter);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            counted = report.incidents;
        }
        print(QStringLiteral("%1 (%2 incidents counted)").arg(what).arg(counted), ms);
    };
    measure(QStringLiteral("compute, whole range by week"), {first, last + 1, {}, Granularity::Week, last});
    measure(QStringLiteral("compute, whole range by month"), {first, last + 1, {}, Granularity::Month, last});
    if (!services.isEmpty())
        measure(QStringLiteral("compute, one service by week"),
                {first, last + 1, services.first(), Granularity::Week, last});
    // The generated history attaches no runbooks: add five finished steps to every incident
    // (one of four runbooks) so the step medians are measured at the same scale.
    if (stepRuns == 0) {
        for (qsizetype i = 0; i < histories.size(); ++i) {
            IncidentHistory &h = histories[i];
            const qint64 start = h.at(Milestone::Detected);
            const QString runbook = QStringLiteral("Runbook %1").arg(i % 4);
            for (int step = 0; step < 5; ++step)
                h.steps.append({runbook, step, QStringLiteral("Step %1").arg(step + 1),
                                start + step * 300'000,
                                start + step * 300'000 + 60'000 * (1 + (i + step) % 9)});
        }
        measure(QStringLiteral("compute by week, with 50,000 runbook steps added"),
                {first, last + 1, {}, Granularity::Week, last});
    }
    return 0;
}

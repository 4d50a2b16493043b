// SPDX-License-Identifier: GPL-3.0-or-later
// How long an export takes for a long incident: a record with N log entries (default 5,000,
// about a two-day SEV1 with a busy scribe) rendered as Markdown, JSON and PDF, each 7 times;
// prints the median and the output size. Method and figures: docs/performance.md.
#include "core/changes.h"
#include "core/workspacestate.h"
#include "integrations/export/incidentrecord.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>

using namespace muster;

namespace {

IncidentRecord longIncident(int entries)
{
    const QString id = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1ABC");
    const QString ic = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1PRY");
    WorkspaceState state;
    qint64 wall = 1'795'000'000'000;
    qint64 counter = 0;
    auto apply = [&](const QList<Change> &changes) {
        for (const Change &c : changes)
            state.apply({{QStringLiteral("a000000000000001"), ++counter},
                         {wall, 0},
                         ic,
                         QStringLiteral("bench"),
                         c.kind,
                         c.entity,
                         c.field,
                         c.value});
        wall += 30'000;
    };
    Declaration d;
    d.title = QStringLiteral("Checkout 502s for EU customers");
    d.commanderId = ic;
    d.commanderName = QStringLiteral("Priya Raman");
    apply(changes::declareIncident(id, d, wall));
    const LogKind kinds[] = {LogKind::Note, LogKind::Note, LogKind::Decision, LogKind::Action};
    for (int i = 0; i < entries; ++i) {
        apply(changes::logEntry(id, kinds[i % 4],
                                QStringLiteral("Entry %1: checked the pool on checkout-db-%2; p99 at %3 ms, "
                                               "error rate %4% in eu-west-1")
                                    .arg(i)
                                    .arg(i % 12)
                                    .arg(200 + i % 900)
                                    .arg(i % 40)));
    }
    IncidentRecord record;
    record.incident = state.incidents().value(id);
    for (const LogEntry &entry : state.log(id))
        record.log.append({entry, {}, false, {}});
    record.people = {{ic, QStringLiteral("Priya Raman")}};
    record.workspace = QStringLiteral("bench");
    record.exportedAtMs = wall;
    return record;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Log entries."), QStringLiteral("N"),
                      QStringLiteral("5000")});
    parser.process(app);
    const int entries = parser.value(QStringLiteral("entries")).toInt();
    const IncidentRecord record = longIncident(entries);
    std::printf("export of one incident with %d log entries, median of 7 runs\n", entries);
    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Pdf}) {
        QList<double> ms;
        qsizetype size = 0;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            QString error;
            size = renderExport(record, format, &error).size();
            ms << timer.nsecsElapsed() / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        std::printf("  %-4s %8.1f ms  %8.1f KiB\n", qPrintable(exportFormatName(format)), ms.at(3),
                    size / 1024.0);
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// muster-datagen: writes a workspace database with a seeded, realistic history, for benchmarks
// and for trying Muster with a lot of data.
//   muster-datagen --db FILE [--incidents N] [--log-entries N] [--seed S]
#include "generator.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generate a Muster workspace database for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file to create."),
                                QStringLiteral("FILE"));
    const QCommandLineOption incidents(QStringLiteral("incidents"),
                                       QStringLiteral("Incidents (default 10000)."), QStringLiteral("N"),
                                       QStringLiteral("10000"));
    const QCommandLineOption entries(QStringLiteral("log-entries"),
                                     QStringLiteral("Log entries (default 1000000)."), QStringLiteral("N"),
                                     QStringLiteral("1000000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                                  QStringLiteral("20261124"));
    parser.addOptions({db, incidents, entries, seed});
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(db)) {
        err << "muster-datagen: --db FILE is required\n";
        return 2;
    }
    if (QFile::exists(parser.value(db))) {
        err << "muster-datagen: " << parser.value(db) << " exists; refusing to add to it\n";
        return 2;
    }
    muster::bench::GeneratorOptions options;
    options.incidents = parser.value(incidents).toInt();
    options.logEntries = parser.value(entries).toLongLong();
    options.seed = parser.value(seed).toUInt();
    if (options.incidents < 1 || options.logEntries < 0) {
        err << "muster-datagen: --incidents must be at least 1 and --log-entries not negative\n";
        return 2;
    }

    // History ends a month ago; the store runs on the real clock, so nothing is in its future.
    options.endMs = QDateTime::currentMSecsSinceEpoch() - 30LL * 24 * 3600 * 1000;
    muster::Store store;
    if (auto error = store.open(parser.value(db), options.workspace)) {
        err << "muster-datagen: " << error.message << "\n";
        return 1;
    }
    muster::bench::Generator generator(options);
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    QList<muster::Operation> batch;
    while (generator.next(batch, 20'000)) {
        const auto result = store.applyRemote(batch);
        if (!result.ok() || !result.value.rejected.isEmpty()) {
            err << "muster-datagen: " << (result.ok() ? result.value.rejected.first() : result.error.message)
                << "\n";
            return 1;
        }
        total += batch.size();
        batch.clear();
    }
    out << "muster-datagen: " << total << " ops (" << options.incidents << " incidents, "
        << options.logEntries << " log entries) in " << timer.elapsed() << " ms\n";
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// muster-relayload: the relay load generator. Arguments in, LoadRun out; see bench/relay.sh for
// the scenarios `make bench` runs and docs/performance.md for what the figures mean.
#include "loadrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using muster::bench::LoadOptions;
using muster::bench::LoadRun;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Drives a relay with many WebSocket clients and reports "
                                                    "delivery latency and throughput."));
    parser.addHelpOption();
    const QCommandLineOption url({QStringLiteral("port")}, QStringLiteral("The relay's port on 127.0.0.1."),
                                 QStringLiteral("PORT"));
    const QCommandLineOption bare(
        QStringLiteral("bare"),
        QStringLiteral("Talk to bench-barerelay (raw frames) instead of muster-relay."));
    const QCommandLineOption clients(QStringLiteral("clients"),
                                     QStringLiteral("Connected clients, writers included."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption writers(QStringLiteral("writers"), QStringLiteral("Clients that write."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        QStringLiteral("Ops per second from all writers; 0: as fast as acknowledged."), QStringLiteral("OPS"),
        QStringLiteral("1000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Ops per push."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption window(QStringLiteral("window"),
                                    QStringLiteral("Pushes in flight per writer when --rate is 0."),
                                    QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption payload(
        QStringLiteral("payload"),
        QStringLiteral("Bytes per message (bare; default 160) or per encoded op (muster; default: a "
                       "plain 90-character log entry)."),
        QStringLiteral("BYTES"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measured seconds."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QStringLiteral("Seconds before measuring."),
                                    QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption idle(QStringLiteral("idle"),
                                  QStringLiteral("Only connect, go live and report the relay's memory."));
    const QCommandLineOption pid(QStringLiteral("relay-pid"),
                                 QStringLiteral("The relay's process id, for memory and CPU figures."),
                                 QStringLiteral("PID"));
    const QCommandLineOption findMax(QStringLiteral("find-max"),
                                     QStringLiteral("Find the highest sustainable --rate: rising steps of "
                                                    "--seconds each, then a bisection."));
    const QCommandLineOption startRate(QStringLiteral("start-rate"),
                                       QStringLiteral("--find-max: the first step's messages per second."),
                                       QStringLiteral("OPS"), QStringLiteral("500"));
    const QCommandLineOption factor(QStringLiteral("ladder-factor"),
                                    QStringLiteral("--find-max: each step offers this much more."),
                                    QStringLiteral("F"), QStringLiteral("1.5"));
    const QCommandLineOption bisections(QStringLiteral("bisections"),
                                        QStringLiteral("--find-max: steps between the last pass and the "
                                                       "first failure."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption maxP99(QStringLiteral("max-p99-ms"),
                                    QStringLiteral("--find-max: a step passes while the p99 from push to "
                                                   "delivered-to-all stays within this."),
                                    QStringLiteral("MS"), QStringLiteral("50"));
    parser.addOptions({url, bare, clients, writers, rate, batch, window, payload, seconds, warmup, idle, pid,
                       findMax, startRate, factor, bisections, maxP99});
    parser.process(app);
    if (!parser.isSet(url)) {
        std::fprintf(stderr, "muster-relayload: --port is required\n");
        return 2;
    }

    LoadOptions options;
    options.mode = parser.isSet(bare) ? LoadOptions::Mode::Bare : LoadOptions::Mode::Muster;
    options.port = parser.value(url).toInt();
    options.clients = parser.value(clients).toInt();
    options.writers = std::min(parser.value(writers).toInt(), options.clients);
    options.rate = parser.value(rate).toDouble();
    options.batch = std::max(1, parser.value(batch).toInt());
    options.window = std::max(1, parser.value(window).toInt());
    options.payloadBytes = parser.isSet(payload)  ? parser.value(payload).toInt()
        : options.mode == LoadOptions::Mode::Bare ? 160
                                                  : 0;
    options.seconds = parser.value(seconds).toDouble();
    options.warmupSeconds = parser.value(warmup).toDouble();
    options.idle = parser.isSet(idle);
    options.relayPid = parser.value(pid).toInt();
    options.findMax = parser.isSet(findMax);
    options.startRate = parser.value(startRate).toDouble();
    options.ladderFactor = parser.value(factor).toDouble();
    options.bisections = parser.value(bisections).toInt();
    options.maxP99Ms = parser.value(maxP99).toDouble();
    if (options.findMax && (options.startRate <= 0 || options.ladderFactor <= 1 || options.maxP99Ms <= 0)) {
        std::fprintf(stderr,
                     "muster-relayload: --find-max needs a positive --start-rate and --max-p99-ms "
                     "and a --ladder-factor above 1\n");
        return 2;
    }
    if (options.port <= 0 || options.clients <= 0 || options.writers <= 0 || options.seconds <= 0) {
        std::fprintf(stderr,
                     "muster-relayload: --port, --clients, --writers and --seconds must be positive\n");
        return 2;
    }
    LoadRun run(options);
    return run.run() ? 0 : 1;
}

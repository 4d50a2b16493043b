// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real `muster` on a data directory several times and measures the time from
// starting the process to the first frame that shows the loaded board, and the resident
// memory then and at exit (after the requested view has loaded).
//   bench_startup MUSTER_BINARY DATA_DIR [RUNS]
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        out << "usage: bench_startup MUSTER_BINARY DATA_DIR [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 7;
    QTemporaryDir shots;
    QList<double> firstFrame;
    QList<double> rssFirst;
    QList<double> rssExit;
    for (const QString &view : {QStringLiteral("board"), QStringLiteral("incident")}) {
        firstFrame.clear();
        rssFirst.clear();
        rssExit.clear();
        for (int run = 0; run < runs; ++run) {
            QProcess muster;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MUSTER_TRACE_STARTUP"), QStringLiteral("1"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            muster.setProcessEnvironment(env);
            const qint64 started = QDateTime::currentMSecsSinceEpoch();
            muster.start(args.at(1),
                         {QStringLiteral("--data-dir"), args.at(2), QStringLiteral("--screenshot"),
                          shots.filePath(QStringLiteral("s.png")), QStringLiteral("--view"), view,
                          QStringLiteral("--size"), QStringLiteral("1920x1080")});
            if (!muster.waitForFinished(120'000) || muster.exitCode() != 0) {
                out << "muster failed: " << muster.readAllStandardError() << "\n";
                return 1;
            }
            const QString output = QString::fromUtf8(muster.readAllStandardOutput());
            const auto first
                = QRegularExpression(QStringLiteral("first-frame-epoch-ms=(\\d+) rss-kib=(\\d+)"))
                      .match(output);
            const auto exit = QRegularExpression(QStringLiteral("exit rss-kib=(\\d+)")).match(output);
            if (!first.hasMatch() || !exit.hasMatch()) {
                out << "no startup trace in: " << output << "\n";
                return 1;
            }
            firstFrame << double(first.captured(1).toLongLong() - started);
            rssFirst << first.captured(2).toDouble() / 1024.0;
            rssExit << exit.captured(1).toDouble() / 1024.0;
        }
        auto median = [](QList<double> v) {
            std::sort(v.begin(), v.end());
            return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
        };
        auto range = [](const QList<double> &v) {
            return QStringLiteral("(min %1, max %2)")
                .arg(*std::min_element(v.begin(), v.end()), 0, 'f', 0)
                .arg(*std::max_element(v.begin(), v.end()), 0, 'f', 0);
        };
        out << QStringLiteral("start to first frame with data, then --view %1 (%2 runs)\n")
                   .arg(view)
                   .arg(runs);
        out << QStringLiteral("  first frame: median %1 ms %2\n")
                   .arg(median(firstFrame), 0, 'f', 0)
                   .arg(range(firstFrame));
        out << QStringLiteral("  RSS at first frame: median %1 MiB %2\n")
                   .arg(median(rssFirst), 0, 'f', 1)
                   .arg(range(rssFirst));
        out << QStringLiteral("  RSS with the view loaded: median %1 MiB %2\n")
                   .arg(median(rssExit), 0, 'f', 1)
                   .arg(range(rssExit));
        out.flush();
    }
    return 0;
}

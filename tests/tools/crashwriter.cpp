// SPDX-License-Identifier: GPL-3.0-or-later
// A client that writes until it is killed: each commit is a declaration (several ops in one
// transaction) or a log entry, and only after commitLocal() has returned does it print
// "saved COUNTER OPS" — what Muster would have shown as saved. tst_crashsafety kills it with
// SIGKILL at random moments and checks that the database kept exactly what was reported.
#include "core/changes.h"
#include "core/ids.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace muster;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false")); // stderr is for errors
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: crashwriter DATABASE [MAX_FILE_BYTES]\n");
        return 2;
    }
    if (argc == 3) {
        // A full disk, as far as this process can tell: no file it writes may grow past the
        // limit (the kernel cuts the write short, as on a full file system, and SIGXFSZ is
        // ignored so the write reports it instead of killing the process).
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t bytes = std::strtoull(argv[2], nullptr, 10);
        const rlimit limit {bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    Store store;
    if (const StoreError error = store.open(QString::fromLocal8Bit(argv[1]), QStringLiteral("default"))) {
        std::fprintf(stderr, "crashwriter: %s\n", qPrintable(error.message));
        return 1;
    }
    const QString actor = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");
    QString incident;
    for (int i = 0;; ++i) {
        QList<Change> changes;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (incident.isEmpty() || i % 7 == 0) {
            incident = newEntityId(now);
            Declaration declaration;
            declaration.title = QStringLiteral("Crash-test incident %1").arg(i);
            declaration.commanderId = actor;
            changes = changes::declareIncident(incident, declaration, now);
        } else {
            changes = changes::logEntry(incident, LogKind::Note, QStringLiteral("entry %1 — ✅").arg(i));
        }
        const auto ops = store.commitLocal(changes, actor);
        if (!ops.ok()) {
            std::printf("failed %d %s\n", int(ops.error.code), qPrintable(ops.error.message));
            std::fflush(stdout);
            return ops.error.code == StoreError::Code::DiskFull ? 3 : 1;
        }
        std::printf("saved %lld %lld\n", ops.value.constLast().id.counter, qint64(ops.value.size()));
        std::fflush(stdout);
    }
}

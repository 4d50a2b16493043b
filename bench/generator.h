// SPDX-License-Identifier: GPL-3.0-or-later
// A seeded generator of realistic workspace history for benchmarks: people, incidents with
// their lifecycle and roles, and log entries worded like real ones. It streams ops in batches,
// so a million log entries never sit in memory at once. Later benchmarks (sync, relay,
// metrics) reuse it.
#pragma once

#include "core/operation.h"

#include <QRandomGenerator>
#include <QStringList>
#include <memory>

namespace muster::bench {

struct GeneratorOptions
{
    quint32 seed = 20261124;
    int incidents = 10'000;
    qint64 logEntries = 1'000'000;
    int people = 60;
    int replicas = 5;
    QString workspace = QStringLiteral("default");
    qint64 endMs = 1'795'000'000'000; // history ends here and reaches back about two years
};

class Generator
{
public:
    explicit Generator(const GeneratorOptions &options);
    ~Generator();

    // Appends up to maxOps ops to batch; false when the history is complete.
    bool next(QList<Operation> &batch, int maxOps);

    // A sentence like the ones responders write; also used to pick search terms.
    QString sentence();
    static const QStringList &vocabulary();

private:
    struct State;
    std::unique_ptr<State> d;
};

// A local workload of totalOps changes in batches: a hundred incidents declared, the rest log
// entries worded like real ones. What the write and catch-up benchmarks commit.
QList<QList<Change>> localWorkload(int totalOps, int batchOps);

} // namespace muster::bench

// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark process's own resident memory (VmRSS), for the benchmarks that report it.
#pragma once

#include <QFile>

namespace muster::bench {

inline double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace muster::bench

// SPDX-License-Identifier: GPL-3.0-or-later
// Identifiers. Entity ids are time-ordered (like ULIDs) because SQLite inserts into a unique
// index about five times faster with ordered keys than with random ones.
#pragma once

#include <QString>

class QRandomGenerator;

namespace muster {

// 26 characters of Crockford base32: 48 bits of milliseconds, then 80 random bits.
QString newEntityId(qint64 nowMs);
// The same from a given generator: seeded generators (benchmarks, tests) get repeatable ids.
QString newEntityId(qint64 nowMs, QRandomGenerator &rng);
bool isValidEntityId(QStringView id);

// A replica is one copy of a workspace's database: 16 lowercase hex digits, random.
QString newReplicaId();
bool isValidReplicaId(QStringView id);

// Workspace names appear in file names and on the wire: 1–64 of [A-Za-z0-9._-], not starting with '.'.
bool isValidWorkspaceName(QStringView name);

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// Where the hub's group commits run when they should not block its thread. Without one the
// hub appends through its RelayStorage and waits; with one (StorageThread in muster-relay) the
// event loop goes on reading, validating and fanning out while SQLite waits for the disk, and
// the pushes that arrive meanwhile form the next, larger group.
#pragma once

#include "relaystorage.h"

#include <functional>

namespace muster {

class RelayCommitter
{
public:
    using Done = std::function<void(const StoreResult<QList<qint64>> &)>;

    virtual ~RelayCommitter() = default;
    // Appends as RelayStorage::append does, then calls `done` with the result on the thread
    // that called append(), from its event loop. At most one append is outstanding.
    virtual void append(QList<RelayOp> ops, Done done) = 0;
    // Blocks until the outstanding append, if any, has finished, and calls its `done` now.
    virtual void wait() = 0;
};

} // namespace muster

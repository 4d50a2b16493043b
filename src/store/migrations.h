// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered schema migrations, each run in its own transaction with PRAGMA user_version.
#pragma once

#include "storeerror.h"

namespace muster {

class Database;

namespace schema {
// The schema version this build writes. A database with a larger user_version came from a
// newer Muster and is refused.
int latestVersion();

// Brings the database up to latestVersion(). Stops at the first failing migration and leaves
// the database at the last version that completed.
StoreError migrate(Database &db);
} // namespace schema

} // namespace muster

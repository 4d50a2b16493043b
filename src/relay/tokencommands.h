// SPDX-License-Identifier: GPL-3.0-or-later
// `muster-relay token create|list|revoke`: run against the relay's database, also while the
// relay runs (SQLite in WAL mode lets the two processes share the file; the relay sees a
// revocation at its next recheck).
#pragma once

#include "relaycommandline.h"

class QTextStream;

namespace muster {

class TokenStore;

// Prints to out what a script reads (the new token, the list) and to err what a person reads.
// Returns the exit code: 0 done, 1 the token or the database was not there.
int runTokenCommand(const RelayCommandLine &line, TokenStore &store, QTextStream &out, QTextStream &err,
                    qint64 nowMs);

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// `muster-relay integration add|list|remove|retry`: a workspace's chat integrations, managed
// against the relay's database, also while the relay runs (it reads them again every 10 s).
#pragma once

#include "relaycommandline.h"

class QTextStream;

namespace muster {

class IntegrationStore;
class RelayStorage;

RelayCommandLine parseIntegrationCommandLine(const QStringList &arguments);

// `in` is where `add` reads the webhook URL when no --url-file is given (standard input). Prints
// to out what a script reads (the new id, the list) and to err what a person reads. Returns the
// exit code: 0 done, 1 refused or the database failed.
int runIntegrationCommand(const RelayCommandLine &line, IntegrationStore &integrations, RelayStorage &ops,
                          QTextStream &in, QTextStream &out, QTextStream &err, qint64 nowMs);

} // namespace muster

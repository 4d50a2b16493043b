// SPDX-License-Identifier: GPL-3.0-or-later
// One musterctl run: opens the workspace like the desktop app does (same file, same lock),
// carries out one command, and syncs with the relay when one is given.
#pragma once

#include "ctlcommandline.h"
#include "integrations/export/incidentjson.h"
#include "store/instancelock.h"
#include "store/store.h"

#include <QTextStream>
#include <memory>
#include <optional>

namespace muster {

class Musterctl
{
public:
    Musterctl(CtlCommandLine line, QTextStream &out, QTextStream &err);
    ~Musterctl();

    // Returns the exit code (see exitcode).
    int run();

private:
    int open();
    int declare();
    int log();
    int assign();
    int status();
    int severity();
    int list();
    int show();
    int exportIncident();
    int alerts(); // alertcommands.cpp
    int acknowledge();
    int audiences(); // commscommands.cpp
    int audience();
    int draftUpdate(); // comms
    int metrics(); // metricscommand.cpp
    int verify(); // verifycommand.cpp
    // Pushes everything pending and pulls up to the relay's head, within the timeout. With
    // giveUpWhenUnreachable, one failed connection attempt ends it (a change is saved anyway).
    int sync(int timeoutSeconds, bool giveUpWhenUnreachable = false);

    int fail(int code, const QString &message);
    // Commits as the user; then, with a relay, syncs (a failed sync only warns: it is saved).
    int commit(const QList<Change> &changes, const QString &printOnSuccess = {});
    std::optional<Incident> findIncident(const QString &reference, int *code);
    // A person by id or name (case-insensitive); created when no one has that name.
    StoreResult<Person> personNamed(const QString &nameOrId);
    StoreResult<PeopleIndex> peopleIndex();

    CtlCommandLine m_line;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<InstanceLock> m_lock;
    Store m_store;
    QString m_userId;
    QString m_syncProblem; // why the last sync did not finish
    int m_divergences = 0; // places where the last sync found the log's chain differ from the relay's
};

} // namespace muster

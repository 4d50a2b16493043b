// SPDX-License-Identifier: GPL-3.0-or-later
// musterctl's command line: global options, one subcommand and its arguments. Kept out of
// main() so every command and every usage error is tested.
#pragma once

#include <QStringList>
#include <QUrl>

namespace muster {

// Documented in docs/musterctl.md; scripts rely on them.
namespace exitcode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1; // the database could not be opened or written
inline constexpr int Usage = 2; // the command line is wrong
inline constexpr int NotFound = 3; // no such incident
inline constexpr int Invalid = 4; // the change was refused by validation (nothing was saved)
inline constexpr int SyncIncomplete = 5; // could not push everything and pull up to the relay's head
inline constexpr int AlertmanagerUnreachable = 6; // Alertmanager did not answer, or not with its API
inline constexpr int ChainBroken = 7; // the log's hash chain does not hold here, or differs from the relay's
} // namespace exitcode

struct CtlCommandLine
{
    QString dataDir;
    QUrl relay; // empty: local only
    // --token or MUSTER_TOKEN: sent in the upgrade's Authorization header, never printed.
    QString token;
    QString caFile; // --ca-file: trust only these certificates for wss:// (a self-hosted relay)
    QString workspace = QStringLiteral("default");
    QString user;
    QString command; // declare, log, assign, status, severity, list, show, sync, export, alerts,
                     // acknowledge, audiences, audience, comms, metrics, verify
    QStringList arguments; // the command's positional arguments
    // Command options.
    QString title;
    QString summary;
    QStringList services;
    int severity = 0;
    QString kind = QStringLiteral("note");
    bool json = false;
    int timeoutSeconds = 30;
    QString format;
    QString outputPath;
    QUrl alertmanager; // alerts, acknowledge: the Alertmanager to ask
    QString incident; // acknowledge: link to this incident instead of declaring one
    // audience: a distribution list.
    QString audienceType;
    QStringList to;
    QStringList cc;
    QString zone;
    // comms: an update for one audience.
    QString audience; // the list's name
    QString stage; // empty: the one the incident's state suggests
    QString emlPath;
    bool text = false;
    bool markSent = false;
    QString workaround;
    QString remaining;
    // metrics: one chart's numbers as CSV.
    QString chart;
    QString fromDate; // YYYY-MM-DD, UTC; empty: twelve weeks back
    QString toDate; // YYYY-MM-DD, UTC, included; empty: today
    bool byMonth = false;

    QString error; // not empty: print it and exit with exitcode::Usage
    QString output; // not empty: print it and exit 0 (--help, --version)
};

CtlCommandLine parseCtlCommandLine(const QStringList &arguments);

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// muster-relay's command line, kept out of main() so every option and error is tested.
#pragma once

#include "accesstoken.h"
#include "relayserver.h"

#include <QStringList>

namespace muster {

struct RelayCommandLine
{
    enum class Command
    {
        Serve, // the relay itself
        TokenCreate, // muster-relay token create --workspace W --user U [--role R]
        TokenList, // muster-relay token list
        TokenRevoke, // muster-relay token revoke ID
    };

    Command command = Command::Serve;
    RelayServerOptions server;
    QString databasePath;
    // --allow-anonymous: connections and webhooks without a token are let in (one machine only).
    bool allowAnonymous = false;
    int authFailuresPerMinute = 10;
    // --tls-cert and --tls-key: serve wss:// and https:// (loaded by main; both or neither).
    QString tlsCertificate;
    QString tlsKey;
    // The token commands' arguments.
    QString tokenWorkspace;
    QString tokenUser;
    TokenRole tokenRole = TokenRole::Member;
    QString tokenId;
    // --http: where Alertmanager webhooks are received; off when not given.
    bool webhooks = false;
    QHostAddress httpAddress;
    quint16 httpPort = 0;
    QString error; // not empty: print it and exit 2
    QString output; // not empty: print it and exit 0 (--help, --version)
};

RelayCommandLine parseRelayCommandLine(const QStringList &arguments);

// ADDR:PORT, [v6]:PORT or :PORT (all addresses). False when it is neither.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace muster

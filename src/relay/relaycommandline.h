// SPDX-License-Identifier: GPL-3.0-or-later
// muster-relay's command line, kept out of main() so every option and error is tested.
#pragma once

#include "accesstoken.h"
#include "relayserver.h"

#include <QStringList>

class QCommandLineParser;
class QCommandLineOption;

namespace muster {

struct RelayCommandLine
{
    enum class Command
    {
        Serve, // the relay itself
        TokenCreate, // muster-relay token create --workspace W --user U [--role R]
        TokenList, // muster-relay token list
        TokenRevoke, // muster-relay token revoke ID
        IntegrationAdd, // muster-relay integration add --workspace W --kind K --name N [--events …]
        IntegrationList, // muster-relay integration list
        IntegrationRemove, // muster-relay integration remove ID
        IntegrationRetry, // muster-relay integration retry ID
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
    // The integration commands' arguments (integrationcommands.h); the webhook URL itself is
    // read from --url-file or standard input, never from the command line, where `ps` shows it.
    QString integrationWorkspace;
    QString integrationKind;
    QString integrationName;
    QString integrationEvents;
    bool integrationUpdateText = false;
    QString integrationUrlFile;
    QString integrationEndpoint; // PagerDuty's Events API; "" for its own
    QString integrationSite; // Jira: the site, "https://acme.atlassian.net"
    QString integrationProject; // Jira: the project's key
    QString integrationIssueType; // Jira: the issue type's name
    QString integrationUser; // Jira Cloud: the account's e-mail; "" for a personal access token
    QString integrationId;
    // --http: where Alertmanager webhooks are received; off when not given.
    bool webhooks = false;
    QHostAddress httpAddress;
    quint16 httpPort = 0;
    QString error; // not empty: print it and exit 2
    QString output; // not empty: print it and exit 0 (--help, --version)
};

RelayCommandLine parseRelayCommandLine(const QStringList &arguments);

// Shared by the command parsers: the --db option's file (or the default), and a parse that
// stops at an error or at --help, leaving the text in `out`.
QString relayDatabaseFrom(const QCommandLineParser &parser, const QCommandLineOption &db);
bool relayParsedOrAnswered(QCommandLineParser &parser, const QStringList &arguments,
                           const QCommandLineOption &help, RelayCommandLine *out);

// ADDR:PORT, [v6]:PORT or :PORT (all addresses). False when it is neither.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace muster

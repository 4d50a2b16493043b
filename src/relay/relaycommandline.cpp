// SPDX-License-Identifier: GPL-3.0-or-later
#include "relaycommandline.h"

#include "core/ids.h"
#include "integrationcommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}
} // namespace

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress parsed = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    if (host == u"localhost")
        parsed = QHostAddress::LocalHost;
    if (parsed.isNull())
        return false;
    *address = parsed;
    *port = quint16(number);
    return true;
}

namespace {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("muster-relay/relay.sqlite"));
}

bool isPlainName(const QString &user)
{
    if (user.trimmed().isEmpty() || user.size() > 200)
        return false;
    return std::none_of(user.begin(), user.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool parsedOrAnswered(QCommandLineParser &parser, const QStringList &arguments,
                      const QCommandLineOption &help, RelayCommandLine *out)
{
    return relayParsedOrAnswered(parser, arguments, help, out);
}

QString databaseFrom(const QCommandLineParser &parser, const QCommandLineOption &db)
{
    return relayDatabaseFrom(parser, db);
}

// muster-relay token create|list|revoke …
RelayCommandLine parseTokenCommandLine(const QStringList &arguments)
{
    RelayCommandLine out;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manages the relay's access tokens.\n\n"
           "  token create --workspace W --user U [--role member|viewer|webhook|admin]\n"
           "      prints a new token once, on its own line; the relay keeps only its digest\n"
           "  token list\n"
           "      every token: id, workspace, user, role, when created, whether revoked\n"
           "  token revoke ID\n"
           "      the token's open connections close within 10 seconds"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The relay's SQLite database."), tr("FILE"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("The workspace the token opens."),
                                       tr("NAME"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Who the token is for."), tr("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  tr("member (reads and writes), viewer (reads: a wall display), webhook "
                                     "(the HTTP listener only) or admin (a member who also manages the "
                                     "workspace's integrations). Default member."),
                                  tr("ROLE"), QStringLiteral("member"));
    parser.addOptions({help, db, workspace, user, role});
    if (!parsedOrAnswered(parser, arguments, help, &out))
        return out;
    out.databasePath = databaseFrom(parser, db);
    const QStringList words = parser.positionalArguments(); // "token", the verb, its argument
    const QString verb = words.value(1);
    const qsizetype expected = verb == u"revoke" ? 3 : 2;
    if (verb == u"create") {
        out.command = RelayCommandLine::Command::TokenCreate;
        out.tokenWorkspace = parser.value(workspace);
        out.tokenUser = parser.value(user);
        if (!isValidWorkspaceName(out.tokenWorkspace)) {
            out.error = parser.isSet(workspace)
                ? tr("'%1' is not a valid workspace name").arg(out.tokenWorkspace)
                : tr("token create needs --workspace NAME");
            return out;
        }
        if (!isPlainName(out.tokenUser)) {
            out.error = parser.isSet(user)
                ? tr("--user wants a name of 1 to 200 characters without control characters")
                : tr("token create needs --user NAME");
            return out;
        }
        const auto parsedRole = tokenRoleFromName(parser.value(role));
        if (!parsedRole) {
            out.error = tr("--role is member, viewer, webhook or admin, not '%1'").arg(parser.value(role));
            return out;
        }
        out.tokenRole = *parsedRole;
    } else if (verb == u"list") {
        out.command = RelayCommandLine::Command::TokenList;
    } else if (verb == u"revoke") {
        out.command = RelayCommandLine::Command::TokenRevoke;
        out.tokenId = words.value(2);
        if (out.tokenId.isEmpty()) {
            out.error = tr("token revoke needs the token's id (see token list)");
            return out;
        }
    } else {
        out.error = verb.isEmpty() ? tr("token wants create, list or revoke")
                                   : tr("token wants create, list or revoke, not '%1'").arg(verb);
        return out;
    }
    if (words.size() > expected)
        out.error = tr("unexpected argument '%1'").arg(words.at(expected));
    else if (out.command != RelayCommandLine::Command::TokenCreate
             && (parser.isSet(workspace) || parser.isSet(user) || parser.isSet(role)))
        out.error = tr("--workspace, --user and --role belong to token create");
    return out;
}

} // namespace

QString relayDatabaseFrom(const QCommandLineParser &parser, const QCommandLineOption &db)
{
    return parser.isSet(db) ? QFileInfo(parser.value(db)).absoluteFilePath() : defaultDatabasePath();
}

bool relayParsedOrAnswered(QCommandLineParser &parser, const QStringList &arguments,
                           const QCommandLineOption &help, RelayCommandLine *out)
{
    if (!parser.parse(arguments)) {
        out->error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        out->output = parser.helpText();
        return false;
    }
    return true;
}

RelayCommandLine parseRelayCommandLine(const QStringList &arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == u"token")
        return parseTokenCommandLine(arguments);
    if (arguments.size() > 1 && arguments.at(1) == u"integration")
        return parseIntegrationCommandLine(arguments);
    RelayCommandLine out;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Muster's relay: keeps every teammate's incident picture in sync.\n\n"
           "Also: muster-relay token … (access tokens) and muster-relay integration … (chat "
           "integrations); add --help to either."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on (default 127.0.0.1:7447; port 0 picks "
                                       "a free one)."),
                                    tr("ADDR:PORT"), QStringLiteral("127.0.0.1:7447"));
    const QCommandLineOption db(QStringLiteral("db"), tr("The relay's SQLite database."), tr("FILE"));
    const QCommandLineOption maxMessage(QStringLiteral("max-message-bytes"),
                                        tr("Largest message or frame accepted (default 65536)."),
                                        tr("BYTES"));
    const QCommandLineOption maxAhead(QStringLiteral("max-clock-ahead"),
                                      tr("Refuse ops stamped more than this far ahead of the relay's clock "
                                         "(default 60)."),
                                      tr("SECONDS"));
    const QCommandLineOption ping(QStringLiteral("ping-interval"),
                                  tr("Ping every peer this often; two missed pongs drop it (default 20)."),
                                  tr("SECONDS"));
    const QCommandLineOption http(QStringLiteral("http"),
                                  tr("Also receive Alertmanager webhooks over HTTP on this address and port, "
                                     "at /alertmanager/WORKSPACE (off unless given)."),
                                  tr("ADDR:PORT"));
    const QCommandLineOption anonymous(
        QStringLiteral("allow-anonymous"),
        tr("Let in connections and webhooks that carry no token, as members of "
           "every workspace. Only for trying Muster on one machine."));
    const QCommandLineOption authFailures(QStringLiteral("auth-failures-per-minute"),
                                          tr("Failed authentications an address may make in a minute before "
                                             "it is shut out, a minute at first and twice as long each time "
                                             "after (default 10)."),
                                          tr("COUNT"));
    const QCommandLineOption handshake(QStringLiteral("handshake-timeout"),
                                       tr("The WebSocket upgrade, and then the hello, must each come within "
                                          "this time (default 5)."),
                                       tr("SECONDS"));
    const QCommandLineOption rate(QStringLiteral("max-messages-per-second"),
                                  tr("Messages one connection may send a second, with twice as many in a "
                                     "burst; more closes it with 4429 (default 500)."),
                                  tr("COUNT"));
    const QCommandLineOption perToken(QStringLiteral("max-connections-per-token"),
                                      tr("Open connections one token may hold (default 20)."), tr("COUNT"));
    const QCommandLineOption batch(QStringLiteral("max-batch-ops"),
                                   tr("Ops one push may carry; told to clients in welcome (default 500)."),
                                   tr("COUNT"));
    const QCommandLineOption slowReader(QStringLiteral("slow-reader-bytes"),
                                        tr("Bytes waiting to be written to a client before it is switched to "
                                           "paged catch-up (default 1048576)."),
                                        tr("BYTES"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     tr("Serve wss:// (and https:// on --http) with this PEM certificate, "
                                        "its chain after it."),
                                     tr("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("The certificate's PEM private key (EC or RSA, unencrypted)."),
                                    tr("FILE"));
    const QCommandLineOption socketThreads(QStringLiteral("socket-threads"),
                                           tr("Threads that read and write the connections, beside the one "
                                              "that stores the ops; 0 keeps every connection on that one "
                                              "(default 2)."),
                                           tr("COUNT"));
    const QCommandLineOption commitInterval(
        QStringLiteral("commit-interval"),
        tr("Shortest time between the starts of two group commits: under load each commit, and "
           "each message to the clients, carries more ops. 0 commits at every turn (default 1)."),
        tr("MS"));
    parser.addOptions({help, version, listen, db, http, anonymous, authFailures, maxMessage, maxAhead, ping,
                       handshake, rate, perToken, batch, slowReader, socketThreads, commitInterval, tlsCert,
                       tlsKey});
    if (!parsedOrAnswered(parser, arguments, help, &out))
        return out;
    if (parser.isSet(version)) {
        out.output = QStringLiteral("muster-relay " MUSTER_VERSION "\n");
        return out;
    }
    if (!parser.positionalArguments().isEmpty()) {
        out.error = tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
        return out;
    }
    if (!parseListenAddress(parser.value(listen), &out.server.address, &out.server.port)) {
        out.error = tr("--listen wants ADDR:PORT, like 127.0.0.1:7447, not '%1'").arg(parser.value(listen));
        return out;
    }
    if (parser.isSet(http)) {
        out.webhooks = true;
        if (!parseListenAddress(parser.value(http), &out.httpAddress, &out.httpPort)) {
            out.error = tr("--http wants ADDR:PORT, like 127.0.0.1:9095, not '%1'").arg(parser.value(http));
            return out;
        }
    }
    auto positive = [&](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 number = parser.value(option).toLongLong(&ok);
        if (!ok || number < min || number > max) {
            out.error = tr("--%1 wants a whole number from %2 to %3")
                            .arg(option.names().constFirst())
                            .arg(min)
                            .arg(max);
            return false;
        }
        *value = number;
        return true;
    };
    qint64 aheadSeconds = out.server.hub.maxClockAheadMs / 1000;
    qint64 pingSeconds = out.server.pingIntervalMs / 1000;
    qint64 failures = out.authFailuresPerMinute;
    qint64 handshakeSeconds = out.server.handshakeTimeoutMs / 1000;
    qint64 messagesPerSecond = out.server.hub.maxMessagesPerSecond;
    qint64 connections = out.server.hub.maxConnectionsPerToken;
    qint64 batchOps = out.server.hub.maxBatchOps;
    qint64 threads = out.server.socketThreads;
    qint64 commitMs = out.server.commitIntervalMs;
    if (!positive(maxMessage, 4096, 16 * 1024 * 1024, &out.server.hub.maxMessageBytes)
        || !positive(maxAhead, 1, 24 * 3600, &aheadSeconds) || !positive(ping, 1, 3600, &pingSeconds)
        || !positive(authFailures, 1, 10'000, &failures) || !positive(handshake, 1, 60, &handshakeSeconds)
        || !positive(rate, 1, 1'000'000, &messagesPerSecond) || !positive(perToken, 1, 10'000, &connections)
        || !positive(batch, 1, 10'000, &batchOps) || !positive(socketThreads, 0, 64, &threads)
        || !positive(commitInterval, 0, 1000, &commitMs)
        || !positive(slowReader, 64 * 1024, qint64(1) << 30, &out.server.hub.slowReaderBytes))
        return out;
    out.server.handshakeTimeoutMs = int(handshakeSeconds * 1000);
    out.server.hub.maxMessagesPerSecond = int(messagesPerSecond);
    out.server.hub.messageBurst = int(std::min<qint64>(messagesPerSecond * 2, 2'000'000));
    out.server.hub.maxConnectionsPerToken = int(connections);
    out.server.hub.maxBatchOps = int(batchOps);
    out.server.socketThreads = int(threads);
    out.server.commitIntervalMs = int(commitMs);
    out.allowAnonymous = parser.isSet(anonymous);
    out.authFailuresPerMinute = int(failures);
    out.server.hub.maxClockAheadMs = aheadSeconds * 1000;
    out.server.pingIntervalMs = int(pingSeconds * 1000);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        out.error = tr("--tls-cert and --tls-key go together");
        return out;
    }
    if (parser.isSet(tlsCert)) {
        out.tlsCertificate = QFileInfo(parser.value(tlsCert)).absoluteFilePath();
        out.tlsKey = QFileInfo(parser.value(tlsKey)).absoluteFilePath();
    }
    out.databasePath = databaseFrom(parser, db);
    return out;
}

} // namespace muster

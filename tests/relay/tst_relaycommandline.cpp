// SPDX-License-Identifier: GPL-3.0-or-later
// muster-relay's command line. An operator relies on a bare `muster-relay` listening on
// 127.0.0.1:7447 with the documented limits and its database in the user's data directory; on
// --listen taking every address form it offers (IPv4, [IPv6], :PORT for all interfaces,
// localhost, port 0 for a free one); on the seconds options meaning seconds; and on any mistake
// being refused with a message that names the option, instead of a relay that starts with a
// setting nobody asked for.
#include "relay/relaycommandline.h"

#include <QHostAddress>
#include <QTest>

using namespace muster;

namespace {

QStringList words(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

// "*" stands for every address (QHostAddress::Any), which has no text form of its own.
QHostAddress addressFrom(const QString &text)
{
    return text == u"*" ? QHostAddress(QHostAddress::Any) : QHostAddress(text);
}

} // namespace

class TestRelayCommandLine : public QObject
{
    Q_OBJECT

    static RelayCommandLine parse(QStringList args)
    {
        args.prepend(QStringLiteral("muster-relay"));
        return parseRelayCommandLine(args);
    }

private Q_SLOTS:
    void defaults()
    {
        const RelayCommandLine cli = parse({});
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QVERIFY(cli.output.isEmpty());
        QCOMPARE(cli.server.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(cli.server.port, quint16(7447));
        QCOMPARE(cli.server.pingIntervalMs, 20'000);
        QCOMPARE(cli.server.hub.maxMessageBytes, qint64(65'536));
        QCOMPARE(cli.server.hub.maxClockAheadMs, qint64(60'000));
        QVERIFY2(cli.databasePath.endsWith(QStringLiteral("muster-relay/relay.sqlite")),
                 qPrintable(cli.databasePath));
        QVERIFY(!cli.webhooks); // no HTTP port is opened unless asked for
        QCOMPARE(cli.command, RelayCommandLine::Command::Serve);
        QVERIFY(!cli.allowAnonymous); // tokens are required unless the operator says otherwise
        QCOMPARE(cli.authFailuresPerMinute, 10);
    }

    void anonymousAccessIsAskedForByName()
    {
        const RelayCommandLine cli = parse(words({"--allow-anonymous", "--auth-failures-per-minute", "30"}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QVERIFY(cli.allowAnonymous);
        QCOMPARE(cli.authFailuresPerMinute, 30);
    }

    void everyLimitIsConfigurable()
    {
        const RelayCommandLine defaults = parse({});
        QCOMPARE(defaults.server.handshakeTimeoutMs, 5000);
        QCOMPARE(defaults.server.hub.maxMessagesPerSecond, 500);
        QCOMPARE(defaults.server.hub.maxConnectionsPerToken, 20);
        QCOMPARE(defaults.server.hub.maxBatchOps, 500);
        QCOMPARE(defaults.server.hub.slowReaderBytes, qint64(1 << 20));
        const RelayCommandLine cli = parse(words({"--handshake-timeout", "2", "--max-messages-per-second",
                                                  "50", "--max-connections-per-token", "3", "--max-batch-ops",
                                                  "100", "--slow-reader-bytes", "262144"}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(cli.server.handshakeTimeoutMs, 2000);
        QCOMPARE(cli.server.hub.maxMessagesPerSecond, 50);
        QCOMPARE(cli.server.hub.messageBurst, 100);
        QCOMPARE(cli.server.hub.maxConnectionsPerToken, 3);
        QCOMPARE(cli.server.hub.maxBatchOps, 100);
        QCOMPARE(cli.server.hub.slowReaderBytes, qint64(262'144));
        QVERIFY(
            parse(words({"--handshake-timeout", "0"})).error.contains(QStringLiteral("--handshake-timeout")));
        QVERIFY(parse(words({"--slow-reader-bytes", "1000"}))
                    .error.contains(QStringLiteral("--slow-reader-bytes")));
        QVERIFY(parse(words({"--max-batch-ops", "0"})).error.contains(QStringLiteral("--max-batch-ops")));
    }

    void connectionsRunOnSocketThreadsUnlessToldNot()
    {
        QCOMPARE(parse({}).server.socketThreads, 2);
        QCOMPARE(parse(words({"--socket-threads", "0"})).server.socketThreads, 0);
        QCOMPARE(parse(words({"--socket-threads", "4"})).server.socketThreads, 4);
        QVERIFY(parse(words({"--socket-threads", "-1"})).error.contains(QStringLiteral("--socket-threads")));
        QVERIFY(parse(words({"--socket-threads", "65"})).error.contains(QStringLiteral("--socket-threads")));
        QVERIFY(parse(words({"--socket-threads", "two"})).error.contains(QStringLiteral("--socket-threads")));
        QCOMPARE(parse({}).server.commitIntervalMs, 1);
        QCOMPARE(parse(words({"--commit-interval", "0"})).server.commitIntervalMs, 0);
        QCOMPARE(parse(words({"--commit-interval", "5"})).server.commitIntervalMs, 5);
        QVERIFY(
            parse(words({"--commit-interval", "-1"})).error.contains(QStringLiteral("--commit-interval")));
        QVERIFY(
            parse(words({"--commit-interval", "1001"})).error.contains(QStringLiteral("--commit-interval")));
    }

    void tokenCommands()
    {
        const RelayCommandLine create
            = parse(words({"token", "create", "--workspace", "ops", "--user", "Aiyana Nez", "--role",
                           "viewer", "--db", "/tmp/r.sqlite"}));
        QVERIFY2(create.error.isEmpty(), qPrintable(create.error));
        QCOMPARE(create.command, RelayCommandLine::Command::TokenCreate);
        QCOMPARE(create.tokenWorkspace, QStringLiteral("ops"));
        QCOMPARE(create.tokenUser, QStringLiteral("Aiyana Nez"));
        QCOMPARE(create.tokenRole, TokenRole::Viewer);
        QCOMPARE(create.databasePath, QStringLiteral("/tmp/r.sqlite"));

        const RelayCommandLine member
            = parse(words({"token", "create", "--workspace", "ops", "--user", "a"}));
        QVERIFY2(member.error.isEmpty(), qPrintable(member.error));
        QCOMPARE(member.tokenRole, TokenRole::Member);
        QCOMPARE(parse(words({"token", "create", "--workspace", "ops", "--user", "a", "--role", "admin"}))
                     .tokenRole,
                 TokenRole::Admin);
        QVERIFY(member.databasePath.endsWith(QStringLiteral("muster-relay/relay.sqlite")));

        const RelayCommandLine list = parse(words({"token", "list"}));
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.command, RelayCommandLine::Command::TokenList);

        const RelayCommandLine revoke = parse(words({"token", "revoke", "0123456789ab"}));
        QVERIFY2(revoke.error.isEmpty(), qPrintable(revoke.error));
        QCOMPARE(revoke.command, RelayCommandLine::Command::TokenRevoke);
        QCOMPARE(revoke.tokenId, QStringLiteral("0123456789ab"));

        const RelayCommandLine help = parse(words({"token", "--help"}));
        QVERIFY(help.output.contains(QStringLiteral("token revoke ID")));
    }

    void tokenCommandErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no verb") << words({"token"}) << QStringLiteral("create, list or revoke");
        QTest::newRow("unknown verb") << words({"token", "show"}) << QStringLiteral("not 'show'");
        QTest::newRow("create without workspace")
            << words({"token", "create", "--user", "a"}) << QStringLiteral("needs --workspace");
        QTest::newRow("create without user")
            << words({"token", "create", "--workspace", "ops"}) << QStringLiteral("needs --user");
        QTest::newRow("bad workspace") << words({"token", "create", "--workspace", "a b", "--user", "a"})
                                       << QStringLiteral("not a valid workspace name");
        QTest::newRow("blank user") << words({"token", "create", "--workspace", "ops", "--user", "  "})
                                    << QStringLiteral("--user");
        QTest::newRow("user with a line break")
            << QStringList {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--workspace"),
                            QStringLiteral("ops"),   QStringLiteral("--user"), QStringLiteral("a\nb")}
            << QStringLiteral("control characters");
        QTest::newRow("unknown role")
            << words({"token", "create", "--workspace", "ops", "--user", "a", "--role", "owner"})
            << QStringLiteral("--role is member, viewer, webhook or admin, not 'owner'");
        QTest::newRow("revoke without id")
            << words({"token", "revoke"}) << QStringLiteral("needs the token's id");
        QTest::newRow("list with extra") << words({"token", "list", "all"}) << QStringLiteral("'all'");
        QTest::newRow("list with role")
            << words({"token", "list", "--role", "viewer"}) << QStringLiteral("belong to token create");
        QTest::newRow("tls cert without key")
            << words({"--tls-cert", "relay.pem"}) << QStringLiteral("go together");
        QTest::newRow("auth failures 0")
            << words({"--auth-failures-per-minute", "0"}) << QStringLiteral("--auth-failures-per-minute");
    }

    void tokenCommandErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const RelayCommandLine cli = parse(args);
        QVERIFY2(cli.error.contains(message), qPrintable(cli.error));
    }

    void webhooksListenWhereAsked()
    {
        const RelayCommandLine cli = parse(words({"--http", "127.0.0.1:9095"}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QVERIFY(cli.webhooks);
        QCOMPARE(cli.httpAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(cli.httpPort, quint16(9095));
        const RelayCommandLine any = parse(words({"--http", ":0"}));
        QVERIFY2(any.error.isEmpty(), qPrintable(any.error));
        QCOMPARE(any.httpAddress, QHostAddress(QHostAddress::Any));
        QCOMPARE(any.httpPort, quint16(0));
    }

    void listenAddresses_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("free port") << QStringLiteral("127.0.0.1:0") << QStringLiteral("127.0.0.1") << 0;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:9000") << QStringLiteral("::1") << 9000;
        QTest::newRow("all addresses") << QStringLiteral(":7447") << QStringLiteral("*") << 7447;
        QTest::newRow("localhost") << QStringLiteral("localhost:80") << QStringLiteral("127.0.0.1") << 80;
        QTest::newRow("every ipv4") << QStringLiteral("0.0.0.0:7447") << QStringLiteral("0.0.0.0") << 7447;
        QTest::newRow("highest port")
            << QStringLiteral("10.1.2.3:65535") << QStringLiteral("10.1.2.3") << 65535;
    }
    void listenAddresses()
    {
        QFETCH(QString, listen);
        QFETCH(QString, address);
        QFETCH(int, port);
        const RelayCommandLine cli = parse({QStringLiteral("--listen"), listen});
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(cli.server.address, addressFrom(address));
        QCOMPARE(cli.server.port, quint16(port));

        // The same through the function itself.
        QHostAddress parsed;
        quint16 parsedPort = 1;
        QVERIFY(parseListenAddress(listen, &parsed, &parsedPort));
        QCOMPARE(parsed, addressFrom(address));
        QCOMPARE(parsedPort, quint16(port));
    }

    void badListenAddresses_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::newRow("no port") << QStringLiteral("127.0.0.1");
        QTest::newRow("empty port") << QStringLiteral("127.0.0.1:");
        QTest::newRow("port 70000") << QStringLiteral("127.0.0.1:70000");
        QTest::newRow("negative port") << QStringLiteral("127.0.0.1:-1");
        QTest::newRow("port as text") << QStringLiteral("127.0.0.1:http");
        QTest::newRow("host name") << QStringLiteral("nonsense:12");
        QTest::newRow("bare address") << QStringLiteral("1.2.3.4");
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("bad ipv4") << QStringLiteral("300.1.1.1:80");
    }
    void badListenAddresses()
    {
        QFETCH(QString, listen);
        QHostAddress address;
        quint16 port = 0;
        QVERIFY(!parseListenAddress(listen, &address, &port));

        const RelayCommandLine cli = parse({QStringLiteral("--listen"), listen});
        QVERIFY2(cli.error.contains(QStringLiteral("--listen")), qPrintable(cli.error));
        QVERIFY(cli.output.isEmpty());
    }

    void databasePathIsKept()
    {
        const RelayCommandLine absolute
            = parse({QStringLiteral("--db"), QStringLiteral("/srv/muster/relay.db")});
        QVERIFY2(absolute.error.isEmpty(), qPrintable(absolute.error));
        QCOMPARE(absolute.databasePath, QStringLiteral("/srv/muster/relay.db"));

        const RelayCommandLine relative = parse({QStringLiteral("--db"), QStringLiteral("data/relay.db")});
        QVERIFY2(relative.error.isEmpty(), qPrintable(relative.error));
        QVERIFY(relative.databasePath.endsWith(QStringLiteral("data/relay.db")));
    }

    void limitsAndIntervals()
    {
        const RelayCommandLine cli = parse(
            words({"--max-message-bytes", "1048576", "--max-clock-ahead", "5", "--ping-interval", "1"}));
        QVERIFY2(cli.error.isEmpty(), qPrintable(cli.error));
        QCOMPARE(cli.server.hub.maxMessageBytes, qint64(1'048'576));
        QCOMPARE(cli.server.hub.maxClockAheadMs, qint64(5000));
        QCOMPARE(cli.server.pingIntervalMs, 1000);
        // Options not given keep their defaults.
        QCOMPARE(cli.server.port, quint16(7447));

        const RelayCommandLine smallest = parse(words({"--max-message-bytes", "4096"}));
        QVERIFY2(smallest.error.isEmpty(), qPrintable(smallest.error));
        QCOMPARE(smallest.server.hub.maxMessageBytes, qint64(4096));
        QCOMPARE(smallest.server.pingIntervalMs, 20'000);
        QCOMPARE(smallest.server.hub.maxClockAheadMs, qint64(60'000));

        const RelayCommandLine day = parse(words({"--max-clock-ahead", "86400", "--ping-interval", "3600"}));
        QVERIFY2(day.error.isEmpty(), qPrintable(day.error));
        QCOMPARE(day.server.hub.maxClockAheadMs, qint64(86'400'000));
        QCOMPARE(day.server.pingIntervalMs, 3'600'000);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("message limit below 4096")
            << words({"--max-message-bytes", "1000"}) << QStringLiteral("--max-message-bytes");
        QTest::newRow("message limit as text")
            << words({"--max-message-bytes", "lots"}) << QStringLiteral("--max-message-bytes");
        QTest::newRow("message limit above 16 MiB")
            << words({"--max-message-bytes", "16777217"}) << QStringLiteral("--max-message-bytes");
        QTest::newRow("clock ahead 0")
            << words({"--max-clock-ahead", "0"}) << QStringLiteral("--max-clock-ahead");
        QTest::newRow("clock ahead in ms")
            << words({"--max-clock-ahead", "60000ms"}) << QStringLiteral("--max-clock-ahead");
        QTest::newRow("ping interval 0")
            << words({"--ping-interval", "0"}) << QStringLiteral("--ping-interval");
        QTest::newRow("ping interval fraction")
            << words({"--ping-interval", "1.5"}) << QStringLiteral("--ping-interval");
        QTest::newRow("ping interval above an hour")
            << words({"--ping-interval", "3601"}) << QStringLiteral("--ping-interval");
        QTest::newRow("listen without value") << words({"--listen"}) << QStringLiteral("--listen");
        QTest::newRow("http without port") << words({"--http", "127.0.0.1"}) << QStringLiteral("--http");
        QTest::newRow("http port too large")
            << words({"--http", "127.0.0.1:70000"}) << QStringLiteral("--http");
        QTest::newRow("unknown option") << words({"--frobnicate"}) << QStringLiteral("frobnicate");
        QTest::newRow("extra positional") << words({"serve"}) << QStringLiteral("'serve'");
        QTest::newRow("extra positional after options")
            << words({"--listen", "127.0.0.1:0", "relay.db"}) << QStringLiteral("'relay.db'");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const RelayCommandLine cli = parse(args);
        QVERIFY2(cli.error.contains(message), qPrintable(cli.error));
        QVERIFY(cli.output.isEmpty());
    }

    void helpAndVersionPrintAndExit()
    {
        const RelayCommandLine help = parse({QStringLiteral("--help")});
        QVERIFY(help.error.isEmpty());
        for (const char *option :
             {"--listen", "--db", "--max-message-bytes", "--max-clock-ahead", "--ping-interval"})
            QVERIFY2(help.output.contains(QString::fromUtf8(option)), option);

        const RelayCommandLine version = parse({QStringLiteral("--version")});
        QVERIFY(version.error.isEmpty());
        QVERIFY2(version.output.startsWith(QStringLiteral("muster-relay ")), qPrintable(version.output));
    }
};

QTEST_GUILESS_MAIN(TestRelayCommandLine)
#include "tst_relaycommandline.moc"

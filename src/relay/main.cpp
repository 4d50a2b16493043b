// SPDX-License-Identifier: GPL-3.0-or-later
// muster-relay: parses the command line, opens the storage, listens, and stops cleanly on
// SIGTERM or SIGINT; or runs a token or integration command. Everything else is in the relay library.
#include "relay/eventdispatcher.h"
#include "relay/integrationcommands.h"
#include "relay/integrationservice.h"
#include "relay/pagerdutyreceiver.h"
#include "relay/relaycommandline.h"
#include "relay/signalwatcher.h"
#include "relay/sqliterelaystorage.h"
#include "relay/tokenauthority.h"
#include "relay/tokencommands.h"
#include "relay/webhookendpoint.h"
#include "sync/tlsfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    muster::preferPollEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("muster-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MUSTER_VERSION));
    const muster::RelayCommandLine line = muster::parseRelayCommandLine(app.arguments());
    if (!line.error.isEmpty()) {
        std::fprintf(stderr, "muster-relay: %s\n", qPrintable(line.error));
        return 2;
    }
    if (!line.output.isEmpty()) {
        std::fputs(qPrintable(line.output), stdout);
        return 0;
    }
    using Command = muster::RelayCommandLine::Command;
    muster::SqliteRelayStorage storage;
    const bool tokenCommand = line.command != Command::Serve;
    if (auto error = storage.open(line.databasePath,
                                  tokenCommand ? muster::SqliteRelayStorage::Check::Header
                                               : muster::SqliteRelayStorage::Check::Whole)) {
        std::fprintf(stderr, "muster-relay: %s\n", qPrintable(error.message));
        return 1;
    }
    if (tokenCommand) {
        QTextStream in(stdin);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const bool integration = line.command >= Command::IntegrationAdd;
        const int code = integration
            ? muster::runIntegrationCommand(line, storage, storage, in, out, err, now)
            : muster::runTokenCommand(line, storage, out, err, now);
        storage.close();
        return code;
    }
    muster::RelayServerOptions serverOptions = line.server;
    muster::HttpReceiverOptions httpOptions;
    if (!line.tlsCertificate.isEmpty()) {
        QSslConfiguration tls;
        if (const QString error = muster::loadServerTls(line.tlsCertificate, line.tlsKey, &tls);
            !error.isEmpty()) {
            std::fprintf(stderr, "muster-relay: %s\n", qPrintable(error));
            return 1;
        }
        serverOptions.tls = tls;
        httpOptions.tls = tls;
    }
    muster::AuthThrottle throttle(line.authFailuresPerMinute);
    muster::TokenAuthority authority(storage, throttle, line.allowAnonymous);
    if (line.allowAnonymous) {
        std::fputs("muster-relay: --allow-anonymous: anyone who can reach this relay can read and change "
                   "every workspace\n",
                   stderr);
    } else if (const auto tokens = storage.tokens(); tokens.ok() && tokens.value.isEmpty()) {
        std::fputs("muster-relay: no access tokens yet, so no one can connect. Create one with:\n"
                   "  muster-relay token create --workspace NAME --user NAME\n",
                   stderr);
    }
    muster::RelayServer server(storage, authority, serverOptions);
    // Chat integrations: what was stored while the relay was down is queued before it listens.
    muster::IntegrationService integrations(server.hub(), storage, storage);
    if (auto error = integrations.start()) {
        std::fprintf(stderr, "muster-relay: cannot start the integrations: %s\n", qPrintable(error.message));
        return 1;
    }
    if (!server.listen()) {
        std::fprintf(stderr, "muster-relay: cannot listen on %s:%u: %s\n",
                     qPrintable(line.server.address.toString()), unsigned(line.server.port),
                     qPrintable(server.errorString()));
        return 1;
    }
    std::unique_ptr<muster::PagerDutyReceiver> pagerDuty;
    std::unique_ptr<muster::WebhookEndpoint> webhooks;
    if (line.webhooks) {
        webhooks = std::make_unique<muster::WebhookEndpoint>(server.hub(), authority, httpOptions);
        pagerDuty = std::make_unique<muster::PagerDutyReceiver>(server.hub(), storage);
        QObject::connect(pagerDuty.get(), &muster::PagerDutyReceiver::received, &integrations,
                         &muster::IntegrationService::refresh);
        webhooks->setPagerDuty(pagerDuty.get());
        if (!webhooks->listen(line.httpAddress, line.httpPort)) {
            std::fprintf(stderr, "muster-relay: cannot receive webhooks on %s:%u: %s\n",
                         qPrintable(line.httpAddress.toString()), unsigned(line.httpPort),
                         qPrintable(webhooks->errorString()));
            return 1;
        }
    }
    muster::SignalWatcher watcher;
    QObject::connect(&watcher, &muster::SignalWatcher::terminationRequested, &server,
                     &muster::RelayServer::shutdown);
    QObject::connect(&server, &muster::RelayServer::stopped, &app, &QCoreApplication::quit);
    std::printf("listening on %s\n", qPrintable(server.url()));
    if (webhooks) {
        std::printf("webhooks on %s/alertmanager/WORKSPACE\n", qPrintable(webhooks->url()));
        std::printf("pagerduty webhooks on %s/pagerduty/WORKSPACE\n", qPrintable(webhooks->url()));
    }
    std::fflush(stdout);
    const int code = app.exec();
    storage.close();
    return code;
}

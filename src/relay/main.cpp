// SPDX-License-Identifier: GPL-3.0-or-later
// muster-relay: parses the command line, opens the storage, listens, and stops cleanly on
// SIGTERM or SIGINT. Everything else is in the relay library.
#include "relay/relaycommandline.h"
#include "relay/signalwatcher.h"
#include "relay/sqliterelaystorage.h"
#include "relay/webhookendpoint.h"

#include <QCoreApplication>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
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
    muster::SqliteRelayStorage storage;
    if (auto error = storage.open(line.databasePath)) {
        std::fprintf(stderr, "muster-relay: %s\n", qPrintable(error.message));
        return 1;
    }
    muster::RelayServer server(storage, line.server);
    if (!server.listen()) {
        std::fprintf(stderr, "muster-relay: cannot listen on %s:%u: %s\n",
                     qPrintable(line.server.address.toString()), unsigned(line.server.port),
                     qPrintable(server.errorString()));
        return 1;
    }
    std::unique_ptr<muster::WebhookEndpoint> webhooks;
    if (line.webhooks) {
        webhooks = std::make_unique<muster::WebhookEndpoint>(server.hub());
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
    if (webhooks)
        std::printf("webhooks on %s/alertmanager/WORKSPACE\n", qPrintable(webhooks->url()));
    std::fflush(stdout);
    const int code = app.exec();
    storage.close();
    return code;
}

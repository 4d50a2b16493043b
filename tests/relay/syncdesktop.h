// SPDX-License-Identifier: GPL-3.0-or-later
// Test help for desktops seen from a relay: a store and a sync engine on a real WebSocket to a
// relay, keeping the integrations list the relay tells it, and asking it to manage them.
#pragma once

#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/synctransport.h"

#include <QSignalSpy>
#include <QTest>

namespace muster::testing {

struct Desktop
{
    Store store;
    SyncEngine *engine = nullptr;
    QList<protocol::IntegrationInfo> integrations;
    bool manage = false;

    // trusted: for wss://, the certificates to trust instead of the system's.
    Desktop(const QString &path, const QUrl &relay, const QString &token,
            const QString &workspace = QStringLiteral("payments"), const QList<QSslCertificate> &trusted = {})
    {
        if (store.open(path, workspace))
            return;
        SyncOptions options;
        options.relay = relay;
        options.accessToken = token;
        options.backoffBaseMs = 50;
        options.backoffCapMs = 200;
        auto *transport = new WebSocketTransport;
        transport->setTrustedCertificates(trusted);
        engine = new SyncEngine(store, transport, options);
        QObject::connect(engine, &SyncEngine::integrationsChanged, engine,
                         [this](const QList<protocol::IntegrationInfo> &list, bool mayManage) {
                             integrations = list;
                             manage = mayManage;
                         });
        engine->start();
    }
    ~Desktop() { delete engine; }

    // Sends a request and waits for its answer: "" done, or the refusal.
    QString ask(protocol::ManageIntegration request)
    {
        QSignalSpy answered(engine, &SyncEngine::integrationAnswered);
        const qint64 id = engine->manageIntegration(request);
        if (id == 0)
            return QStringLiteral("not connected");
        if (!QTest::qWaitFor([&] { return !answered.isEmpty(); }, 5000))
            return QStringLiteral("no answer");
        if (answered.constFirst().at(0).toLongLong() != id)
            return QStringLiteral("answered another request");
        return answered.constFirst().at(1).toString();
    }
};

} // namespace muster::testing

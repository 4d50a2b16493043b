// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationservice.h"

#include "relayhub.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

namespace muster {

IntegrationService::IntegrationService(RelayHub &hub, RelayStorage &ops, IntegrationStore &store,
                                       OutboundOptions options, int reloadIntervalMs, QObject *parent)
    : QObject(parent)
    , m_dispatcher(ops, store)
    , m_delivery(store, options)
{
    connect(&hub, &RelayHub::stored, this,
            [this](const QString &workspace) { report(workspace, m_dispatcher.catchUp(workspace)); });
    connect(&m_dispatcher, &IntegrationDispatcher::postsQueued, &m_delivery, &OutboundDelivery::wake);
    connect(&m_delivery, &OutboundDelivery::sent, this, [](const QString &id, const QString &key) {
        qCInfo(lcRelay).noquote() << "integration" << id << "posted" << key;
    });
    connect(&m_delivery, &OutboundDelivery::failed, this, [](const QString &id, const QString &message) {
        qCWarning(lcRelay).noquote() << "integration" << id << message;
    });
    connect(&m_delivery, &OutboundDelivery::storageFailed, this, [](const QString &message) {
        qCCritical(lcRelay).noquote() << "integration queue:" << message;
    });
    m_reload.setInterval(reloadIntervalMs);
    connect(&m_reload, &QTimer::timeout, this, &IntegrationService::reload);
}

StoreError IntegrationService::start()
{
    if (auto error = m_dispatcher.reload())
        return error;
    m_delivery.setIntegrations(m_dispatcher.integrations());
    m_reload.start();
    return {};
}

void IntegrationService::reload()
{
    report(QStringLiteral("reload"), m_dispatcher.reload());
    m_delivery.setIntegrations(m_dispatcher.integrations());
}

void IntegrationService::report(const QString &what, const StoreError &error)
{
    // Nothing is lost: the cursor did not move, and the next store or reload reads again.
    if (error)
        qCCritical(lcRelay).noquote() << "integrations:" << what << "could not be read or queued:" << error.message;
}

} // namespace muster

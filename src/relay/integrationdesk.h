// SPDX-License-Identifier: GPL-3.0-or-later
// What the hub asks of the integrations on behalf of a client: the list as clients may see it
// (never a webhook URL), and adding, removing or retrying one. IntegrationService answers; the
// hub checks who may ask.
#pragma once

#include "store/storeerror.h"
#include "sync/protocol.h"

namespace muster {

class IntegrationDesk
{
public:
    virtual ~IntegrationDesk() = default;

    virtual StoreResult<QList<protocol::IntegrationInfo>> integrationInfo(const QString &workspace) = 0;
    // Carries out the request in the workspace: "" when done, or a sentence saying why not.
    virtual QString manageIntegration(const QString &workspace, const protocol::ManageIntegration &request)
        = 0;
};

} // namespace muster

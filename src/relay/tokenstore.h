// SPDX-License-Identifier: GPL-3.0-or-later
// Where the relay keeps its access tokens (digests only, see accesstoken.h). Beside
// RelayStorage rather than in it: the token commands (`muster-relay token …`) open it without
// the op log, and a deployment could one day keep tokens elsewhere.
#pragma once

#include "accesstoken.h"
#include "store/storeerror.h"

#include <QList>
#include <optional>

namespace muster {

class TokenStore
{
public:
    virtual ~TokenStore() = default;

    // Durable when it returns without error. The id must be new.
    virtual StoreError saveToken(const AccessToken &token) = 0;
    // The token with this id, revoked or not; nullopt when there is none.
    virtual StoreResult<std::optional<AccessToken>> token(const QString &id) = 0;
    // Every token, oldest first.
    virtual StoreResult<QList<AccessToken>> tokens() = 0;
    // Marks a token revoked at nowMs; false when there is no such token. Revoking twice keeps
    // the first time.
    virtual StoreResult<bool> revokeToken(const QString &id, qint64 nowMs) = 0;
};

} // namespace muster

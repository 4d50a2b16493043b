// SPDX-License-Identifier: GPL-3.0-or-later
// The system keyring through QtKeychain (Secret Service or KWallet on Linux): secrets are
// encrypted by the desktop session and unlocked with it. QtKeychain's insecure fallback (a
// plain settings file) stays off; without a keyring the caller is told and keeps the secret in
// memory for the session.
#pragma once

#include "secretstore.h"

namespace muster {

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &value, Done done) override;

    static inline const QString kService = QStringLiteral("Muster");
};

} // namespace muster

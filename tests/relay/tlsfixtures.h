// SPDX-License-Identifier: GPL-3.0-or-later
// The test-only TLS material in tests/relay/fixtures/tls, loaded as the relay and a pinning
// client load theirs (see the README there).
#pragma once

#include "sync/tlsfiles.h"

#include <QSslConfiguration>

namespace muster::testing {

inline QString tlsFixture(const char *name)
{
    return qEnvironmentVariable("MUSTER_SOURCE_DIR") + QStringLiteral("/tests/relay/fixtures/tls/")
        + QLatin1String(name);
}

// The relay's configuration for 127.0.0.1 and localhost, signed by ca.pem; null when unreadable.
inline std::optional<QSslConfiguration> relayTls()
{
    QSslConfiguration tls;
    if (!loadServerTls(tlsFixture("relay.pem"), tlsFixture("relay.key"), &tls).isEmpty())
        return std::nullopt;
    return tls;
}

// The certificates of a CA file: "ca.pem" (the relay's) or "other-ca.pem" (someone else's).
inline QList<QSslCertificate> trustedCa(const char *name)
{
    QList<QSslCertificate> certificates;
    loadCaCertificates(tlsFixture(name), &certificates);
    return certificates;
}

} // namespace muster::testing

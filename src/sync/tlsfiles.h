// SPDX-License-Identifier: GPL-3.0-or-later
// TLS material from PEM files, with errors an operator can act on: the relay's certificate
// chain and key (--tls-cert, --tls-key), and the CA or certificate a client pins for a
// self-hosted relay (--ca-file). Both sides verify peers; nothing here turns verification off.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace muster {

// A server configuration from a PEM certificate (the leaf first, then its chain) and a PEM
// private key (EC or RSA, unencrypted). Empty on success, else a sentence naming the file.
QString loadServerTls(const QString &certificatePath, const QString &keyPath, QSslConfiguration *out);

// Every certificate in a PEM file: the only trust anchors a pinned client accepts.
QString loadCaCertificates(const QString &path, QList<QSslCertificate> *out);

} // namespace muster

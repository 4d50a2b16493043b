// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSslKey>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

QString readPem(const QString &path, QByteArray *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(path, file.errorString());
    if (file.size() > 1024 * 1024)
        return tr("%1 is too large to be a PEM certificate or key").arg(path);
    *out = file.readAll();
    return {};
}

} // namespace

QString loadServerTls(const QString &certificatePath, const QString &keyPath, QSslConfiguration *out)
{
    QByteArray pem;
    if (QString error = readPem(certificatePath, &pem); !error.isEmpty())
        return error;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem, QSsl::Pem);
    if (chain.isEmpty())
        return tr("%1 holds no PEM certificate").arg(certificatePath);
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        return tr("the certificate in %1 expired on %2")
            .arg(certificatePath, chain.first().expiryDate().toString(Qt::ISODate));
    QByteArray keyPem;
    if (QString error = readPem(keyPath, &keyPem); !error.isEmpty())
        return error;
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return tr("%1 holds no unencrypted PEM private key (EC or RSA)").arg(keyPath);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    *out = config;
    return {};
}

QString loadCaCertificates(const QString &path, QList<QSslCertificate> *out)
{
    QByteArray pem;
    if (QString error = readPem(path, &pem); !error.isEmpty())
        return error;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty())
        return tr("%1 holds no PEM certificate").arg(path);
    *out = certificates;
    return {};
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's certificate and key, and a client's pinned CA, read from PEM files: what works,
// and a sentence naming the file for each mistake an operator makes.
#include "../relay/tlsfixtures.h"
#include "sync/tlsfiles.h"

#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestTlsFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString fixture(const char *name) { return testing::tlsFixture(name); }
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void theRelaysCertificateAndKeyLoad()
    {
        QSslConfiguration tls;
        QCOMPARE(loadServerTls(fixture("relay.pem"), fixture("relay.key"), &tls), QString());
        QCOMPARE(tls.localCertificateChain().size(), 1);
        QVERIFY(tls.localCertificate()
                    .subjectAlternativeNames()
                    .values(QSsl::IpAddressEntry)
                    .contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(tls.privateKey().algorithm(), QSsl::Ec);
    }

    void mistakesNameTheFile_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("no certificate file")
            << QStringLiteral("/nonexistent/relay.pem") << fixture("relay.key")
            << QStringLiteral("cannot read /nonexistent/relay.pem");
        QTest::newRow("key given as certificate")
            << fixture("relay.key") << fixture("relay.key") << QStringLiteral("holds no PEM certificate");
        QTest::newRow("certificate given as key") << fixture("relay.pem") << fixture("ca.pem")
                                                  << QStringLiteral("holds no unencrypted PEM private key");
    }

    void mistakesNameTheFile()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, says);
        QSslConfiguration tls;
        const QString error = loadServerTls(certificate, key, &tls);
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(tls.localCertificate().isNull()); // nothing half-set
    }

    void aPinnedCaFileHoldsEveryCertificateInIt()
    {
        QFile a(fixture("ca.pem")), b(fixture("other-ca.pem"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QString both = write("both.pem", a.readAll() + b.readAll());
        QList<QSslCertificate> certificates;
        QCOMPARE(loadCaCertificates(both, &certificates), QString());
        QCOMPARE(certificates.size(), 2);
        QVERIFY(loadCaCertificates(write("garbage.pem", "not a certificate\n"), &certificates)
                    .contains(QStringLiteral("holds no PEM certificate")));
    }
};

QTEST_GUILESS_MAIN(TestTlsFiles)
#include "tst_tlsfiles.moc"

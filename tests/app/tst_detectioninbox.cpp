// SPDX-License-Identifier: GPL-3.0-or-later
// The detection inbox over several Alertmanagers: one that answers (a loopback server replaying
// the answer captured from a real Alertmanager 0.25) and one that is not there. The inbox shows
// what is known, names what is not, and never claims "0 firing" without an answer.
#include "detectioninbox.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace muster;

namespace {

// Answers every request with one HTTP response.
class ReplayServer : public QObject
{
public:
    explicit ReplayServer(QByteArray body)
        : m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int requests = 0;

private:
    QTcpServer m_server;
    QByteArray m_body;
};

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("MUSTER_SOURCE_DIR") + QStringLiteral("/tests/integrations/fixtures/")
               + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QUrl nowhere()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
}

} // namespace

class TestDetectionInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAlertmanagerItSaysHowToAddOne()
    {
        DetectionInbox inbox;
        inbox.setSources({});
        QCOMPARE(inbox.sourceCount(), 0);
        QCOMPARE(inbox.headline(), QStringLiteral("no Alertmanager configured"));
        QVERIFY(inbox.emptyText().contains(QStringLiteral("--alertmanager")));
        QCOMPARE(inbox.problem(), QString());
    }

    void showsWhatAnswersAndNamesWhatDoesNot()
    {
        const QByteArray answer = fixture(QStringLiteral("v2_alerts.json"));
        QVERIFY(!answer.isEmpty());
        ReplayServer alertmanager(answer);
        const QUrl missing = nowhere();
        DetectionInbox inbox;
        QSignalSpy changed(&inbox, &DetectionInbox::alertsChanged);
        inbox.setSources({alertmanager.url(), missing}, {60'000, 120'000, 2000});
        QCOMPARE(inbox.sourceCount(), 2);
        QCOMPARE(inbox.headline(), QStringLiteral("asking Alertmanager…"));
        QTRY_COMPARE(inbox.groups()->rowCount(), 2);
        QTRY_VERIFY(!inbox.problem().isEmpty());
        QVERIFY2(inbox.problem().contains(missing.toDisplayString()), qPrintable(inbox.problem()));
        QVERIFY(!inbox.problem().contains(alertmanager.url().toDisplayString()));
        QCOMPARE(inbox.activeCount(), 2);
        QCOMPARE(inbox.headline(), QStringLiteral("2 alerts firing"));
        QVERIFY(inbox.updatedAt() > 0);
        // The critical latency alert first.
        QCOMPARE(inbox.groups()->data(inbox.groups()->index(0), DetectionModel::NameRole).toString(),
                 QStringLiteral("HighLatency"));
        const int before = alertmanager.requests;
        inbox.refresh();
        QTRY_VERIFY(alertmanager.requests > before);
    }

    void noAnswerIsNotNothingFiring()
    {
        DetectionInbox inbox;
        inbox.setSources({nowhere()}, {60'000, 120'000, 2000});
        QTRY_VERIFY(!inbox.problem().isEmpty());
        QVERIFY(inbox.problem().contains(QStringLiteral("next try in 120 s")));
        QCOMPARE(inbox.headline(), QStringLiteral("no answer from Alertmanager yet"));
        QVERIFY(inbox.emptyText().contains(QStringLiteral("No answer")));
        QCOMPARE(inbox.groups()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDetectionInbox)
#include "tst_detectioninbox.moc"

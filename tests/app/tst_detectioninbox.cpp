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

protocol::AlertRecord relayAlert(const QString &fingerprint, const QString &name, const QString &source)
{
    protocol::AlertRecord alert;
    alert.fingerprint = fingerprint;
    alert.labels = {{QStringLiteral("alertname"), name},
                    {QStringLiteral("service"), QStringLiteral("payments")},
                    {QStringLiteral("severity"), QStringLiteral("critical")}};
    alert.annotations = {{QStringLiteral("summary"), name + QStringLiteral(" on payments")}};
    alert.startsAt = 1'700'000'000'000;
    alert.source = source;
    return alert;
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
        QVERIFY(inbox.emptyText().contains(QStringLiteral("Alertmanagers…")));
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

    void webhookAlertsFromTheRelayJoinTheInboxUnlessPolledHere()
    {
        ReplayServer alertmanager(fixture(QStringLiteral("v2_alerts.json")));
        DetectionInbox inbox;
        QSignalSpy relayAnswered(&inbox, &DetectionInbox::relayAnswered);
        inbox.setSources({alertmanager.url()}, {60'000, 120'000, 2000});
        QTRY_COMPARE(inbox.groups()->rowCount(), 2);
        const QString eu = QStringLiteral("http://am-eu.example:9093");
        // The relay's copy of the polled Alertmanager (written with a trailing slash) is left to
        // the poller; the other Alertmanager's alert joins the inbox.
        inbox.setRelayConnected(true);
        inbox.setRelayAlerts({relayAlert(QStringLiteral("e1"), QStringLiteral("PaymentsDown"), eu),
                              relayAlert(QStringLiteral("dup"), QStringLiteral("Shadow"),
                                         alertmanager.url().toString() + u'/')});
        QCOMPARE(inbox.groups()->rowCount(), 3);
        QCOMPARE(inbox.activeCount(), 3);
        QCOMPARE(inbox.headline(),
                 QStringLiteral("3 alerts firing · webhooks through the relay from am-eu.example:9093"));
        QCOMPARE(inbox.relaySources(), QStringList {eu});
        QCOMPARE(relayAnswered.size(), 1);
        QCOMPARE(relayAnswered.first().at(0).toString(), eu);
        QVERIFY(inbox.firingAlert(eu, QStringLiteral("e1")).has_value());
        qint64 first = 0;
        const QString key = inbox.groups()->index(0).data(DetectionModel::KeyRole).toString();
        QVERIFY(!inbox.linksOfGroup(key, &first).isEmpty());

        // Disconnected, the relay's alerts stay, and the inbox says how old they are.
        inbox.setRelayConnected(false);
        QVERIFY2(inbox.problem().contains(QStringLiteral("Not connected to the relay")),
                 qPrintable(inbox.problem()));
        inbox.setRelayConnected(true);
        QCOMPARE(inbox.problem(), QString());

        // The last alert of an Alertmanager resolves: its list is answered empty.
        inbox.setRelayAlerts({});
        QCOMPARE(inbox.groups()->rowCount(), 2);
        QCOMPARE(relayAnswered.size(), 2);
        QCOMPARE(relayAnswered.last().at(0).toString(), eu);
        QVERIFY(relayAnswered.last().at(1).value<QList<alerts::Alert>>().isEmpty());
    }

    void webhookAlertsAloneFillTheInbox()
    {
        DetectionInbox inbox;
        inbox.setSources({});
        inbox.setRelayConnected(true);
        inbox.setRelayAlerts({relayAlert(QStringLiteral("e1"), QStringLiteral("PaymentsDown"),
                                         QStringLiteral("http://am:9093"))});
        QCOMPARE(inbox.headline(),
                 QStringLiteral("1 alert firing · webhooks through the relay from am:9093"));
        QCOMPARE(inbox.groups()->rowCount(), 1);
        QCOMPARE(inbox.groups()->index(0).data(DetectionModel::NameRole).toString(),
                 QStringLiteral("PaymentsDown"));
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

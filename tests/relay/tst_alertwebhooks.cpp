// SPDX-License-Identifier: GPL-3.0-or-later
// Real processes end to end: a real Alertmanager 0.25 whose webhook points at a real
// muster-relay (--http), and Muster's sync engine connected to that relay over WebSockets. What a
// team relies on: an alert that fires reaches every connected teammate, and a teammate who
// connects later, without any desktop polling Alertmanager; its resolution clears it for all.
#include "integrations/realalertmanager.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace muster;

namespace {

struct Client
{
    Store store;
    SyncEngine *engine = nullptr;

    Client(const QString &path, const QUrl &relay, const QString &token)
    {
        if (store.open(path, QStringLiteral("default")))
            return;
        SyncOptions options;
        options.relay = relay;
        options.accessToken = token;
        options.backoffBaseMs = 50;
        options.backoffCapMs = 200;
        engine = new SyncEngine(store, new WebSocketTransport, options);
        engine->start();
    }
    ~Client() { delete engine; }
    QStringList firing() const
    {
        QStringList out;
        for (const protocol::AlertRecord &alert : engine->relayAlerts())
            out.append(alert.labels.value(QStringLiteral("alertname")));
        return out;
    }
};

} // namespace

class TestAlertWebhooks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_relay;
    QUrl m_relayUrl;
    QString m_webhookUrl;
    QString m_memberToken;
    QString m_webhookToken;

    QString createToken(const QString &role)
    {
        QProcess create;
        create.start(QStringLiteral(RELAY_BINARY),
                     {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--workspace"),
                      QStringLiteral("default"), QStringLiteral("--user"), QStringLiteral("alertmanager"),
                      QStringLiteral("--role"), role, QStringLiteral("--db"),
                      m_dir.filePath(QStringLiteral("relay.sqlite"))});
        if (!create.waitForFinished(30'000) || create.exitCode() != 0)
            return {};
        return QString::fromLatin1(create.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false"));
        QVERIFY(m_dir.isValid());
        m_memberToken = createToken(QStringLiteral("member"));
        m_webhookToken = createToken(QStringLiteral("webhook"));
        QVERIFY(!m_memberToken.isEmpty() && !m_webhookToken.isEmpty());
        // Every process here is 127.0.0.1: the refused Alertmanager's retries must not shut out
        // the others.
        m_relay.start(QStringLiteral(RELAY_BINARY),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--http"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                       m_dir.filePath(QStringLiteral("relay.sqlite")),
                       QStringLiteral("--auth-failures-per-minute"), QStringLiteral("1000")});
        QVERIFY(m_relay.waitForStarted(10'000));
        QStringList lines;
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (m_relay.canReadLine())
                    lines.append(QString::fromUtf8(m_relay.readLine()).trimmed());
                return lines.size() >= 2;
            },
            10'000));
        const auto ws = QRegularExpression(QStringLiteral("^listening on (ws://127\\.0\\.0\\.1:\\d+)$"))
                            .match(lines.at(0));
        const auto http
            = QRegularExpression(
                  QStringLiteral("^webhooks on (http://127\\.0\\.0\\.1:\\d+)/alertmanager/WORKSPACE$"))
                  .match(lines.at(1));
        QVERIFY2(ws.hasMatch() && http.hasMatch(), qPrintable(lines.join(u'\n')));
        m_relayUrl = QUrl(ws.captured(1));
        m_webhookUrl = http.captured(1) + QStringLiteral("/alertmanager/default");
    }

    void cleanupTestCase()
    {
        m_relay.terminate();
        QVERIFY(m_relay.waitForFinished(10'000));
        QCOMPARE(m_relay.exitCode(), 0);
    }

    void firingAndResolvedAlertsReachEveryConnectedTeammate()
    {
        testing::RealAlertmanager alertmanager;
        QVERIFY2(alertmanager.start(m_webhookUrl, m_webhookToken), alertmanager.output().constData());
        Client alice(m_dir.filePath(QStringLiteral("alice.sqlite")), m_relayUrl, m_memberToken);
        QVERIFY(alice.engine);
        QVERIFY(QTest::qWaitFor([&] { return alice.engine->isSynced(); }, 10'000));

        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-120);
        QJsonObject alert
            = testing::alertJson(QStringLiteral("CheckoutErrors"), QStringLiteral("checkout"),
                                 QStringLiteral("critical"), QStringLiteral("5xx above 5%"), started);
        QCOMPARE(alertmanager.post(QStringLiteral("/api/v2/alerts"), QJsonDocument(QJsonArray {alert})), 200);
        QTRY_COMPARE_WITH_TIMEOUT(alice.firing(), QStringList {QStringLiteral("CheckoutErrors")}, 15'000);
        const protocol::AlertRecord &got = alice.engine->relayAlerts().first();
        QCOMPARE(got.labels.value(QStringLiteral("service")), QStringLiteral("checkout"));
        QCOMPARE(got.annotations.value(QStringLiteral("summary")), QStringLiteral("5xx above 5%"));
        QCOMPARE(got.startsAt, started.toMSecsSinceEpoch()); // MTTD starts when the alert did
        QVERIFY(got.source.startsWith(QStringLiteral("http://"))); // Alertmanager's external URL
        QCOMPARE(got.fingerprint.size(), 16);

        // A teammate who connects now hears of it at once.
        Client bob(m_dir.filePath(QStringLiteral("bob.sqlite")), m_relayUrl, m_memberToken);
        QTRY_COMPARE_WITH_TIMEOUT(bob.firing(), QStringList {QStringLiteral("CheckoutErrors")}, 10'000);

        // Alertmanager resolves it: both lists clear.
        alert.insert(QStringLiteral("endsAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        QCOMPARE(alertmanager.post(QStringLiteral("/api/v2/alerts"), QJsonDocument(QJsonArray {alert})), 200);
        QTRY_VERIFY_WITH_TIMEOUT(alice.firing().isEmpty(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(bob.firing().isEmpty(), 5000);
    }

    void anAlertmanagerWithoutTheWebhookTokenReachesNoOne()
    {
        testing::RealAlertmanager stranger;
        // A member token is not a webhook token: a leaked desktop token cannot post alerts.
        QVERIFY2(stranger.start(m_webhookUrl, m_memberToken), stranger.output().constData());
        Client alice(m_dir.filePath(QStringLiteral("alice2.sqlite")), m_relayUrl, m_memberToken);
        QVERIFY(QTest::qWaitFor([&] { return alice.engine->isSynced(); }, 10'000));
        const QJsonObject alert = testing::alertJson(
            QStringLiteral("Forged"), QStringLiteral("checkout"), QStringLiteral("critical"),
            QStringLiteral("not from us"), QDateTime::currentDateTimeUtc());
        QCOMPARE(stranger.post(QStringLiteral("/api/v2/alerts"), QJsonDocument(QJsonArray {alert})), 200);
        // The relay says so in its log, and counts it.
        QByteArray log;
        QVERIFY(QTest::qWaitFor(
            [&] {
                log += m_relay.readAllStandardError();
                return log.contains("refused (1 so far)");
            },
            15'000));
        QVERIFY2(log.contains("the token is not a webhook token for this workspace"), log.constData());
        QVERIFY(!log.contains(m_memberToken.mid(17).toLatin1()));
        QTest::qWait(500);
        QVERIFY(alice.firing().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertWebhooks)
#include "tst_alertwebhooks.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery of queued posts to a service played by QtHttpServer on loopback: sent once, in
// order; retried on 500 and on 429 as Retry-After says; paused on 404; never a secret in an
// error.
#include "fakewebhookserver.h"
#include "relay/outbounddelivery.h"
#include "relay/sqliterelaystorage.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;
using namespace muster::testing;

class TestOutboundDelivery : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QTemporaryDir dir;
        SqliteRelayStorage storage;
        FakeWebhookServer server;
        Integration integration;
    };

    // Fast retries, so the backoff is visible in a test's time.
    static OutboundOptions quick()
    {
        OutboundOptions options;
        options.firstRetryMs = 100;
        options.maxRetryMs = 400;
        options.attemptsBeforePause = 3;
        options.timeoutMs = 5000;
        return options;
    }

    void prepare(Setup &s, const QStringList &events = {QStringLiteral("declared")})
    {
        QVERIFY(s.dir.isValid());
        QVERIFY(!s.storage.open(s.dir.filePath(QStringLiteral("relay.sqlite"))));
        QVERIFY(s.server.start() > 0);
        s.integration.id = QStringLiteral("int-test");
        s.integration.workspace = QStringLiteral("payments");
        s.integration.name = QStringLiteral("#incidents");
        s.integration.url = s.server.url(QStringLiteral("/services/T0001/B0001/S3CR3TxYz"));
        s.integration.events = {IncidentEventKind::Declared};
        QVERIFY(!s.storage.saveIntegration(s.integration));
        QList<OutboundPost> posts;
        for (const QString &key : events)
            posts << OutboundPost {
                0, s.integration.id, key, QStringLiteral("i1"), key, "{\"text\":\"" + key.toUtf8() + "\"}", 0,
                0};
        QVERIFY(!s.storage.queuePosts(s.integration.workspace, 1, posts));
    }

    static Integration stored(SqliteRelayStorage &storage) { return storage.integrations().value.value(0); }

private Q_SLOTS:
    void backoffDoublesUpToItsCeiling()
    {
        OutboundOptions options;
        QCOMPARE(OutboundDelivery::backoffMs(1, options), 1000);
        QCOMPARE(OutboundDelivery::backoffMs(2, options), 2000);
        QCOMPARE(OutboundDelivery::backoffMs(4, options), 8000);
        QCOMPARE(OutboundDelivery::backoffMs(9, options), 256'000);
        QCOMPARE(OutboundDelivery::backoffMs(10, options), 300'000);
        QCOMPARE(OutboundDelivery::backoffMs(60, options), 300'000);
    }

    void retryAfterIsSecondsOrAnHttpDate()
    {
        const qint64 now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(OutboundDelivery::retryAfterMs("30", now), 30'000);
        QCOMPARE(OutboundDelivery::retryAfterMs(" 0 ", now), 0);
        QCOMPARE(OutboundDelivery::retryAfterMs("Fri, 04 Dec 2026 12:01:30 GMT", now), 90'000);
        QCOMPARE(OutboundDelivery::retryAfterMs("Fri, 04 Dec 2026 11:00:00 GMT", now), 0); // past: now
        QCOMPARE(OutboundDelivery::retryAfterMs("", now), -1);
        QCOMPARE(OutboundDelivery::retryAfterMs("soon", now), -1);
        QCOMPARE(OutboundDelivery::retryAfterMs("-5", now), -1);
    }

    void postsGoOnceInQueueOrder()
    {
        Setup s;
        prepare(
            s,
            {QStringLiteral("a:1/declared"), QStringLiteral("a:2/severity"), QStringLiteral("a:3/resolved")});
        OutboundDelivery delivery(s.storage, quick());
        QSignalSpy sent(&delivery, &OutboundDelivery::sent);
        delivery.setIntegrations(s.storage.integrations().value);
        QTRY_COMPARE(sent.size(), 3);
        QCOMPARE(s.server.requests.size(), 3);
        QCOMPARE(s.server.requests[0].body, QByteArray("{\"text\":\"a:1/declared\"}"));
        QCOMPARE(s.server.requests[1].body, QByteArray("{\"text\":\"a:2/severity\"}"));
        QCOMPARE(s.server.requests[2].body, QByteArray("{\"text\":\"a:3/resolved\"}"));
        for (const auto &request : std::as_const(s.server.requests)) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path, QStringLiteral("/services/T0001/B0001/S3CR3TxYz"));
            QCOMPARE(request.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
            QVERIFY(request.headers.value("user-agent").startsWith("muster-relay/"));
        }
        QCOMPARE(s.storage.waitingPosts(s.integration.id).value, 0);
        QVERIFY(stored(s.storage).lastDeliveredAtMs > 0);
        // Nothing more goes out, however often it is woken.
        delivery.wake();
        QTest::qWait(200);
        QCOMPARE(s.server.requests.size(), 3);
        // The same event queued again (read twice) is not posted again.
        QVERIFY(!s.storage.queuePosts(
            s.integration.workspace, 2,
            {OutboundPost {0, s.integration.id, QStringLiteral("a:1/declared"), QStringLiteral("i1"),
                           QStringLiteral("declared"), "{}", 0, 0}}));
        QCOMPARE(s.storage.waitingPosts(s.integration.id).value, 0);
    }

    void aServerErrorIsRetriedWithBackoff()
    {
        Setup s;
        prepare(s, {QStringLiteral("a:1/declared"), QStringLiteral("a:2/status")});
        s.server.script = {{500, {}, "oops"}, {502, {}, "bad gateway"}};
        OutboundDelivery delivery(s.storage, quick());
        QSignalSpy sent(&delivery, &OutboundDelivery::sent);
        QSignalSpy failed(&delivery, &OutboundDelivery::failed);
        delivery.setIntegrations(s.storage.integrations().value);
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0][1].toString(),
                 QStringLiteral("HTTP 500 from %1; trying again in 100 ms (attempt 1 of 3)")
                     .arg(targetOf(s.integration.url)));
        QCOMPARE(failed[1][1].toString(),
                 QStringLiteral("HTTP 502 from %1; trying again in 200 ms (attempt 2 of 3)")
                     .arg(targetOf(s.integration.url)));
        // The first post went three times (500, 502, 200), then the second; order held.
        QCOMPARE(s.server.requests.size(), 4);
        QCOMPARE(s.server.requests[2].body, s.server.requests[0].body);
        QVERIFY(s.server.requests[1].atMs - s.server.requests[0].atMs >= 100);
        QVERIFY(s.server.requests[2].atMs - s.server.requests[1].atMs >= 200);
        QCOMPARE(s.server.requests[3].body, QByteArray("{\"text\":\"a:2/status\"}"));
        QVERIFY(stored(s.storage).lastError.isEmpty()); // cleared by the success
    }

    void rateLimitingWaitsAsRetryAfterSays()
    {
        Setup s;
        prepare(s);
        s.server.script = {{429, {{"Retry-After", "1"}}, "rate_limited"}};
        OutboundDelivery delivery(s.storage, quick());
        QSignalSpy sent(&delivery, &OutboundDelivery::sent);
        QSignalSpy failed(&delivery, &OutboundDelivery::failed);
        delivery.setIntegrations(s.storage.integrations().value);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][1].toString(),
                 QStringLiteral("HTTP 429 from %1 (rate limited); trying again in 1 s")
                     .arg(targetOf(s.integration.url)));
        QCOMPARE(stored(s.storage).lastError, failed[0][1].toString());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(s.server.requests.size(), 2);
        QVERIFY2(s.server.requests[1].atMs - s.server.requests[0].atMs >= 1000, "sent before Retry-After");
    }

    void aGoneWebhookPausesUntilRetried()
    {
        Setup s;
        prepare(s, {QStringLiteral("a:1/declared"), QStringLiteral("a:2/status")});
        // Some services echo the path of an unknown webhook: the secret must not reach the log.
        s.server.script = {{404, {}, "no_service: nothing at /services/T0001/B0001/S3CR3TxYz"}};
        OutboundDelivery delivery(s.storage, quick());
        QSignalSpy sent(&delivery, &OutboundDelivery::sent);
        QSignalSpy failed(&delivery, &OutboundDelivery::failed);
        delivery.setIntegrations(s.storage.integrations().value);
        QTRY_COMPARE(failed.size(), 1);
        const QString message = failed[0][1].toString();
        QCOMPARE(message,
                 QStringLiteral("HTTP 404 from %1: no_service: nothing at /… (is the webhook still there?)")
                     .arg(targetOf(s.integration.url)));
        QVERIFY(!message.contains(QStringLiteral("S3CR3T")));
        QTest::qWait(500);
        QCOMPARE(s.server.requests.size(), 1); // paused: no hammering
        QCOMPARE(stored(s.storage).paused, message);
        QCOMPARE(s.storage.waitingPosts(s.integration.id).value, 2); // nothing dropped

        // `integration retry`, then the relay reads the integrations again.
        QVERIFY(s.storage.resumeIntegration(s.integration.id, QDateTime::currentMSecsSinceEpoch()).value);
        delivery.setIntegrations(s.storage.integrations().value);
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(sent[0][1].toString(), QStringLiteral("a:1/declared"));
        QVERIFY(stored(s.storage).paused.isEmpty());
    }

    void repeatedFailurePausesAfterTheLastAttempt()
    {
        Setup s;
        prepare(s);
        s.server.fallback = {503, {}, "down"};
        OutboundDelivery delivery(s.storage, quick());
        QSignalSpy failed(&delivery, &OutboundDelivery::failed);
        delivery.setIntegrations(s.storage.integrations().value);
        QTRY_COMPARE(failed.size(), 3);
        QCOMPARE(failed[2][1].toString(),
                 QStringLiteral("HTTP 503 from %1, 3 times in a row").arg(targetOf(s.integration.url)));
        QTest::qWait(600);
        QCOMPARE(s.server.requests.size(), 3);
        QVERIFY(!stored(s.storage).paused.isEmpty());
    }

    void pagerDutyGetsItsRoutingKeyAsItIsSent()
    {
        Setup s;
        QVERIFY(s.dir.isValid());
        QVERIFY(!s.storage.open(s.dir.filePath(QStringLiteral("relay.sqlite"))));
        QVERIFY(s.server.start() > 0);
        Integration pd;
        pd.id = QStringLiteral("int-pd");
        pd.workspace = QStringLiteral("payments");
        pd.kind = IntegrationKind::PagerDuty;
        pd.name = QStringLiteral("Payments on-call");
        pd.url = s.server.url(QStringLiteral("/v2/enqueue"));
        pd.secret = QStringLiteral("R0123456789ABCDEF0123456789ABCDE");
        pd.events = {IncidentEventKind::Declared, IncidentEventKind::Resolved};
        QVERIFY(!s.storage.saveIntegration(pd));
        const QByteArray queued = R"({"dedup_key":"01JX","event_action":"resolve"})";
        QVERIFY(!s.storage.queuePosts(
            pd.workspace, 1,
            {OutboundPost {0, pd.id, QStringLiteral("a:9/resolved"), QStringLiteral("01JX"),
                           QStringLiteral("resolved"), queued, 0, 0},
             OutboundPost {0, pd.id, QStringLiteral("a:10/resolved"), QStringLiteral("01JY"),
                           QStringLiteral("resolved"), queued, 0, 0}}));
        // PagerDuty answers 202; a 400 that quotes the key must not put it in the log.
        s.server.script
            = {{202, {}, R"({"status":"success","message":"Event processed","dedup_key":"01JX"})"},
               {400,
                {},
                R"({"status":"invalid event","message":"routing_key R0123456789ABCDEF0123456789ABCDE"})"}};
        OutboundDelivery delivery(s.storage, quick());
        QSignalSpy sent(&delivery, &OutboundDelivery::sent);
        QSignalSpy failed(&delivery, &OutboundDelivery::failed);
        delivery.setIntegrations(s.storage.integrations().value);
        QTRY_COMPARE(sent.size(), 1);
        QTRY_COMPARE(failed.size(), 1);
        const QJsonObject body = s.server.requests[0].json();
        QCOMPARE(body.value(QStringLiteral("routing_key")).toString(), pd.secret);
        QCOMPARE(body.value(QStringLiteral("event_action")).toString(), QStringLiteral("resolve"));
        QCOMPARE(body.value(QStringLiteral("dedup_key")).toString(), QStringLiteral("01JX"));
        QVERIFY(!failed[0][1].toString().contains(pd.secret));
        QVERIFY(failed[0][1].toString().startsWith(QStringLiteral("HTTP 400 from http://127.0.0.1:")));
        // The queue itself never held the key.
        QVERIFY(!s.storage.nextPost(pd.id).value->body.contains(pd.secret.toUtf8()));
    }

    // Jira: the create-issue address under the site, the Authorization added as it is sent,
    // the answer handed over before the post counts as sent, and a post whose issue exists
    // already skipped.
    void jiraPostsCarryAuthorizationAndHandOverTheAnswer()
    {
        Setup s;
        QVERIFY(s.dir.isValid());
        QVERIFY(!s.storage.open(s.dir.filePath(QStringLiteral("relay.sqlite"))));
        QVERIFY(s.server.start() > 0);
        Integration jira;
        jira.id = QStringLiteral("int-jira");
        jira.workspace = QStringLiteral("payments");
        jira.kind = IntegrationKind::Jira;
        jira.name = QStringLiteral("Follow-ups");
        jira.url = s.server.url(QStringLiteral("/jira"));
        jira.secret = QStringLiteral("ATATT-secret-token");
        jira.jira = {QStringLiteral("OPS"), QStringLiteral("Task"), QStringLiteral("bot@example.com")};
        jira.events = {IncidentEventKind::ActionItemFiled};
        QVERIFY(!s.storage.saveIntegration(jira));
        const QByteArray body = R"({"fields":{"summary":"x"}})";
        auto post = [&](const char *task) {
            return OutboundPost {0,
                                 jira.id,
                                 QString::fromLatin1(task) + QStringLiteral("/action-item"),
                                 QStringLiteral("01JX"),
                                 QStringLiteral("action-item"),
                                 body,
                                 0,
                                 0};
        };
        QVERIFY(!s.storage.queuePosts(jira.workspace, 1, {post("t1"), post("t2"), post("t3")}));
        s.server.script
            = {{201, {}, R"({"id":"1","key":"OPS-1"})"},
               {201, {}, R"({"id":"2","key":"OPS-2"})"},
               {400, {}, R"({"errorMessages":[],"errors":{"issuetype":"valid issue type is required"}})"}};
        OutboundDelivery delivery(s.storage, quick());
        QStringList answers;
        delivery.setAnswerTaker([&](const Integration &, const OutboundPost &p, const QByteArray &answer) {
            answers << p.key + u' ' + QString::fromUtf8(answer);
            // The first answer cannot be kept this time: the post stays and goes again.
            return answers.size() == 1 ? QStringLiteral("the relay could not store the issue's key")
                                       : QString();
        });
        delivery.setAlreadyDone(
            [](const Integration &, const OutboundPost &p) { return p.key.startsWith(u"t2/"); });
        QSignalSpy sent(&delivery, &OutboundDelivery::sent);
        QSignalSpy failed(&delivery, &OutboundDelivery::failed);
        delivery.setIntegrations(s.storage.integrations().value);
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(sent.size(), 2); // t1 on its second try, t2 skipped as done already
        const QStringList expected {QString::fromUtf8(R"(t1/action-item {"id":"1","key":"OPS-1"})"),
                                    QString::fromUtf8(R"(t1/action-item {"id":"2","key":"OPS-2"})")};
        QCOMPARE(answers, expected);
        QCOMPARE(s.server.requests.size(), 3); // t1 twice, t3 once; never t2
        for (const auto &request : std::as_const(s.server.requests)) {
            QCOMPARE(request.path, QStringLiteral("/jira/rest/api/2/issue"));
            QCOMPARE(request.headers.value("authorization"),
                     QByteArray("Basic ") + QByteArray("bot@example.com:ATATT-secret-token").toBase64());
            QCOMPARE(request.body, body);
        }
        QVERIFY(failed[0][1].toString().contains(
            QStringLiteral("HTTP 201 but the relay could not store the issue's key")));
        const QString refused = failed[1][1].toString();
        QCOMPARE(
            refused,
            QStringLiteral("HTTP 400 from %1: {\"errorMessages\":[],\"errors\":{\"issuetype\":\"valid issue "
                           "type is required\"}}")
                .arg(targetOf(jira.url)));
        QVERIFY(!stored(s.storage).paused.isEmpty());
    }

    void anUnreachableServiceIsANetworkError()
    {
        Setup s;
        prepare(s);
        s.integration.url = QStringLiteral("http://127.0.0.1:1/services/S3CR3T");
        OutboundDelivery delivery(s.storage, quick());
        QSignalSpy failed(&delivery, &OutboundDelivery::failed);
        delivery.setIntegrations({s.integration});
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(failed[0][1].toString(),
                 QStringLiteral(
                     "connection refused from http://127.0.0.1:1; trying again in 100 ms (attempt 1 of 3)"));
    }
};

QTEST_GUILESS_MAIN(TestOutboundDelivery)
#include "tst_outbounddelivery.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Silences created from Muster in a real Alertmanager 0.25: the silence exists with the
// incident in its comment and mutes exactly the alert it was made for; a refusal and an
// Alertmanager that is not there come back as sentences, never as a silent failure.
#include "integrations/alertmanager/alertmanagerpoller.h"
#include "integrations/alertmanager/silencesender.h"
#include "realalertmanager.h"

#include <QDateTime>

using namespace muster::alerts;
using namespace muster::testing;

class TestSilenceSender : public QObject
{
    Q_OBJECT

    static SilenceResult sendAndWait(SilenceSender &sender, const QUrl &base, const Silence &silence)
    {
        std::optional<SilenceResult> result;
        sender.send(
            base, silence, [&result](SilenceResult r) { result = r; }, 3000);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10'000))
            return {{}, QStringLiteral("no answer in the test")};
        return *result;
    }

    static QList<Alert> pollOnce(const QUrl &base)
    {
        AlertmanagerPoller poller(base, {60'000, 60'000, 3000});
        QSignalSpy received(&poller, &AlertmanagerPoller::alertsReceived);
        poller.pollNow();
        if (!received.wait(5000))
            return {};
        return received.first().at(0).value<QList<Alert>>();
    }

private Q_SLOTS:
    void silencesExactlyTheAlertAndNamesTheIncident()
    {
        RealAlertmanager am;
        QVERIFY2(am.start(), am.output().constData());
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
        QCOMPARE(
            am.post(QStringLiteral("/api/v2/alerts"),
                    QJsonDocument(QJsonArray {
                        alertJson(QStringLiteral("HighLatency"), QStringLiteral("checkout-api"),
                                  QStringLiteral("critical"), QStringLiteral("p99 above 2 s"), started),
                        alertJson(QStringLiteral("HighLatency"), QStringLiteral("search-api"),
                                  QStringLiteral("critical"), QStringLiteral("p99 above 2 s"), started)})),
            200);
        QList<Alert> alerts;
        QTRY_VERIFY_WITH_TIMEOUT((alerts = pollOnce(am.url())).size() == 2, 10'000);
        const Alert checkout = alerts.at(0).service() == u"checkout-api" ? alerts.at(0) : alerts.at(1);

        Silence silence;
        silence.matchers = matchersFor(checkout);
        silence.startsAtMs = QDateTime::currentMSecsSinceEpoch();
        silence.endsAtMs = silence.startsAtMs + 2 * 3600'000;
        silence.createdBy = QStringLiteral("Priya Raman (Muster)");
        silence.comment
            = QStringLiteral("Muster incident \u201cCheckout slow\u201d (01JAAAAAAAAAAAAAAAAAAAAAA1)");
        SilenceSender sender;
        const SilenceResult result = sendAndWait(sender, am.url(), silence);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.silenceId.isEmpty());

        // Alertmanager holds it, as sent.
        QByteArray body;
        QCOMPARE(am.get(QStringLiteral("/api/v2/silence/") + result.silenceId, &body), 200);
        const QJsonObject stored = QJsonDocument::fromJson(body).object();
        QCOMPARE(stored.value(QStringLiteral("comment")).toString(), silence.comment);
        QCOMPARE(stored.value(QStringLiteral("createdBy")).toString(), silence.createdBy);
        QCOMPARE(stored.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(stored.value(QStringLiteral("matchers")).toArray().size(), 3);

        // Only the checkout alert is silenced now.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<Alert> now = pollOnce(am.url());
                return now.size() == 2 && std::all_of(now.cbegin(), now.cend(), [&](const Alert &a) {
                           return a.isSilenced() == (a.fingerprint == checkout.fingerprint)
                               && (!a.isSilenced() || a.silencedBy.contains(result.silenceId));
                       });
            }(),
            10'000);
    }

    void aRefusalSaysWhy()
    {
        RealAlertmanager am;
        QVERIFY2(am.start(), am.output().constData());
        Silence backwards;
        backwards.matchers = {{QStringLiteral("alertname"), QStringLiteral("HighLatency")}};
        backwards.startsAtMs = QDateTime::currentMSecsSinceEpoch();
        backwards.endsAtMs = backwards.startsAtMs - 60'000; // ends before it starts
        backwards.createdBy = QStringLiteral("test");
        backwards.comment = QStringLiteral("test");
        SilenceSender sender;
        const SilenceResult result = sendAndWait(sender, am.url(), backwards);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("refused the silence (HTTP 400)")),
                 qPrintable(result.error));
        QVERIFY(result.silenceId.isEmpty());
    }

    void noMatchersIsRefusedBeforeSending()
    {
        SilenceSender sender;
        const SilenceResult result
            = sendAndWait(sender, QUrl(QStringLiteral("http://127.0.0.1:1")), Silence {});
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QStringLiteral("at least one label")));
    }

    void anAlertmanagerThatIsNotThereIsReported()
    {
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
        Silence silence;
        silence.matchers = {{QStringLiteral("alertname"), QStringLiteral("HighLatency")}};
        silence.startsAtMs = QDateTime::currentMSecsSinceEpoch();
        silence.endsAtMs = silence.startsAtMs + 3600'000;
        SilenceSender sender;
        const SilenceResult result = sendAndWait(sender, nowhere, silence);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("cannot be reached")), qPrintable(result.error));
        QVERIFY(result.error.contains(nowhere.toDisplayString()));
    }

    void theBodyIsWhatTheApiTakes()
    {
        Alert alert;
        alert.labels = {{QStringLiteral("alertname"), QStringLiteral("A\"b")},
                        {QStringLiteral("job"), QStringLiteral("x")}};
        Silence silence {matchersFor(alert), 0, 3600'000, QStringLiteral("me"), QStringLiteral("why")};
        const QJsonObject body = QJsonDocument::fromJson(silenceJson(silence)).object();
        QCOMPARE(body.value(QStringLiteral("startsAt")).toString(),
                 QStringLiteral("1970-01-01T00:00:00.000Z"));
        QCOMPARE(body.value(QStringLiteral("endsAt")).toString(), QStringLiteral("1970-01-01T01:00:00.000Z"));
        const QJsonArray matchers = body.value(QStringLiteral("matchers")).toArray();
        QCOMPARE(matchers.size(), 2);
        QCOMPARE(matchers.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("A\"b"));
        QCOMPARE(matchers.at(0).toObject().value(QStringLiteral("isRegex")).toBool(true), false);
        QCOMPARE(matchers.at(0).toObject().value(QStringLiteral("isEqual")).toBool(false), true);
    }
};

QTEST_GUILESS_MAIN(TestSilenceSender)
#include "tst_silencesender.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/declareincidenteditor.h"
#include "app/detectioninbox.h"
#include "app/incidentroom.h"
#include "app/logmodel.h"
#include "apptesting.h"
#include "fakealertmanager.h"
#include "store/storeclient.h"

#include <QSignalSpy>

using namespace muster;

class TestDeclareIncidentEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("services");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ok") << QStringLiteral("API down") << 1 << QStringLiteral("api") << QString();
        QTest::newRow("no title") << QStringLiteral("   ") << 1 << QString() << QStringLiteral("title");
        QTest::newRow("two-line title")
            << QStringLiteral("a\nb") << 1 << QString() << QStringLiteral("single line");
        QTest::newRow("severity 0") << QStringLiteral("x") << 0 << QString() << QStringLiteral("higher one");
        QTest::newRow("long title") << QString(300, u'x') << 2 << QString() << QStringLiteral("longer than");
    }
    void validation()
    {
        QFETCH(QString, title);
        QFETCH(int, severity);
        QFETCH(QString, services);
        QFETCH(QString, problem);
        testing::StartedApp app;
        QVERIFY(app.settle());
        DeclareIncidentEditor editor;
        editor.setApp(app.app.get());
        editor.setTitle(title);
        editor.setSeverity(severity);
        editor.setServices(services);
        QCOMPARE(editor.valid(), problem.isEmpty());
        QVERIFY2(editor.problem().contains(problem), qPrintable(editor.problem()));
        if (!problem.isEmpty())
            QVERIFY(!editor.submit());
    }

    void declareRecordsAnswersAndMakesDeclarerCommander()
    {
        testing::StartedApp app(false, QStringLiteral("Alex Kim"));
        QVERIFY(app.settle());
        DeclareIncidentEditor editor;
        editor.setApp(app.app.get());
        QSignalSpy declared(&editor, &DeclareIncidentEditor::declared);
        editor.setTitle(QStringLiteral("  Login fails for SSO users "));
        editor.setSeverity(2);
        editor.setServices(QStringLiteral("auth, sso-bridge, , auth"));
        editor.setCustomerVisible(true);
        QVERIFY(editor.declareAdvised());
        QVERIFY(editor.submit());
        QTRY_COMPARE(declared.size(), 1);
        QCOMPARE(editor.title(), QString()); // cleared for the next one
        QVERIFY(app.settle());

        QCOMPARE(app->board()->rowCount(), 1);
        const QModelIndex card = app->board()->index(0);
        QCOMPARE(card.data(BoardModel::TitleRole).toString(), QStringLiteral("Login fails for SSO users"));
        QCOMPARE(card.data(BoardModel::CommanderRole).toString(), QStringLiteral("Alex Kim"));
        QCOMPARE(card.data(BoardModel::ServicesRole).toStringList(),
                 (QStringList {QStringLiteral("auth"), QStringLiteral("sso-bridge")}));
        QCOMPARE(card.data(BoardModel::StateRole).toString(), QStringLiteral("investigating"));

        app->room()->open(declared.first().first().toString());
        QVERIFY(app.settle());
        QCOMPARE(app->room()->declareReasons(),
                 QStringList {QStringLiteral("Customers can see the problem")});
        QCOMPARE(app->room()->log()->rowCount(), 2);
    }

    void declaringFromAlertsLinksThemAndDatesDetectionToTheFirst()
    {
        testing::StartedApp app(false, QStringLiteral("Dana Ruiz"));
        QVERIFY(app.settle());
        // A real poll of an Alertmanager stand-in: two checkout alerts, the first firing for
        // seven minutes.
        testing::FakeAlertmanager am;
        const qint64 firstStart = app->nowMs() - 7 * 60'000;
        for (const auto &[fingerprint, start] : {std::pair {QStringLiteral("6a4f37c34a2d1e4b"), firstStart},
                                                 {QStringLiteral("8b1d"), firstStart + 60'000}}) {
            QJsonObject alert = testing::FakeAlertmanager::alert(fingerprint, QStringLiteral("HighLatency"),
                                                                 QStringLiteral("checkout-api"), start);
            alert.insert(
                QStringLiteral("annotations"),
                QJsonObject {{QStringLiteral("summary"), QStringLiteral("p99 latency above 2 s")},
                             {QStringLiteral("description"), QStringLiteral("p99 is 3.4 s in eu-west-1")}});
            am.alerts.append(alert);
        }
        app->detection()->setSources({am.url()}, {60'000, 60'000, 2000});
        QTRY_COMPARE(app->detection()->groups()->rowCount(), 1);
        const alerts::AlertGroup group = app->detection()->groups()->groups().first();
        QCOMPARE(group.earliestStartMs, firstStart);

        DeclareIncidentEditor editor;
        editor.setApp(app.app.get());
        QVERIFY(!editor.fillFromAlerts(QStringLiteral("gone")));
        QVERIFY(editor.fillFromAlerts(group.key));
        QCOMPARE(editor.title(), QStringLiteral("checkout-api: p99 latency above 2 s"));
        QCOMPARE(editor.severity(), 2);
        QCOMPARE(editor.services(), QStringLiteral("checkout-api"));
        QCOMPARE(editor.summary(), QStringLiteral("p99 is 3.4 s in eu-west-1"));
        QCOMPARE(editor.alertCount(), 2);
        QCOMPARE(qint64(editor.detectedAt()), group.earliestStartMs);
        QVERIFY(editor.valid());

        QSignalSpy declared(&editor, &DeclareIncidentEditor::declared);
        QVERIFY(editor.submit());
        QTRY_COMPARE(declared.size(), 1);
        QCOMPARE(editor.alertCount(), 0); // cleared with the form
        QVERIFY(app.settle());
        const QString id = declared.first().first().toString();
        std::optional<Incident> incident;
        app->storeClient()->run<StoreResult<std::optional<Incident>>>(
            app.app.get(), [id](Store &store) { return store.incident(id); },
            [&incident](const StoreResult<std::optional<Incident>> &result) {
                if (result.ok())
                    incident = result.value;
            });
        QTRY_VERIFY(incident.has_value());
        QCOMPARE(incident->alerts.size(), 2);
        QCOMPARE(incident->alerts.value(QStringLiteral("8b1d")).name, QStringLiteral("HighLatency"));
        QCOMPARE(incident->alerts.value(QStringLiteral("8b1d")).source, am.url().toString());
        // MTTD is real: detected when the first alert started, acknowledged when declared.
        QCOMPARE(incident->milestones.value(Milestone::Detected), group.earliestStartMs);
        QVERIFY(incident->milestones.value(Milestone::Acknowledged) > group.earliestStartMs);
        app->room()->open(id);
        QVERIFY(app.settle());
        bool logged = false;
        for (int row = 0; row < app->room()->log()->rowCount(); ++row)
            logged |= app->room()
                          ->log()
                          ->index(row)
                          .data(LogModel::TextRole)
                          .toString()
                          .contains(QStringLiteral(
                              "Alertmanager alerts linked: HighLatency on checkout-api (2 in all)"));
        QVERIFY(logged);
    }
};

QTEST_MAIN(TestDeclareIncidentEditor)
#include "tst_declareincidenteditor.moc"

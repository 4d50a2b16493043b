// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/commsdesk.h"
#include "app/commssettingseditor.h"
#include "app/declareincidenteditor.h"
#include "app/incidentdetailseditor.h"
#include "app/incidentroom.h"
#include "app/logmodel.h"
#include "apptesting.h"

#include <QSignalSpy>

using namespace muster;

class TestIncidentDetailsEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEditsAndLogsEachChange()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        IncidentDetailsEditor editor;
        editor.setRoom(app->room());
        QVERIFY(!editor.valid()); // nothing open yet
        app->room()->open(app->board()->topIncidentId());
        QVERIFY(app.settle());
        editor.load();
        QCOMPARE(editor.title(), QStringLiteral("Checkout failing with HTTP 502 for EU customers"));
        QCOMPARE(editor.services(), QStringLiteral("checkout-api, payments-api, edge"));
        QVERIFY(editor.valid());
        const int logBefore = app->room()->log()->rowCount();

        editor.setTitle(QStringLiteral("\t"));
        QVERIFY(!editor.valid());
        QVERIFY(!editor.submit());
        editor.setTitle(QStringLiteral("Checkout 502s in eu-west-1"));
        editor.setServices(QStringLiteral("checkout-api"));
        editor.setImpact(QStringLiteral("EU card payments fail"));
        QVERIFY(editor.submit());
        QVERIFY(app.settle());
        QCOMPARE(app->room()->title(), QStringLiteral("Checkout 502s in eu-west-1"));
        QCOMPARE(app->room()->services(), QStringList {QStringLiteral("checkout-api")});
        QCOMPARE(app->room()->impact(), QStringLiteral("EU card payments fail"));
        QTRY_COMPARE(app->room()->log()->rowCount(), logBefore + 3); // title, services, impact
    }

    void theBridgeLinkIsCheckedThenSavedAndANewIncidentStartsWithTheDefault()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        IncidentDetailsEditor editor;
        editor.setRoom(app->room());
        app->room()->open(app->board()->topIncidentId());
        QVERIFY(app.settle());
        editor.load();
        editor.setBridge(QStringLiteral("file:///etc/passwd"));
        QVERIFY(!editor.valid());
        QVERIFY(editor.problem().contains(QStringLiteral("https://")));
        QVERIFY(!editor.submit());
        editor.setBridge(QStringLiteral("https://meet.example.com/abc-defg-hij"));
        QVERIFY(editor.submit());
        QVERIFY(app.settle());
        QCOMPARE(app->room()->bridge(), QStringLiteral("https://meet.example.com/abc-defg-hij"));
        QCOMPARE(app->room()->bridgeLabel(), QStringLiteral("meet.example.com/abc-defg-hij"));

        // The workspace's default, set in the communication settings, goes to the next declared.
        CommsSettingsEditor *settings = app->comms()->editor();
        settings->editCadence();
        settings->setProperty("defaultBridge", QStringLiteral("javascript:alert(1)"));
        QVERIFY(!settings->saveDefaultBridge().isEmpty());
        settings->setProperty("defaultBridge", QStringLiteral("https://jitsi.example.org/war-room"));
        QCOMPARE(settings->saveDefaultBridge(), QString());
        QVERIFY(app.settle());
        QTRY_COMPARE(app->comms()->settings().defaultBridge,
                     QStringLiteral("https://jitsi.example.org/war-room"));
        DeclareIncidentEditor declare;
        declare.setApp(app.app.get());
        QSignalSpy declared(&declare, &DeclareIncidentEditor::declared);
        declare.setTitle(QStringLiteral("Search is down"));
        declare.setSeverity(2);
        QVERIFY(declare.submit());
        QTRY_COMPARE(declared.size(), 1);
        QVERIFY(app.settle());
        app->room()->open(declared.first().at(0).toString());
        QVERIFY(app.settle());
        QTRY_COMPARE(app->room()->bridge(), QStringLiteral("https://jitsi.example.org/war-room"));
    }
};

QTEST_MAIN(TestIncidentDetailsEditor)
#include "tst_incidentdetailseditor.moc"

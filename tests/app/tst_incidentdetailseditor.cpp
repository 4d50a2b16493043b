// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/incidentdetailseditor.h"
#include "app/incidentroom.h"
#include "app/logmodel.h"
#include "apptesting.h"

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
};

QTEST_MAIN(TestIncidentDetailsEditor)
#include "tst_incidentdetailseditor.moc"

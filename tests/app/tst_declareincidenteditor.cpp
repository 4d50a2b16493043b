// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/declareincidenteditor.h"
#include "app/incidentroom.h"
#include "app/logmodel.h"
#include "apptesting.h"

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
};

QTEST_MAIN(TestDeclareIncidentEditor)
#include "tst_declareincidenteditor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/peoplemodel.h"
#include "app/personeditor.h"
#include "apptesting.h"

#include <QSignalSpy>

using namespace muster;

class TestPersonEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsAndEditsPeople()
    {
        testing::StartedApp app(false, QStringLiteral("Priya Raman"));
        QVERIFY(app.settle());
        QCOMPARE(app->people()->rowCount(), 1); // the user joined the directory at start

        PersonEditor editor;
        editor.setApp(app.app.get());
        QSignalSpy saved(&editor, &PersonEditor::saved);
        QVERIFY(editor.isNew());
        QVERIFY(!editor.valid());
        editor.setName(QStringLiteral("priya raman"));
        QVERIFY2(editor.problem().contains(QStringLiteral("already")), qPrintable(editor.problem()));
        editor.setName(QStringLiteral("Zoë Ødegaard"));
        editor.setEmail(QStringLiteral("not an address"));
        QVERIFY(!editor.valid());
        editor.setEmail(QStringLiteral("zoe@example.com"));
        editor.setTeam(QStringLiteral("Databases"));
        editor.setHandle(QStringLiteral("+47 22 00 00 00"));
        QVERIFY(editor.submit());
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(app.settle());
        QCOMPARE(app->people()->rowCount(), 2);
        const QString id = saved.first().first().toString();
        QCOMPARE(app->people()->person(id)->team, QStringLiteral("Databases"));

        editor.setPersonId(id);
        QVERIFY(!editor.isNew());
        QCOMPARE(editor.email(), QStringLiteral("zoe@example.com"));
        editor.setTeam(QStringLiteral("Storage"));
        QVERIFY(editor.submit());
        QTRY_COMPARE(saved.size(), 2);
        QVERIFY(app.settle());
        QCOMPARE(app->people()->rowCount(), 2);
        QCOMPARE(app->people()->person(id)->team, QStringLiteral("Storage"));
    }
};

QTEST_MAIN(TestPersonEditor)
#include "tst_personeditor.moc"

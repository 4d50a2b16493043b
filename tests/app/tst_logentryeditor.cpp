// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/incidentroom.h"
#include "app/logentryeditor.h"
#include "app/logmodel.h"
#include "apptesting.h"

#include <QSignalSpy>

using namespace muster;

class TestLogEntryEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEntriesOfEachKind()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        const QString incident = app->board()->topIncidentId();
        app->room()->open(incident);
        QVERIFY(app.settle());
        const int before = app->room()->log()->rowCount();

        LogEntryEditor editor;
        editor.setApp(app.app.get());
        QVERIFY(!editor.valid()); // no incident yet
        editor.setIncidentId(incident);
        QVERIFY(!editor.valid()); // no text yet
        QCOMPARE(editor.kindChoices().size(), 3);
        editor.setKind(QStringLiteral("system"));
        editor.setText(QStringLiteral("x"));
        QVERIFY(!editor.valid()); // people do not write system entries
        editor.setKind(QStringLiteral("decision"));
        editor.setText(
            QStringLiteral("Fail over to us-west-2 — \U0001F6A8 'quoted' \"double\" ; DROP TABLE ops"));
        QVERIFY(editor.submit());
        QTRY_COMPARE(editor.text(), QString()); // cleared once saved
        QCOMPARE(editor.kind(), QStringLiteral("decision")); // kept for a run of decisions
        QVERIFY(app.settle());
        QTRY_COMPARE(app->room()->log()->rowCount(), before + 1);
        const QModelIndex newest = app->room()->log()->index(0);
        QCOMPARE(newest.data(LogModel::KindRole).toString(), QStringLiteral("decision"));
        QVERIFY(newest.data(LogModel::TextRole).toString().endsWith(QStringLiteral("DROP TABLE ops")));
        QCOMPARE(newest.data(LogModel::AuthorRole).toString(), QStringLiteral("Priya Raman"));
    }
};

QTEST_MAIN(TestLogEntryEditor)
#include "tst_logentryeditor.moc"

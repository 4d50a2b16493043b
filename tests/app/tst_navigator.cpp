// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/incidentroom.h"
#include "app/navigator.h"
#include "apptesting.h"

#include <QSignalSpy>

using namespace muster;

class TestNavigator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDetectionInboxIsAView()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        Navigator *nav = app->navigator();
        nav->showDetection();
        QCOMPARE(nav->view(), QStringLiteral("detection"));
        QVERIFY(Navigator::isKnownView(QStringLiteral("detection")));
        nav->back();
        QCOMPARE(nav->view(), QStringLiteral("board"));
    }

    void viewsWithoutAnIncidentByName()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        Navigator *nav = app->navigator();
        for (const char16_t *name : {u"people", u"detection", u"actions", u"metrics", u"wall", u"board"}) {
            const QString view = QString::fromUtf16(name);
            QVERIFY(nav->showListView(view));
            QCOMPARE(nav->view(), view);
        }
        // An incident needs its id; anything else is not a view.
        QVERIFY(!nav->showListView(QStringLiteral("incident")));
        QVERIFY(!nav->showListView(QStringLiteral("retrospective")));
        QVERIFY(!nav->showListView(QStringLiteral("'; DROP")));
        QCOMPARE(nav->view(), QStringLiteral("board"));
    }

    void aPersonIsShownInTheDirectory()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        Navigator *nav = app->navigator();
        QSignalSpy person(nav, &Navigator::personRequested);
        nav->showPerson(QStringLiteral("p-1"));
        QCOMPARE(nav->view(), QStringLiteral("people"));
        QCOMPARE(person.size(), 1);
        QCOMPARE(person.constLast().constFirst().toString(), QStringLiteral("p-1"));
        // The same person again (after scrolling away, say) is asked for again; going to People
        // another way asks for nobody.
        nav->showPerson(QStringLiteral("p-1"));
        QCOMPARE(person.size(), 2);
        nav->showBoard();
        nav->showPeople();
        QCOMPARE(person.size(), 2);
    }

    void syncSettingsOpenOverTheCurrentView()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        Navigator *nav = app->navigator();
        nav->showPeople();
        QSignalSpy requested(nav, &Navigator::syncSettingsRequested);
        QSignalSpy changed(nav, &Navigator::viewChanged);
        nav->showSyncSettings();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(nav->view(), QStringLiteral("people"));
    }

    void opensIncidentsAndGoesBack()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        Navigator *nav = app->navigator();
        QSignalSpy changed(nav, &Navigator::viewChanged);
        QCOMPARE(nav->view(), QStringLiteral("board"));
        nav->openIncident(QString()); // nothing to open: stays
        QCOMPARE(nav->view(), QStringLiteral("board"));
        nav->openIncident(app->board()->topIncidentId());
        QCOMPARE(nav->view(), QStringLiteral("incident"));
        QVERIFY(app.settle());
        QCOMPARE(app->room()->severity(), 1);
        nav->showPeople();
        QCOMPARE(nav->view(), QStringLiteral("people"));
        nav->back();
        QCOMPARE(nav->view(), QStringLiteral("board"));
        QCOMPARE(changed.size(), 3);
        QVERIFY(Navigator::isKnownView(QStringLiteral("people")));
        QVERIFY(Navigator::isKnownView(QStringLiteral("wall")));
        QVERIFY(Navigator::isKnownView(QStringLiteral("metrics")));
        QVERIFY(!Navigator::isKnownView(QStringLiteral("dashboard")));
    }
};

QTEST_MAIN(TestNavigator)
#include "tst_navigator.moc"

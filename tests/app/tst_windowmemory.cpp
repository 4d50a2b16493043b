// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardmodel.h"
#include "app/incidentroom.h"
#include "app/navigator.h"
#include "app/windowmemory.h"
#include "apptesting.h"

#include <QScreen>
#include <QSettings>
#include <QWindow>

using namespace muster;

class TestWindowMemory : public QObject
{
    Q_OBJECT

    static constexpr QSize kMinimum {1024, 640};
    static constexpr QSize kFallback {1366, 768};
    const QRect laptop {0, 0, 1920, 1080};
    const QRect rightMonitor {1920, 0, 2560, 1440};

private Q_SLOTS:
    void aPlaceOnAScreenIsKept()
    {
        const QRect saved(200, 100, 1400, 900);
        QCOMPARE(WindowMemory::placeOnScreens(saved, {laptop}, kMinimum, kFallback), saved);
        const QRect onTheRight(2100, 50, 1600, 1000);
        QCOMPARE(WindowMemory::placeOnScreens(onTheRight, {laptop, rightMonitor}, kMinimum, kFallback),
                 onTheRight);
    }

    void aPlaceOnAMonitorThatIsGoneOpensCentredOnTheFirstScreen()
    {
        const QRect onTheRight(2100, 50, 1600, 1000);
        const QRect placed = WindowMemory::placeOnScreens(onTheRight, {laptop}, kMinimum, kFallback);
        QCOMPARE(placed.size(), kFallback);
        QCOMPARE(placed.center(), laptop.center());
        // A title bar above the top of every screen cannot be grabbed: the same.
        const QRect aboveTheTop(100, -200, 1400, 900);
        QCOMPARE(WindowMemory::placeOnScreens(aboveTheTop, {laptop}, kMinimum, kFallback).center(),
                 laptop.center());
        // Nothing saved yet.
        QCOMPARE(WindowMemory::placeOnScreens({}, {laptop}, kMinimum, kFallback).size(), kFallback);
    }

    void aPlaceLargerThanItsScreenIsShrunkOntoIt()
    {
        // Saved on the big monitor, now half on the laptop's: fits the laptop's screen.
        const QRect big(300, 0, 2400, 1400);
        const QRect placed = WindowMemory::placeOnScreens(big, {laptop}, kMinimum, kFallback);
        QVERIFY(laptop.contains(placed));
        QCOMPARE(placed.size(), laptop.size());
        // Never below the window's minimum, even on a small screen.
        const QRect small(0, 0, 800, 600);
        QCOMPARE(WindowMemory::placeOnScreens(QRect(10, 10, 900, 500), {small}, kMinimum, kFallback).size(),
                 kMinimum);
    }

    void whatIsSavedIsWhatIsRead()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("muster.conf")), QSettings::IniFormat);
        WindowMemory::write(
            settings,
            {QRect(40, 50, 1500, 900), true, QStringLiteral("incident"), QStringLiteral("01JP'; DROP")});
        const WindowMemory::Saved read = WindowMemory::read(settings);
        QCOMPARE(read.geometry, QRect(40, 50, 1500, 900));
        QVERIFY(read.maximized);
        QCOMPARE(read.view, QStringLiteral("incident"));
        QCOMPARE(read.incidentId, QStringLiteral("01JP'; DROP"));
        QTemporaryDir empty;
        QSettings nothing(empty.filePath(QStringLiteral("muster.conf")), QSettings::IniFormat);
        QVERIFY(WindowMemory::read(nothing).geometry.isNull());
    }

    void theWallAndUnknownViewsComeBackAsTheBoard()
    {
        QCOMPARE(WindowMemory::restorableView(QStringLiteral("wall")), QStringLiteral("board"));
        QCOMPARE(WindowMemory::restorableView(QStringLiteral("no such view")), QStringLiteral("board"));
        QCOMPARE(WindowMemory::restorableView(QStringLiteral("metrics")), QStringLiteral("metrics"));
    }

    void theIncidentThatWasOpenIsOpenAgain()
    {
        testing::StartedApp first(true);
        QVERIFY(first.settle());
        QVERIFY(QTest::qWaitFor([&] { return first->board()->rowCount() > 0; }));
        const QString incident = first->board()->index(1).data(BoardModel::IdRole).toString();
        QWindow window;
        window.show();
        WindowMemory memory(&window, first.app.get());
        first->navigator()->openIncident(incident);
        window.setGeometry(QRect(60, 70, 1400, 880));
        // The window system reports the move in the event loop, as it does on a desktop.
        QTRY_COMPARE(memory.current().geometry, QRect(60, 70, 1400, 880));
        const WindowMemory::Saved saved = memory.current();
        QCOMPARE(saved.view, QStringLiteral("incident"));
        QCOMPARE(saved.incidentId, incident);
        QCOMPARE(saved.geometry, QRect(60, 70, 1400, 880));
        QVERIFY(!saved.maximized);

        // The next start, on the same data: restored before the app is ready, applied after.
        testing::StartedApp next(std::move(first.dir), QStringLiteral("Priya Raman"));
        first.app.reset();
        QWindow nextWindow;
        WindowMemory nextMemory(&nextWindow, next.app.get());
        nextMemory.restore(saved);
        QVERIFY(next.settle());
        QVERIFY(QTest::qWaitFor([&] { return next->navigator()->view() == u"incident"; }));
        QCOMPARE(next->room()->incidentId(), incident);
        // Placed as saved, fitted to this screen (the offscreen platform's is 800x800).
        const QRect screen = nextWindow.screen()->availableGeometry();
        QCOMPARE(nextWindow.geometry(),
                 WindowMemory::placeOnScreens(saved.geometry, {screen}, nextWindow.minimumSize(), QSize()));
        QVERIFY(screen.contains(nextWindow.geometry()));
    }

    void aMaximizedWindowIsRememberedMaximizedOverItsNormalPlace()
    {
        testing::StartedApp app(true);
        QVERIFY(app.settle());
        QWindow window;
        window.setGeometry(QRect(60, 70, 700, 500));
        window.show();
        WindowMemory memory(&window, app.app.get());
        QTRY_COMPARE(memory.current().geometry, QRect(60, 70, 700, 500));
        window.showMaximized();
        QTRY_COMPARE(window.visibility(), QWindow::Maximized);
        QVERIFY(window.geometry() != QRect(60, 70, 700, 500));
        QTest::qWait(600); // longer than the settling time: the maximized size must not count
        // Closing hides the window before Muster saves.
        window.hide();
        const WindowMemory::Saved saved = memory.current();
        QVERIFY(saved.maximized);
        QCOMPARE(saved.geometry, QRect(60, 70, 700, 500));
        window.showNormal();
        QTRY_VERIFY(!memory.current().maximized);
    }

    void anIncidentNoLongerOnTheBoardLeavesTheBoardShowing()
    {
        testing::StartedApp app(true);
        QWindow window;
        WindowMemory memory(&window, app.app.get());
        memory.restore({{}, false, QStringLiteral("incident"), QStringLiteral("01JPNOSUCHINCIDENTAAAAAAAA")});
        QVERIFY(app.settle());
        QVERIFY(QTest::qWaitFor([&] { return app->board()->rowCount() > 0; }));
        QTest::qWait(50);
        QCOMPARE(app->navigator()->view(), QStringLiteral("board"));
    }

    void aListViewComesBack()
    {
        testing::StartedApp app(true);
        WindowMemory memory(nullptr, app.app.get());
        memory.restore({{}, false, QStringLiteral("detection"), {}});
        QVERIFY(app.settle());
        QCOMPARE(app->navigator()->view(), QStringLiteral("detection"));
        QCOMPARE(memory.current().view, QStringLiteral("detection"));
    }
};

QTEST_MAIN(TestWindowMemory)
#include "tst_windowmemory.moc"

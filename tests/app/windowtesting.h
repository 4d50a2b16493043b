// SPDX-License-Identifier: GPL-3.0-or-later
// The real window (Main.qml) on a started demo app, at a size responders use, for tests that
// look at the whole window: the focus chain, long translations. One place that loads it and
// goes to a view by name, so those tests judge the same window the program shows.
#pragma once

#include "app/boardmodel.h"
#include "app/navigator.h"
#include "apptesting.h"

#include <QDateTime>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>

namespace muster::testing {

// The window's clock: twenty minutes past midnight on a fixed day, then moving on as time
// passes. The demo's history then reaches back past midnight on every run, so the window always
// shows times of the day before with their date, the longest form; on the real clock that
// happened only to runs just after midnight.
inline qint64 shortlyAfterMidnight()
{
    static const qint64 start = QDateTime(QDate(2026, 3, 10), QTime(0, 20)).toMSecsSinceEpoch()
        - QDateTime::currentMSecsSinceEpoch();
    return QDateTime::currentMSecsSinceEpoch() + start;
}

struct RealWindow
{
    std::unique_ptr<StartedApp> app;

    // `fontScale` as --font-scale gives it; 0 follows the desktop's font.
    explicit RealWindow(double fontScale = 0)
        : app(std::make_unique<StartedApp>(true, QStringLiteral("Priya Raman"), shortlyAfterMidnight,
                                           fontScale))
    { }
    std::unique_ptr<QQmlApplicationEngine> engine = std::make_unique<QQmlApplicationEngine>();
    QQuickWindow *window = nullptr;

    // Loads the window and waits for the board; false (with a test failure) when it cannot.
    bool open(const QSize &size = {1366, 768})
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(app->app.get())}});
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Muster/Main.qml")));
        if (engine->rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        if (!window)
            return false;
        window->resize(size);
        window->show();
        window->requestActivate();
        return QTest::qWaitForWindowExposed(window) && app->settle()
            && QTest::qWaitFor([this] { return (*app)->board()->rowCount() > 0; });
    }

    // "board", "people", … or "incident" (the first on the board) or "retrospective" (of the
    // first incident in its retrospective); waits until it has loaded and drawn.
    bool show(const QString &view)
    {
        Navigator *navigator = (*app)->navigator();
        if (view == u"incident")
            navigator->openIncident((*app)->board()->topIncidentId());
        else if (view == u"retrospective")
            navigator->openRetrospective((*app)->board()->firstIdInState(QStringLiteral("learning")));
        else if (!navigator->showListView(view))
            return false;
        const bool settled = app->settle();
        QTest::qWait(300);
        return settled;
    }

    static QStringList workstationViews()
    {
        return {QStringLiteral("board"),        QStringLiteral("incident"), QStringLiteral("people"),
                QStringLiteral("detection"),    QStringLiteral("actions"),  QStringLiteral("metrics"),
                QStringLiteral("retrospective")};
    }

    ~RealWindow()
    {
        engine.reset(); // the window goes before the app it shows
        app.reset();
    }
};

} // namespace muster::testing

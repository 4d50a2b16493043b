// SPDX-License-Identifier: GPL-3.0-or-later
// Where the window was and what it showed when Muster last closed, so that the next start opens
// the same way: the same place and size (or maximized), the same view, the same incident. Kept
// in QSettings, group "window". A place that is no longer on any screen (a monitor unplugged
// since) is not restored: the window opens centred on the first screen instead.
#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>
#include <QTimer>
#include <QWindow>

class QSettings;

namespace muster {

class MusterApp;

class WindowMemory : public QObject
{
    Q_OBJECT

public:
    struct Saved
    {
        QRect geometry; // the window's normal (not maximized) place; null when never saved
        bool maximized = false;
        QString view; // as Navigator::view(); "incident" and "retrospective" name incidentId
        QString incidentId;
    };

    static Saved read(QSettings &settings);
    static void write(QSettings &settings, const Saved &saved);

    // The geometry to open with, given the screens' available areas: the saved one when its
    // title bar is on a screen, shrunk to fit that screen; otherwise `fallback` centred on the
    // first screen. Never smaller than `minimum`.
    static QRect placeOnScreens(const QRect &saved, const QList<QRect> &screens, const QSize &minimum,
                                const QSize &fallback);
    // The view to come back to: the wall is a mode chosen at start (--wall), not a place to
    // return to, and anything unknown is the board.
    static QString restorableView(const QString &view);

    // Follows `window` (its normal geometry) and the app's navigator from now on.
    WindowMemory(QWindow *window, MusterApp *app, QObject *parent = nullptr);

    // Places the window as saved and, once the app is ready, goes back to the saved view (an
    // incident only when the board still has it).
    void restore(const Saved &saved);
    // What to save now.
    Saved current() const;

private:
    void noteGeometry();
    void noteVisibility(QWindow::Visibility visibility);
    void restoreView();

    QPointer<QWindow> m_window;
    MusterApp *m_app;
    QRect m_normalGeometry;
    bool m_maximized = false;
    QTimer m_settle;
    Saved m_pending;
    bool m_viewRestored = false;
};

} // namespace muster

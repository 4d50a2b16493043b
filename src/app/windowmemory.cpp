// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowmemory.h"

#include "boardmodel.h"
#include "incidentroom.h"
#include "musterapp.h"
#include "navigator.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWindow>

namespace muster {

namespace {
// How much of the window's top must be on a screen for the saved place to count as visible:
// enough of the title bar to grab it.
constexpr int kGrabbableWidth = 120;
constexpr int kGrabbableHeight = 32;
} // namespace

WindowMemory::Saved WindowMemory::read(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("window"));
    Saved saved;
    saved.geometry = settings.value(QStringLiteral("geometry")).toRect();
    saved.maximized = settings.value(QStringLiteral("maximized"), false).toBool();
    saved.view = settings.value(QStringLiteral("view")).toString();
    saved.incidentId = settings.value(QStringLiteral("incident")).toString();
    settings.endGroup();
    return saved;
}

void WindowMemory::write(QSettings &settings, const Saved &saved)
{
    settings.beginGroup(QStringLiteral("window"));
    if (saved.geometry.isValid())
        settings.setValue(QStringLiteral("geometry"), saved.geometry);
    settings.setValue(QStringLiteral("maximized"), saved.maximized);
    settings.setValue(QStringLiteral("view"), saved.view);
    settings.setValue(QStringLiteral("incident"), saved.incidentId);
    settings.endGroup();
}

QRect WindowMemory::placeOnScreens(const QRect &saved, const QList<QRect> &screens, const QSize &minimum,
                                   const QSize &fallback)
{
    if (screens.isEmpty())
        return saved.isValid() ? saved : QRect(QPoint(0, 0), fallback.expandedTo(minimum));
    if (saved.isValid()) {
        const QRect titleBar(saved.topLeft(), QSize(saved.width(), kGrabbableHeight));
        for (const QRect &screen : screens) {
            const QRect visible = titleBar.intersected(screen);
            if (visible.width() >= std::min(kGrabbableWidth, saved.width())
                && visible.height() >= kGrabbableHeight) {
                const QSize size = saved.size().boundedTo(screen.size()).expandedTo(minimum);
                QRect placed(saved.topLeft(), size);
                // Shrunk or not, keep it on this screen.
                placed.moveLeft(std::clamp(placed.left(), screen.left(),
                                           std::max(screen.left(), screen.right() - size.width() + 1)));
                placed.moveTop(std::clamp(placed.top(), screen.top(),
                                          std::max(screen.top(), screen.bottom() - size.height() + 1)));
                return placed;
            }
        }
    }
    const QRect first = screens.constFirst();
    const QSize size = fallback.boundedTo(first.size()).expandedTo(minimum);
    QRect placed(QPoint(0, 0), size);
    placed.moveCenter(first.center());
    return placed;
}

QString WindowMemory::restorableView(const QString &view)
{
    if (view == u"wall" || !Navigator::isKnownView(view))
        return QStringLiteral("board");
    return view;
}

WindowMemory::WindowMemory(QWindow *window, MusterApp *app, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_app(app)
{
    if (m_window) {
        m_normalGeometry = m_window->geometry();
        for (auto signal :
             {&QWindow::xChanged, &QWindow::yChanged, &QWindow::widthChanged, &QWindow::heightChanged})
            connect(m_window, signal, this, &WindowMemory::noteGeometry);
    }
}

void WindowMemory::noteGeometry()
{
    // Only the windowed place: maximized and full screen are states over it, not places.
    if (m_window && m_window->visibility() == QWindow::Windowed)
        m_normalGeometry = m_window->geometry();
}

void WindowMemory::restore(const Saved &saved)
{
    if (m_window) {
        QList<QRect> screens;
        for (QScreen *screen : QGuiApplication::screens())
            screens.append(screen->availableGeometry());
        const QRect placed
            = placeOnScreens(saved.geometry, screens, m_window->minimumSize(), m_window->size());
        m_window->setGeometry(placed);
        m_normalGeometry = placed;
        if (saved.maximized)
            m_window->showMaximized();
    }
    m_pending = saved;
    m_pending.view = restorableView(saved.view);
    if (m_app->ready())
        restoreView();
    else
        connect(m_app, &MusterApp::readyChanged, this, &WindowMemory::restoreView, Qt::SingleShotConnection);
}

void WindowMemory::restoreView()
{
    if (m_viewRestored || !m_app->ready())
        return;
    Navigator *navigator = m_app->navigator();
    const QString &view = m_pending.view;
    if (view == u"incident" || view == u"retrospective") {
        // The board loads after the app is ready; the incident is opened once it is there.
        BoardModel *board = m_app->board();
        auto openIfListed = [this, navigator, board] {
            if (m_viewRestored || board->indexOfId(m_pending.incidentId) < 0)
                return;
            m_viewRestored = true;
            if (navigator->view() != u"board")
                return; // the person has gone elsewhere meanwhile
            if (m_pending.view == u"retrospective")
                navigator->openRetrospective(m_pending.incidentId);
            else
                navigator->openIncident(m_pending.incidentId);
        };
        connect(board, &BoardModel::countChanged, this, openIfListed);
        openIfListed();
        return;
    }
    m_viewRestored = true;
    if (view == u"people")
        navigator->showPeople();
    else if (view == u"detection")
        navigator->showDetection();
    else if (view == u"actions")
        navigator->showActionItems();
    else if (view == u"metrics")
        navigator->showMetrics();
}

WindowMemory::Saved WindowMemory::current() const
{
    Saved saved;
    if (m_window) {
        saved.geometry = m_normalGeometry;
        saved.maximized = m_window->visibility() == QWindow::Maximized;
    }
    const QString view = m_app->navigator()->view();
    saved.view = restorableView(view);
    if (saved.view == u"incident" || saved.view == u"retrospective")
        saved.incidentId = m_app->room()->incidentId();
    return saved;
}

} // namespace muster

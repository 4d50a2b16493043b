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
// How long the window's geometry must stay still before it counts as the normal place. Window
// managers report a maximize as a resize first and a state change after; recording at once
// would take the maximized size for the normal one.
constexpr int kSettleMs = 400;
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
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &WindowMemory::noteGeometry);
    if (m_window) {
        m_normalGeometry = m_window->geometry();
        m_maximized = m_window->visibility() == QWindow::Maximized;
        for (auto signal :
             {&QWindow::xChanged, &QWindow::yChanged, &QWindow::widthChanged, &QWindow::heightChanged})
            connect(m_window, signal, &m_settle, qOverload<>(&QTimer::start));
        connect(m_window, &QWindow::visibilityChanged, this, &WindowMemory::noteVisibility);
    }
}

void WindowMemory::noteGeometry()
{
    // Only the windowed place: maximized and full screen are states over it, not places.
    if (m_window && m_window->visibility() == QWindow::Windowed)
        m_normalGeometry = m_window->geometry();
}

void WindowMemory::noteVisibility(QWindow::Visibility visibility)
{
    // Hidden and minimized say nothing about how the window should open: closing hides the
    // window before Muster saves, and that must not forget that it was maximized.
    if (visibility == QWindow::Windowed) {
        m_maximized = false;
    } else if (visibility == QWindow::Maximized) {
        m_maximized = true;
        m_settle.stop(); // the resize that came with it is not a normal place
    }
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
        m_maximized = saved.maximized;
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
        // It is given up when the person goes elsewhere first, or when the board has loaded
        // without it (resolved and archived, or deleted, since): an incident that turns up an
        // hour later must not pull the window away from what the person is doing.
        auto giveUp = [this, board, navigator] {
            m_viewRestored = true;
            disconnect(board, nullptr, this, nullptr);
            disconnect(navigator, nullptr, this, nullptr);
        };
        auto openIfListed = [this, navigator, board, giveUp] {
            if (m_viewRestored)
                return;
            if (board->indexOfId(m_pending.incidentId) < 0) {
                if (board->rowCount() > 0)
                    giveUp();
                return;
            }
            giveUp();
            if (navigator->view() != u"board")
                return; // the person has gone elsewhere meanwhile
            if (m_pending.view == u"retrospective")
                navigator->openRetrospective(m_pending.incidentId);
            else
                navigator->openIncident(m_pending.incidentId);
        };
        connect(board, &BoardModel::countChanged, this, openIfListed);
        connect(navigator, &Navigator::viewChanged, this, giveUp);
        openIfListed();
        return;
    }
    m_viewRestored = true;
    if (view != u"wall") // restorableView() never gives it; the wall is chosen at start
        navigator->showListView(view);
}

WindowMemory::Saved WindowMemory::current() const
{
    Saved saved;
    if (m_window) {
        // A move that has not settled yet still counts when the window is plainly windowed.
        saved.geometry = m_settle.isActive() && m_window->visibility() == QWindow::Windowed
            ? m_window->geometry()
            : m_normalGeometry;
        saved.maximized = m_maximized;
    }
    const QString view = m_app->navigator()->view();
    saved.view = restorableView(view);
    if (saved.view == u"incident" || saved.view == u"retrospective")
        saved.incidentId = m_app->room()->incidentId();
    return saved;
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The war-room wall (`muster --wall`, or View → Wall display): read-only, live. Reads the
// active incidents with their latest log lines on the store thread whenever something changes
// while the wall shows, and turns the pages when the tiles do not fit on one.
#pragma once
#include "wallmodel.h"

#include <QObject>
#include <QTimer>
#include <QtQmlIntegration>

namespace muster {

class StoreClient;

class WallDisplay : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The wall display belongs to MusterApp")
    Q_PROPERTY(muster::WallModel *tiles READ tiles CONSTANT)
    // Set by the wall view while it shows: only then does the wall read the store and turn pages.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // False until the first reading arrived (the calm state must not flash up before it).
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(int page READ page NOTIFY pageChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY pageCountChanged)
    Q_PROPERTY(int pageSeconds READ pageSeconds CONSTANT)
    // When the most recent real incident (not a drill) was resolved; 0: never.
    Q_PROPERTY(double lastResolvedAt READ lastResolvedAt NOTIFY lastResolvedAtChanged)

public:
    static constexpr int minPageSeconds = 5;
    static constexpr int maxPageSeconds = 300;

    WallDisplay(StoreClient *store, int pageSeconds, QObject *parent = nullptr);

    WallModel *tiles() const { return m_tiles; }
    bool active() const { return m_active; }
    void setActive(bool active);
    bool loaded() const { return m_loaded; }
    int page() const { return m_page; }
    int pageCount() const { return m_tiles->pageCount(); }
    int pageSeconds() const { return m_pageSeconds; }
    double lastResolvedAt() const { return double(m_lastResolvedMs); }

    // Something changed in the store: read again soon (changes in one burst are read once).
    void refresh();
    // The next page now (the rotation timer; tests).
    Q_INVOKABLE void nextPage();

Q_SIGNALS:
    void activeChanged();
    void loadedChanged();
    void pageChanged();
    void pageCountChanged();
    void lastResolvedAtChanged();
    // A reading arrived and the tiles show it (tests, benchmarks).
    void refreshed();
    // The store could not be read; the wall keeps what it showed.
    void failed(const QString &message);

private:
    void read();
    void updateRotation();

    StoreClient *m_store;
    WallModel *m_tiles;
    QTimer m_coalesce; // one read per burst of changes
    QTimer m_rotation;
    bool m_active = false;
    bool m_loaded = false;
    bool m_reading = false;
    bool m_readAgain = false;
    int m_page = 0;
    int m_pageSeconds;
    qint64 m_lastResolvedMs = 0;
};

} // namespace muster

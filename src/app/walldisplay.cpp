// SPDX-License-Identifier: GPL-3.0-or-later
#include "walldisplay.h"

#include "store/storeclient.h"

#include <QHash>

namespace muster {

namespace {

struct WallReading
{
    QList<WallTile> tiles;
    qint64 lastResolvedMs = 0;
    StoreError error;
};

// On the store thread: the tiles with everything they show.
WallReading readWall(Store &store)
{
    WallReading reading;
    const auto incidents = store.activeIncidents();
    const auto people = store.people();
    const auto lastResolved = store.lastResolvedAt();
    for (const StoreError &error : {incidents.error, people.error, lastResolved.error}) {
        if (error) {
            reading.error = error;
            return reading;
        }
    }
    QHash<QString, QString> names;
    for (const Person &person : people.value)
        names.insert(person.id, person.name);
    reading.lastResolvedMs = lastResolved.value;
    for (const IncidentSummary &summary : incidents.value) {
        if (!isOnWall(summary.state))
            continue;
        WallTile tile {summary, {}, 0, 0, {}, {}};
        const auto incident = store.incident(summary.id);
        if (incident.error) {
            reading.error = incident.error;
            return reading;
        }
        if (incident.value) {
            const QString cl = incident.value->roles.value(Role::CommunicationsLead);
            tile.commsLeadName = cl.isEmpty() ? QString() : names.value(cl);
            for (auto it = incident.value->runbooks.cbegin(); it != incident.value->runbooks.cend(); ++it) {
                tile.stepsTotal += int(it->steps.size());
                for (int i = 0; i < it->steps.size(); ++i) {
                    const StepState state = incident.value->steps.value({it.key(), i}).state;
                    if (state == StepState::Done || state == StepState::Skipped)
                        ++tile.stepsFinished;
                }
            }
        }
        const auto log = store.logPage(summary.id, {}, WallModel::logLines);
        if (log.error) {
            reading.error = log.error;
            return reading;
        }
        tile.latest = log.value;
        reading.tiles.append(tile);
    }
    return reading;
}

} // namespace

WallDisplay::WallDisplay(StoreClient *store, int pageSeconds, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tiles(new WallModel(this))
    , m_pageSeconds(std::clamp(pageSeconds, minPageSeconds, maxPageSeconds))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(100);
    connect(&m_coalesce, &QTimer::timeout, this, &WallDisplay::read);
    m_rotation.setInterval(m_pageSeconds * 1000);
    connect(&m_rotation, &QTimer::timeout, this, &WallDisplay::nextPage);
}

void WallDisplay::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    if (m_active)
        read();
    updateRotation();
}

void WallDisplay::refresh()
{
    if (m_active && !m_coalesce.isActive())
        m_coalesce.start();
}

void WallDisplay::nextPage()
{
    const int count = pageCount();
    const int next = count > 0 ? (m_page + 1) % count : 0;
    if (next != m_page) {
        m_page = next;
        emit pageChanged();
    }
}

void WallDisplay::read()
{
    if (m_reading) {
        m_readAgain = true; // a change arrived while reading: read once more after
        return;
    }
    m_reading = true;
    m_store->run<WallReading>(this, &readWall, [this](const WallReading &reading) {
        m_reading = false;
        if (reading.error) {
            emit failed(reading.error.message);
        } else {
            const int pagesBefore = pageCount();
            m_tiles->setTiles(reading.tiles);
            if (pageCount() != pagesBefore)
                emit pageCountChanged();
            if (m_page >= std::max(1, pageCount())) {
                m_page = 0;
                emit pageChanged();
            }
            if (m_lastResolvedMs != reading.lastResolvedMs) {
                m_lastResolvedMs = reading.lastResolvedMs;
                emit lastResolvedAtChanged();
            }
            if (!m_loaded) {
                m_loaded = true;
                emit loadedChanged();
            }
            updateRotation();
            emit refreshed();
        }
        if (m_readAgain && m_active) {
            m_readAgain = false;
            read();
        }
    });
}

void WallDisplay::updateRotation()
{
    if (m_active && pageCount() > 1) {
        if (!m_rotation.isActive())
            m_rotation.start();
    } else {
        m_rotation.stop();
    }
}

} // namespace muster

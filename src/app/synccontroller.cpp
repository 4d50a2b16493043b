// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "store/storeclient.h"

#include <QDateTime>

namespace muster {

SyncController::SyncController(StoreClient *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SyncController::retryInSecondsChanged);
}

SyncController::~SyncController()
{
    stopEngine();
}

void SyncController::stopEngine()
{
    if (!m_engine)
        return;
    // The engine and its socket belong to the store thread: they end there.
    SyncEngine *engine = m_engine;
    m_engine = nullptr;
    QMetaObject::invokeMethod(
        engine,
        [engine] {
            engine->stop();
            delete engine;
        },
        Qt::BlockingQueuedConnection);
}

void SyncController::start(const QUrl &relay, const QString &clientName, const QString &accessToken)
{
    stopEngine();
    const quint64 thisStart = ++m_starts;
    m_relay = relay;
    m_refused = false;
    m_lastError.clear();
    emit relayUrlChanged();
    if (relay.isEmpty()) {
        m_state = State::LocalOnly;
        m_countdown.stop();
        emit stateChanged();
        emit peersChanged({});
        return;
    }
    SyncOptions options;
    options.relay = relay;
    options.clientName = clientName;
    options.accessToken = accessToken;
    m_store->run<std::pair<SyncEngine *, QString>>(
        this,
        [options, trusted = m_trusted](Store &store) {
            auto *transport = new WebSocketTransport;
            transport->setTrustedCertificates(trusted);
            return std::pair(new SyncEngine(store, transport, options), store.replicaId());
        },
        [this, thisStart](const std::pair<SyncEngine *, QString> &created) {
            SyncEngine *engine = created.first;
            if (thisStart != m_starts) {
                // start() was called again while this one was being made (a token saved just
                // after a new relay): the newer engine is the one that runs.
                QMetaObject::invokeMethod(engine, [engine] { delete engine; });
                return;
            }
            m_engine = engine;
            m_replicaId = created.second;
            // Signals cross from the store thread to this one, queued.
            connect(engine, &SyncEngine::stateChanged, this, [this, engine](SyncEngine::State state) {
                // A state queued just before start() replaced the engine arrives after it was
                // deleted on the store thread: never touch that one.
                if (m_engine != engine)
                    return;
                // retryAt and lastError are read on the store thread together with the state.
                QMetaObject::invokeMethod(engine, [this, engine, state] {
                    const qint64 retryAt = engine->retryAt();
                    const QString error = engine->lastError();
                    QMetaObject::invokeMethod(
                        this, [this, state, retryAt, error] { onEngineState(state, retryAt, error); });
                });
            });
            connect(engine, &SyncEngine::remoteApplied, this, &SyncController::remoteApplied);
            connect(engine, &SyncEngine::acknowledged, this, &SyncController::acknowledged);
            connect(engine, &SyncEngine::peersChanged, this, &SyncController::peersChanged);
            connect(engine, &SyncEngine::relayAlertsChanged, this, &SyncController::relayAlertsChanged);
            connect(engine, &SyncEngine::integrationsChanged, this, &SyncController::integrationsChanged);
            connect(engine, &SyncEngine::integrationAnswered, this, &SyncController::integrationAnswered);
            connect(engine, &SyncEngine::problem, this, [this](const QString &message) {
                m_lastError = message;
                emit stateChanged();
            });
            connect(engine, &SyncEngine::refused, this, [this, engine](const QString &message) {
                if (m_engine != engine)
                    return;
                m_refused = true;
                m_lastError = message;
                m_state = State::Refused;
                emit stateChanged();
            });
            if (m_presence)
                setPresence(*m_presence);
            QMetaObject::invokeMethod(engine, &SyncEngine::start);
        });
}

void SyncController::onEngineState(SyncEngine::State state, qint64 retryAt, const QString &error)
{
    if (!m_engine)
        return;
    switch (state) {
    case SyncEngine::State::Offline:
        m_state = m_refused ? State::Refused : State::Offline;
        break;
    case SyncEngine::State::Connecting:
        m_state = m_refused ? State::Refused : State::Connecting;
        break;
    case SyncEngine::State::CatchingUp:
        m_state = State::CatchingUp;
        break;
    case SyncEngine::State::Live:
        m_state = State::Synced;
        break;
    case SyncEngine::State::Stopped:
        m_state = State::LocalOnly;
        break;
    }
    if (state == SyncEngine::State::Offline) {
        if (!m_refused)
            m_lastError = error; // a refusal's reason stays: the retries fail the same way
        m_retryAt = retryAt;
        m_countdown.start();
    } else {
        m_countdown.stop();
        if (state == SyncEngine::State::Live) {
            m_lastError.clear();
            m_refused = false;
        }
    }
    emit stateChanged();
    emit retryInSecondsChanged();
}

int SyncController::retryInSeconds() const
{
    if (m_state != State::Offline)
        return 0;
    return int(std::max<qint64>(0, (m_retryAt - QDateTime::currentMSecsSinceEpoch() + 999) / 1000));
}

void SyncController::retryNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::connectNow);
}

void SyncController::pushPending()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::pushPending);
}

void SyncController::setPresence(const protocol::Presence &presence)
{
    const bool same = m_presence && m_presence->person == presence.person && m_presence->name == presence.name
        && m_presence->viewing == presence.viewing;
    if (same && m_engine)
        return; // the room reloads often; the team hears only real moves
    m_presence = presence;
    if (m_engine) {
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, presence] { engine->setPresence(presence); });
    }
}

qint64 SyncController::manageIntegration(protocol::ManageIntegration request)
{
    request.id = ++m_integrationRequests;
    const qint64 id = request.id;
    if (!m_engine) {
        QMetaObject::invokeMethod(
            this, [this, id] { emit integrationAnswered(id, tr("Muster is not connected to a relay.")); },
            Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_engine, [this, engine = m_engine, request] {
        if (engine->manageIntegration(request) == 0) {
            QMetaObject::invokeMethod(this, [this, id = request.id] {
                emit integrationAnswered(id,
                                         tr("Not connected to the relay right now; try again when it is."));
            });
        }
    });
    return id;
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "musterapp.h"

#include "actionitemmodel.h"
#include "alerttracker.h"
#include "appearance.h"
#include "appsettings.h"
#include "boardmodel.h"
#include "commandline.h"
#include "commandpalette.h"
#include "commsdesk.h"
#include "core/changes.h"
#include "core/demodata.h"
#include "core/fields.h"
#include "core/ids.h"
#include "detectioninbox.h"
#include "incidentnotifier.h"
#include "incidentroom.h"
#include "integrationlist.h"
#include "keychainsecretstore.h"
#include "metricsdesk.h"
#include "navigator.h"
#include "peoplemodel.h"
#include "presencemodel.h"
#include "relaycredentials.h"
#include "runbooklibrary.h"
#include "store/database.h"
#include "store/storeclient.h"
#include "synccontroller.h"
#include "updateduenotifier.h"
#include "walldisplay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcUi, "muster.ui")

namespace muster {

MusterApp::MusterApp(const StartupOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(new StoreClient(options.wallClock, this))
    , m_board(new BoardModel(this))
    , m_people(new PeopleModel(this))
    , m_runbooks(new RunbookLibrary(QStringLiteral(":/runbooks"),
                                    QDir(options.dataDir).filePath(QStringLiteral("runbooks")), this))
    , m_room(new IncidentRoom(this))
    , m_navigator(new Navigator(m_room, this))
    , m_sync(new SyncController(m_store, this))
    , m_keyring(options.secrets ? nullptr : new KeychainSecretStore)
    , m_credentials(new RelayCredentials(options.secrets ? options.secrets : m_keyring.get(),
                                         options.accessToken, this))
    , m_presence(new PresenceModel(this))
    , m_integrations(new IntegrationList(m_sync, this))
    , m_detection(new DetectionInbox(this))
    , m_alerts(new AlertTracker(this, m_detection))
    , m_actionItems(new ActionItemModel(this))
    , m_comms(new CommsDesk(m_store, this))
    , m_updateDue(
          new UpdateDueNotifier(m_board, options.notify ? options.notify : &sendDesktopNotification, this))
    , m_incidentNotifier(
          new IncidentNotifier(m_board, options.notify ? options.notify : &sendDesktopNotification,
                               options.atTheWindow ? options.atTheWindow : IncidentNotifier::AtTheWindow([] {
                                   return QGuiApplication::applicationState() == Qt::ApplicationActive;
                               }),
                               this))
    , m_wall(new WallDisplay(m_store, options.wallPageSeconds, this))
    , m_metrics(new MetricsDesk(
          m_store, [this] { return nowMs(); }, this))
    , m_commandPalette(new CommandPalette(m_board, m_people, m_navigator, m_room, this))
    , m_appearance(new Appearance(options.theme, options.fontScale, options.rememberAppearance, this))
{
    m_sync->setTrustedCertificates(options.relayCertificates);
    m_userName = options.userName.trimmed();
    if (m_userName.isEmpty())
        m_userName = qEnvironmentVariable("USER", QStringLiteral("Responder"));
    connect(m_store, &StoreClient::committed, this, &MusterApp::onCommitted);
    // The countdowns follow the workspace's cadence.
    connect(m_comms, &CommsDesk::changed, this, [this] {
        m_board->setCadencePolicy(m_comms->policy());
        m_wall->tiles()->setCadencePolicy(m_comms->policy());
        m_room->refreshCadence();
    });
    connect(m_store, &StoreClient::writeFailed, this, &MusterApp::setNotice);
    connect(m_sync, &SyncController::remoteApplied, this, &MusterApp::onRemoteApplied);
    connect(m_sync, &SyncController::acknowledged, this, [this] {
        refreshPending();
        m_room->refreshPending();
    });
    connect(m_sync, &SyncController::peersChanged, this, &MusterApp::onPeersChanged);
    connect(m_sync, &SyncController::relayAlertsChanged, m_detection, &DetectionInbox::setRelayAlerts);
    connect(m_sync, &SyncController::stateChanged, this, [this] {
        const auto state = m_sync->state();
        m_detection->setRelayConnected(state == SyncController::State::Synced
                                       || state == SyncController::State::CatchingUp);
    });
    connect(m_room, &IncidentRoom::incidentChanged, this, &MusterApp::announcePresence);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MusterApp::nowChanged);
    connect(&m_tick, &QTimer::timeout, this, [this] { m_updateDue->check(nowMs(), m_userId); });
}

MusterApp::~MusterApp()
{
    // The sync engine lives on the store thread: it must go before the store does.
    delete m_sync;
    m_sync = nullptr;
}

QString MusterApp::databasePath() const
{
    return QDir(m_options.dataDir).filePath(m_options.workspace + QStringLiteral(".muster.sqlite"));
}

qint64 MusterApp::nowMs() const
{
    return m_options.wallClock ? m_options.wallClock() : QDateTime::currentMSecsSinceEpoch();
}

QString MusterApp::version() const
{
    return QStringLiteral(MUSTER_VERSION);
}

void MusterApp::fail(const QString &message)
{
    qCCritical(lcUi) << message;
    m_fatalError = message;
    emit fatalErrorChanged();
}

void MusterApp::start()
{
    if (!m_fatalError.isEmpty())
        return;
    const QString path = databasePath();
    const QString workspace = m_options.workspace;
    const bool demo = m_options.demo;
    const qint64 now = nowMs();
    const QList<RunbookTemplate> runbooks = m_runbooks->templates();
    m_store->run<StoreError>(
        this,
        [path, workspace, demo, now, runbooks](Store &store) {
            if (auto error = store.open(path, workspace))
                return error;
            if (demo && store.incidentCount().value == 0) {
                const auto result = store.applyRemote(demoOperations(workspace, now, runbooks));
                if (!result.ok())
                    return result.error;
            }
            return StoreError {};
        },
        [this](const StoreError &error) {
            if (error) {
                m_databaseDamaged = error.code == StoreError::Code::Corrupt;
                fail(error.message);
                return;
            }
            afterOpen();
        });
}

void MusterApp::startFresh()
{
    if (!m_databaseDamaged)
        return;
    const QString path = databasePath();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
    m_store->run<StoreResult<QString>>(
        this,
        [path, now](Store &store) {
            store.close();
            return Database::moveAside(path, now);
        },
        [this](const StoreResult<QString> &moved) {
            if (!moved.ok()) {
                fail(moved.error.message); // still damaged: the user may try again
                return;
            }
            m_databaseDamaged = false;
            m_fatalError.clear();
            emit fatalErrorChanged();
            setNotice(m_options.relayUrl.isEmpty()
                          ? tr("The damaged database was kept as %1. This is a fresh, empty workspace; set a "
                               "relay in Sync settings to get the team's incidents back.")
                                .arg(moved.value)
                          : tr("The damaged database was kept as %1. The team's incidents are coming back "
                               "from the relay; changes that never reached it are only in that file.")
                                .arg(moved.value));
            start();
        });
}

void MusterApp::afterOpen()
{
    // Alerts do not wait for the people directory; they do wait for a working database, so a
    // damaged file shows one problem, not two.
    m_alerts->reload();
    m_comms->reload();
    m_detection->setSources(m_options.alertmanagers, pollerOptions());
    // Action items name their owners: read them once the people are in.
    refreshPeople([this] {
        m_actionItems->reload();
        ensureUser();
    });
}

void MusterApp::ensureUser()
{
    // You are who --user says, matched by name in the directory; a new name joins it.
    if (const auto me = m_people->findByName(m_userName)) {
        m_userId = me->id;
        emit userChanged();
        finishStartup();
        return;
    }
    const QString id = newEntityId(nowMs());
    Person person;
    person.name = m_userName;
    m_store->commit(this, changes::savePerson(id, {}, person), id,
                    [this, id](const StoreResult<QList<Operation>> &result) {
                        if (!result.ok()) {
                            fail(result.error.message);
                            return;
                        }
                        m_userId = id;
                        emit userChanged();
                        refreshPeople([this] { finishStartup(); });
                    });
}

void MusterApp::finishStartup()
{
    refreshBoard([this] {
        refreshPending();
        m_tick.start();
        startSync();
        announcePresence();
        if (m_options.wall)
            m_navigator->showWall();
        m_ready = true;
        emit readyChanged();
        // A large database finishes its page-by-page check after the first frame.
        m_store->run<StoreError>(
            this, [](Store &s) { return s.waitForIntegrity(); },
            [this](const StoreError &error) {
                if (error) {
                    m_databaseDamaged = error.code == StoreError::Code::Corrupt;
                    fail(error.message);
                }
            });
    });
}

void MusterApp::commit(const QList<Change> &changes, QObject *context, std::function<void(bool)> done)
{
    if (changes.isEmpty()) {
        if (done)
            done(true);
        return;
    }
    m_store->commit(context ? context : this, changes, m_userId,
                    [done](const StoreResult<QList<Operation>> &result) {
                        if (done)
                            done(result.ok());
                    });
}

void MusterApp::onCommitted(const QList<Operation> &ops)
{
    showChanges(ops);
    refreshPending();
    m_sync->pushPending();
}

void MusterApp::onRemoteApplied(const QList<Operation> &ops)
{
    // Teammates' changes are already on disk (persist first, then notify): show them.
    showChanges(ops);
}

void MusterApp::showChanges(const QList<Operation> &ops)
{
    const bool touchesPeople = std::any_of(ops.cbegin(), ops.cend(), [](const Operation &op) {
        return op.entity.startsWith(QStringLiteral("person:"));
    });
    if (touchesPeople) {
        refreshPeople([this] {
            refreshBoard();
            m_room->refreshNames();
        });
    } else {
        refreshBoard();
    }
    m_room->onCommitted(ops);
    m_comms->onChanges(ops);
    m_wall->refresh();
    const bool touchesIncidents = std::any_of(ops.cbegin(), ops.cend(), [](const Operation &op) {
        return op.entity.startsWith(QStringLiteral("incident:"))
            || op.entity.startsWith(QStringLiteral("person:"));
    });
    if (touchesIncidents)
        m_metrics->invalidate();
    // Links change with alert fields, and an incident's title or closing changes how they show.
    const bool touchesLinks = std::any_of(ops.cbegin(), ops.cend(), [](const Operation &op) {
        return alertOfField(op.field) || op.field == fields::state || op.field == fields::title;
    });
    if (touchesLinks)
        m_alerts->reload();
    // The action item list shows task fields, incident titles and owners' names.
    const bool touchesActions = std::any_of(ops.cbegin(), ops.cend(), [](const Operation &op) {
        return taskOfField(op.field) || op.field == fields::title
            || op.entity.startsWith(QStringLiteral("person:"));
    });
    if (touchesActions)
        m_actionItems->reload();
}

void MusterApp::onPeersChanged(const QList<protocol::Peer> &peers)
{
    m_presence->setPeers(peers, m_sync->replicaId());
    // One desktop writes what webhook alerts mean for linked incidents: the smallest replica id
    // among those connected. Each peer list names everyone, this replica included.
    const auto first = std::min_element(peers.cbegin(), peers.cend(),
                                        [](const auto &a, const auto &b) { return a.replica < b.replica; });
    m_alerts->setFollowsRelay(first != peers.cend() && first->replica == m_sync->replicaId());
    m_room->setPresence(m_presence->onlinePeople(), m_presence->othersViewing(m_room->incidentId()));
}

void MusterApp::announcePresence()
{
    if (m_userId.isEmpty())
        return;
    m_sync->setPresence({m_userId, m_userName, m_room->incidentId()});
    m_room->setPresence(m_presence->onlinePeople(), m_presence->othersViewing(m_room->incidentId()));
}

void MusterApp::startSync()
{
    const QUrl relay = m_options.relayUrl;
    const QString client = QStringLiteral("muster " MUSTER_VERSION);
    if (relay.isEmpty()) {
        m_sync->start(relay, client);
        return;
    }
    m_credentials->load(relay, m_options.workspace, [this, relay, client] {
        if (m_options.relayUrl != relay)
            return; // the relay changed while the keyring was asked: a newer start follows
        m_sync->start(relay, client, m_credentials->token());
        announcePresence();
        // Without a keyring nothing was kept from last time: ask for the token, every session.
        if (!m_credentials->hasToken() && m_credentials->keyringUnavailable())
            m_navigator->showSyncSettings();
    });
}

QString MusterApp::saveSettings(const QString &relayUrl, const QString &workspace, const QString &userName,
                                const QString &token)
{
    SavedSettings saved {relayUrl.trimmed(), workspace.trimmed(), userName.trimmed()};
    if (const QString problem = validateSettings(saved); !problem.isEmpty())
        return problem;
    const QString newToken = token.trimmed();
    if (const QString problem = RelayCredentials::problemWith(newToken); !problem.isEmpty())
        return problem;
    if (!newToken.isEmpty() && saved.relayUrl.isEmpty())
        return tr("An access token is for a relay: enter the relay's address too.");
    writeSavedSettings(saved);
    const bool relayChanged = QUrl(saved.relayUrl) != m_options.relayUrl;
    m_options.relayUrl = QUrl(saved.relayUrl);
    if (!newToken.isEmpty()) {
        // The token is for the workspace named here; a new workspace applies at the next start.
        const bool forThisRun = saved.workspace == m_options.workspace;
        const QUrl relay = m_options.relayUrl;
        if (!forThisRun) {
            m_credentials->keepFor(relay, saved.workspace, newToken);
        } else {
            m_credentials->set(relay, saved.workspace, newToken, [] {});
            m_sync->start(relay, QStringLiteral("muster " MUSTER_VERSION), newToken);
            announcePresence();
            return {};
        }
    }
    if (relayChanged)
        startSync();
    return {};
}

alerts::PollerOptions MusterApp::pollerOptions() const
{
    alerts::PollerOptions options;
    options.intervalMs = m_options.alertPollSeconds * 1000;
    return options;
}

QString MusterApp::saveDetectionSettings(const QStringList &alertmanagers, int pollSeconds)
{
    SavedDetection saved;
    saved.pollSeconds = pollSeconds;
    for (const QString &line : alertmanagers) {
        const QString url = line.trimmed();
        if (!url.isEmpty() && !saved.alertmanagers.contains(url))
            saved.alertmanagers.append(url);
    }
    if (const QString problem = validateDetection(saved); !problem.isEmpty())
        return problem;
    writeSavedDetection(saved);
    m_options.alertPollSeconds = pollSeconds;
    m_options.alertmanagers.clear();
    for (const QString &url : std::as_const(saved.alertmanagers))
        m_options.alertmanagers.append(QUrl(url));
    m_detection->setSources(m_options.alertmanagers, pollerOptions());
    return {};
}

QVariantList MusterApp::languageChoices() const
{
    auto choice = [](const QString &value, const QString &text) {
        return QVariantMap {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
    };
    // The C locale (no LANG) names no language, and speaks English.
    const QString systemName = QLocale::system().nativeLanguageName();
    QVariantList choices {
        choice(QStringLiteral("system"),
               tr("As the system (%1)").arg(systemName.isEmpty() ? QStringLiteral("English") : systemName))};
    // Named in themselves, not in the current language: found by someone who reads only it.
    // (QLocale's native names carry a country, "español de España", which is not the choice.)
    const QHash<QString, QString> native {{QStringLiteral("en"), QStringLiteral("English")},
                                          {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                          {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const QString &language : shippedLanguages())
        choices.append(choice(language, native.value(language, language)));
    return choices;
}

QString MusterApp::savedLanguage() const
{
    const QString saved = readSavedLanguage();
    return isKnownLanguage(saved) ? saved : QStringLiteral("system");
}

QString MusterApp::saveLanguage(const QString &language)
{
    if (!isKnownLanguage(language))
        return tr("Muster speaks %1; '%2' is not one of them.")
            .arg(shippedLanguages().join(QStringLiteral(", ")), language.left(40));
    writeSavedLanguage(language);
    return {};
}

void MusterApp::refreshBoard(std::function<void()> then)
{
    m_store->run<StoreResult<QList<IncidentSummary>>>(
        this, [](Store &s) { return s.activeIncidents(); },
        [this, then](const StoreResult<QList<IncidentSummary>> &result) {
            if (result.ok()) {
                m_board->merge(result.value);
                m_incidentNotifier->check(m_userId);
            } else {
                setNotice(result.error.message);
            }
            if (then)
                then();
        });
}

void MusterApp::refreshPeople(std::function<void()> then)
{
    m_store->run<StoreResult<QList<Person>>>(
        this, [](Store &s) { return s.people(); },
        [this, then](const StoreResult<QList<Person>> &result) {
            if (result.ok())
                m_people->setPeople(result.value);
            else
                setNotice(result.error.message);
            if (then)
                then();
        });
}

void MusterApp::refreshPending()
{
    m_store->run<int>(
        this, [](Store &s) { return s.pendingCount().value; },
        [this](int count) {
            if (count != m_pendingCount) {
                m_pendingCount = count;
                emit pendingCountChanged();
            }
        });
}

void MusterApp::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

void MusterApp::dismissNotice()
{
    setNotice({});
}

QStringList MusterApp::splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',')) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out.append(trimmed);
    }
    return out;
}

} // namespace muster

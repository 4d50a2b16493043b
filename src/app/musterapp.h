// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the desktop app: owns the store thread, the models and the
// controllers, wires them together, and is what the QML window receives as its required
// `app` property.
#pragma once

#include "core/operation.h"
#include "startupoptions.h"
#include "sync/protocol.h"

#include <QObject>
#include <QTimer>
#include <QtQmlIntegration>
#include <memory>

// Property types are only forward-declared here; moc needs their definitions.
Q_MOC_INCLUDE("commsdesk.h")
Q_MOC_INCLUDE("integrationlist.h")
Q_MOC_INCLUDE("boardmodel.h")
Q_MOC_INCLUDE("walldisplay.h")
Q_MOC_INCLUDE("metricsdesk.h")
Q_MOC_INCLUDE("peoplemodel.h")
Q_MOC_INCLUDE("runbooklibrary.h")
Q_MOC_INCLUDE("incidentroom.h")
Q_MOC_INCLUDE("navigator.h")
Q_MOC_INCLUDE("synccontroller.h")
Q_MOC_INCLUDE("relaycredentials.h")
Q_MOC_INCLUDE("presencemodel.h")
Q_MOC_INCLUDE("detectioninbox.h")
Q_MOC_INCLUDE("actionitemmodel.h")

namespace muster {

namespace alerts {
struct PollerOptions;
}

class StoreClient;
class ActionItemModel;
class BoardModel;
class PeopleModel;
class RunbookLibrary;
class IncidentRoom;
class Navigator;
class SyncController;
class RelayCredentials;
class SecretStore;
class PresenceModel;
class IntegrationList;
class DetectionInbox;
class AlertTracker;
class CommsDesk;
class UpdateDueNotifier;
class IncidentNotifier;
class WallDisplay;
class MetricsDesk;
class CommandPalette;
class Appearance;

class MusterApp : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the program")
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString fatalError READ fatalError NOTIFY fatalErrorChanged)
    // The fatal error is a damaged database, which startFresh() can move aside.
    Q_PROPERTY(bool databaseDamaged READ databaseDamaged NOTIFY fatalErrorChanged)
    // A relay is set (even before sync started): what a fresh start can get back.
    Q_PROPERTY(bool relayConfigured READ relayConfigured NOTIFY fatalErrorChanged)
    // A problem worth telling the user about right now (a write that failed); dismissable.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString workspace READ workspace CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    // Local changes not yet acknowledged by a relay. Without a relay, all of them.
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    // Wall-clock milliseconds, ticking once a second for elapsed times.
    Q_PROPERTY(double now READ now NOTIFY nowChanged)
    Q_PROPERTY(muster::BoardModel *board READ board CONSTANT)
    Q_PROPERTY(muster::PeopleModel *people READ people CONSTANT)
    Q_PROPERTY(muster::RunbookLibrary *runbooks READ runbooks CONSTANT)
    Q_PROPERTY(muster::IncidentRoom *room READ room CONSTANT)
    Q_PROPERTY(muster::Navigator *navigator READ navigator CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(muster::SyncController *sync READ sync CONSTANT)
    Q_PROPERTY(muster::RelayCredentials *credentials READ credentials CONSTANT)
    Q_PROPERTY(muster::PresenceModel *presence READ presence CONSTANT)
    // The workspace's chat integrations, as the relay tells them.
    Q_PROPERTY(muster::IntegrationList *integrations READ integrations CONSTANT)
    Q_PROPERTY(muster::DetectionInbox *detection READ detection CONSTANT)
    Q_PROPERTY(muster::AlertTracker *alerts READ alerts CONSTANT)
    // Open follow-up action items of every incident.
    Q_PROPERTY(muster::ActionItemModel *actionItems READ actionItems CONSTANT)
    // Distribution lists and the communication settings (cadence, templates).
    Q_PROPERTY(muster::CommsDesk *comms READ comms CONSTANT)
    // The war-room wall: active incidents as tiles, read only.
    Q_PROPERTY(muster::WallDisplay *wall READ wall CONSTANT)
    // The metrics screen: MTTD/MTTA/MTTR/MTBF and the rest, with filters and CSV export.
    Q_PROPERTY(muster::MetricsDesk *metrics READ metrics CONSTANT)
    // Ctrl+K: jump to any incident, person or action.
    Q_PROPERTY(muster::CommandPalette *commandPalette READ commandPalette CONSTANT)
    // The colour scheme and text size.
    Q_PROPERTY(muster::Appearance *appearance READ appearance CONSTANT)
    // Started with --wall: the window opens full screen on the wall.
    Q_PROPERTY(bool wallMode READ wallMode CONSTANT)

public:
    explicit MusterApp(const StartupOptions &options, QObject *parent = nullptr);
    ~MusterApp() override;

    // Opens the database and loads everything; ready() turns true, or fatalError() says why not.
    void start();
    // Startup cannot go on (for example another instance holds the data directory).
    void fail(const QString &message);

    bool ready() const { return m_ready; }
    QString fatalError() const { return m_fatalError; }
    QString notice() const { return m_notice; }
    QString workspace() const { return m_options.workspace; }
    QString dataDir() const { return m_options.dataDir; }
    QString databasePath() const;
    QString userName() const { return m_userName; }
    QString userId() const { return m_userId; }
    int pendingCount() const { return m_pendingCount; }
    double now() const { return double(nowMs()); }
    qint64 nowMs() const;
    QString version() const;

    StoreClient *storeClient() const { return m_store; }
    BoardModel *board() const { return m_board; }
    PeopleModel *people() const { return m_people; }
    RunbookLibrary *runbooks() const { return m_runbooks; }
    IncidentRoom *room() const { return m_room; }
    Navigator *navigator() const { return m_navigator; }
    SyncController *sync() const { return m_sync; }
    RelayCredentials *credentials() const { return m_credentials; }
    PresenceModel *presence() const { return m_presence; }
    IntegrationList *integrations() const { return m_integrations; }
    DetectionInbox *detection() const { return m_detection; }
    AlertTracker *alerts() const { return m_alerts; }
    ActionItemModel *actionItems() const { return m_actionItems; }
    CommsDesk *comms() const { return m_comms; }
    WallDisplay *wall() const { return m_wall; }
    MetricsDesk *metrics() const { return m_metrics; }
    CommandPalette *commandPalette() const { return m_commandPalette; }
    Appearance *appearance() const { return m_appearance; }
    bool wallMode() const { return m_options.wall; }

    // Saves relay, workspace and name for the next start (QSettings); a new relay URL also
    // takes effect at once. A token (empty: keep the one there is) goes to the keyring, never
    // to the settings, and is used at once. Returns an error sentence, or empty when saved.
    Q_INVOKABLE QString saveSettings(const QString &relayUrl, const QString &workspace,
                                     const QString &userName, const QString &token = {});
    // Saves the Alertmanagers to poll (one URL per entry; blank entries are skipped, repeats
    // kept once) and the interval, and polls them from now on. An error sentence, or empty.
    Q_INVOKABLE QString saveDetectionSettings(const QStringList &alertmanagers, int pollSeconds);
    // The language for the next starts: [{value, text}] to choose from (each language named in
    // itself), what is saved now ("system" when nothing is), and saving a choice (an error
    // sentence, or empty when saved).
    Q_INVOKABLE QVariantList languageChoices() const;
    Q_INVOKABLE QString savedLanguage() const;
    Q_INVOKABLE QString saveLanguage(const QString &language);

    // Commits changes as this user; a failure shows up as notice(). done runs unless context
    // was destroyed meanwhile.
    void commit(const QList<Change> &changes, QObject *context = nullptr,
                std::function<void(bool ok)> done = {});

    Q_INVOKABLE void dismissNotice();
    // Moves the damaged database (with its -wal and -shm) aside, never deleting it, and starts on
    // a fresh one; with a relay, the team's history comes back by sync. Says where the old one is.
    Q_INVOKABLE void startFresh();
    bool databaseDamaged() const { return m_databaseDamaged; }
    bool relayConfigured() const { return !m_options.relayUrl.isEmpty(); }
    // A sentence for the notice bar: what went wrong, or what happened out of sight.
    void setNotice(const QString &notice);
    // "a, b,, c " → ["a", "b", "c"]
    static QStringList splitList(const QString &text);

Q_SIGNALS:
    void readyChanged();
    void fatalErrorChanged();
    void noticeChanged();
    void userChanged();
    void pendingCountChanged();
    void nowChanged();

private:
    alerts::PollerOptions pollerOptions() const;
    void afterOpen();
    void ensureUser();
    void finishStartup();
    void onCommitted(const QList<Operation> &ops);
    void onRemoteApplied(const QList<Operation> &ops);
    // Refreshes what shows these ops: the board, and people and the room when touched.
    void showChanges(const QList<Operation> &ops);
    void onPeersChanged(const QList<protocol::Peer> &peers);
    void announcePresence();
    // (Re)starts sync with the relay of m_options and its token from the credentials.
    void startSync();
    void refreshBoard(std::function<void()> then = {});
    void refreshPeople(std::function<void()> then = {});
    void refreshPending();

    StartupOptions m_options;
    StoreClient *m_store;
    BoardModel *m_board;
    PeopleModel *m_people;
    RunbookLibrary *m_runbooks;
    IncidentRoom *m_room;
    Navigator *m_navigator;
    SyncController *m_sync;
    std::unique_ptr<SecretStore> m_keyring; // when the options bring none
    RelayCredentials *m_credentials;
    PresenceModel *m_presence;
    IntegrationList *m_integrations;
    DetectionInbox *m_detection;
    AlertTracker *m_alerts;
    ActionItemModel *m_actionItems;
    CommsDesk *m_comms;
    UpdateDueNotifier *m_updateDue;
    IncidentNotifier *m_incidentNotifier;
    WallDisplay *m_wall;
    MetricsDesk *m_metrics;
    CommandPalette *m_commandPalette;
    Appearance *m_appearance;
    QTimer m_tick;
    bool m_ready = false;
    bool m_databaseDamaged = false;
    QString m_fatalError;
    QString m_notice;
    QString m_userName;
    QString m_userId;
    int m_pendingCount = 0;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// Which screen is showing. Decided here, in C++, so navigation is testable without QML; the
// window maps `view` to its pages.
#pragma once

#include <QObject>
#include <QtQmlIntegration>

namespace muster {

class IncidentRoom;

class Navigator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The navigator belongs to MusterApp")
    // "board", "incident", "people", "detection", "actions", "retrospective", "wall" or "metrics"
    Q_PROPERTY(QString view READ view NOTIFY viewChanged)

public:
    explicit Navigator(IncidentRoom *room, QObject *parent = nullptr);

    QString view() const { return m_view; }
    static bool isKnownView(const QString &view);

    Q_INVOKABLE void showBoard();
    Q_INVOKABLE void showPeople();
    // The People view with this person selected (the command palette): personRequested, once.
    Q_INVOKABLE void showPerson(const QString &personId);
    // The detection inbox: what Alertmanager reports as firing.
    Q_INVOKABLE void showDetection();
    // Open follow-up action items of every incident.
    Q_INVOKABLE void showActionItems();
    Q_INVOKABLE void openIncident(const QString &incidentId);
    // The blameless retrospective of an incident.
    Q_INVOKABLE void openRetrospective(const QString &incidentId);
    // The war-room wall display (full screen, read only); Escape leaves it.
    Q_INVOKABLE void showWall();
    // The incident metrics: MTTD, MTTA, MTTR, MTBF, load and runbook steps.
    Q_INVOKABLE void showMetrics();
    // A view that needs no incident, by name: "board", "people", "detection", "actions",
    // "metrics" or "wall". False (and nothing changes) for any other name.
    bool showListView(const QString &view);
    // Back to the board from anywhere (Escape).
    Q_INVOKABLE void back();
    // Opens the sync settings over whatever is showing (the header's sync state, screenshots).
    Q_INVOKABLE void showSyncSettings() { emit syncSettingsRequested(); }
    // Opens the integrations (chat posts by the relay) over whatever is showing.
    Q_INVOKABLE void showIntegrations() { emit integrationsRequested(); }
    // Opens the command palette over whatever is showing (Ctrl+K, screenshots).
    Q_INVOKABLE void showCommandPalette() { emit commandPaletteRequested(); }
    // Opens an incident with the stakeholder-update form on its Comms tab (Ctrl+U, screenshots).
    Q_INVOKABLE void draftUpdate(const QString &incidentId);
    // Opens an incident's Comms tab with the lists and cadence settings (screenshots).
    Q_INVOKABLE void showCommsSettings(const QString &incidentId);
    // Opens the declare form filled from a group of the detection inbox.
    Q_INVOKABLE void declareFromAlerts(const QString &groupKey) { emit declareFromAlertsRequested(groupKey); }

Q_SIGNALS:
    void viewChanged();
    // The People view is showing and should select this person now.
    void personRequested(const QString &personId);
    void syncSettingsRequested();
    void commandPaletteRequested();
    void integrationsRequested();
    void updateDraftRequested();
    void commsSettingsRequested();
    void declareFromAlertsRequested(const QString &groupKey);

private:
    void setView(const QString &view);

    IncidentRoom *m_room;
    QString m_view = QStringLiteral("board");
};

} // namespace muster

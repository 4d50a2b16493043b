// SPDX-License-Identifier: GPL-3.0-or-later
// The detection inbox: what the configured Alertmanagers report as firing, one line per alert
// name and service, the ones that call for action first. Says plainly when an Alertmanager
// cannot be read, and how to add one when none is configured.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: view
    required property MusterApp app
    readonly property DetectionInbox inbox: app.detection
    color: Theme.background

    AttachAlertsDialog {
        id: attachDialog
        app: view.app
    }
    AlertmanagerSettingsDialog {
        id: sourcesDialog
        app: view.app
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 2
        spacing: Theme.unit * 1.5

        PanelHeader {
            title: qsTr("Detection")
            detail: view.inbox.headline
            Layout.fillWidth: true
            Label {
                visible: view.inbox.updatedAt > 0
                text: qsTr("Updated %1").arg(Format.clock(view.inbox.updatedAt, view.app.now))
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Button {
                objectName: "alertmanagersButton"
                text: qsTr("Alertmanagers…")
                flat: true
                onClicked: sourcesDialog.edit()
            }
            Button {
                objectName: "refreshAlertsButton"
                text: qsTr("Refresh")
                flat: true
                enabled: view.inbox.sourceCount > 0
                onClicked: view.inbox.refresh()
            }
        }

        // An Alertmanager that cannot be read: what was seen before stays listed below.
        Label {
            objectName: "detectionProblem"
            visible: view.inbox.problem !== ""
            text: view.inbox.problem
            color: Theme.danger
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border

            ListView {
                id: list
                objectName: "alertGroupList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: view.inbox.groups
                activeFocusOnTab: count > 0 // an empty list is no place to stop
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Firing alerts, grouped")
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Keys.onReturnPressed: {
                    if (!currentItem)
                        return
                    if (currentItem.linkedIncidentId !== "")
                        view.app.navigator.openIncident(currentItem.linkedIncidentId)
                    else
                        view.app.navigator.declareFromAlerts(currentItem.key)
                }
                delegate: AlertGroupDelegate {
                    width: list.width
                    now: view.app.now
                    canAttach: view.app.board.count > 0
                    highlighted: ListView.isCurrentItem && list.activeFocus
                    onDeclareRequested: (key) => view.app.navigator.declareFromAlerts(key)
                    onAttachRequested: (key) => attachDialog.openFor(key, name, service)
                    onOpenIncidentRequested: (incidentId) => view.app.navigator.openIncident(incidentId)
                }
            }

            Label {
                objectName: "detectionEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - Theme.unit * 4, Math.round(560 * Theme.zoom))
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: view.inbox.emptyText
            }
        }
    }
}

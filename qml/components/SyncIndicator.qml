// SPDX-License-Identifier: GPL-3.0-or-later
// Whether your changes are shared, readable across a room: a coloured dot and a few words.
// Local only / Offline (retrying) / Access refused / Connecting / Catching up / Synced /
// N pending. The tooltip (and the accessible description) has the relay and the last problem.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

AbstractButton {
    id: indicator
    required property MusterApp app
    readonly property int syncState: app.sync.state
    readonly property int pending: app.pendingCount

    readonly property color dotColor: syncState === SyncController.Synced ? (pending > 0 ? "#ffb300" : "#43a047")
                                    : syncState === SyncController.LocalOnly ? "#90a4ae"
                                    : syncState === SyncController.Offline || syncState === SyncController.Refused
                                      ? "#e53935" : "#ffb300"
    //: Changes saved here that the relay has not confirmed yet
    readonly property string pendingText: qsTr("%n pending", "", pending)
    readonly property string stateText: {
        switch (syncState) {
        case SyncController.LocalOnly:
            // Nothing waits for anything here: every change is saved, and "pending" would
            // suggest otherwise. The tooltip says what a relay would receive.
            return qsTr("Local only · saved")
        case SyncController.Offline:
            return (app.sync.retryInSeconds > 0 ? qsTr("Offline · retry in %1 s").arg(app.sync.retryInSeconds)
                                                : qsTr("Offline · retrying"))
                    + (pending > 0 ? " · " + pendingText : "")
        case SyncController.Refused:
            // Waiting will not help: the token needs to change. Clicking opens Settings.
            return qsTr("Access refused") + (pending > 0 ? " · " + pendingText : "")
        case SyncController.Connecting:
            return qsTr("Connecting…") + (pending > 0 ? " · " + pendingText : "")
        case SyncController.CatchingUp:
            return qsTr("Catching up…") + (pending > 0 ? " · " + pendingText : "")
        default:
            return pending > 0 ? qsTr("Syncing · %1").arg(pendingText) : qsTr("Synced")
        }
    }

    readonly property string detailText: (app.sync.relayUrl !== "" ? qsTr("Relay: %1").arg(app.sync.relayUrl)
                                          : qsTr("No relay: changes stay on this computer")
                                            + (pending > 0 ? "\n" + qsTr("Changes a relay would receive: %n", "", pending) : ""))
                                         + (app.sync.lastError !== "" && syncState !== SyncController.Synced ? "\n" + app.sync.lastError : "")

    objectName: "syncIndicator"
    implicitWidth: row.implicitWidth + Theme.unit
    implicitHeight: row.implicitHeight + Theme.unit / 2
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: stateText
    Accessible.description: detailText
    ToolTip.visible: hovered
    ToolTip.text: detailText + "\n" + qsTr("Click for sync settings")

    contentItem: RowLayout {
        id: row
        spacing: Theme.unit / 2
        Rectangle {
            width: Math.round(10 * Theme.zoom)
            height: width
            radius: width / 2
            color: indicator.dotColor
        }
        Label {
            objectName: "syncStateText"
            text: indicator.stateText
            font.pixelSize: Theme.fontSmall
            color: "#dfe4ee"
        }
    }
    background: Rectangle {
        color: indicator.hovered ? Qt.rgba(1, 1, 1, 0.08) : "transparent"
        radius: Theme.radius
    }
}

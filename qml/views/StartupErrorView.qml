// SPDX-License-Identifier: GPL-3.0-or-later
// Shown instead of everything else when Muster cannot open its data: says what happened and
// that nothing was changed. For a damaged database it offers to move it aside (kept, never
// deleted) and start on a fresh one that the relay fills again.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: view
    required property string message
    required property string dataDir
    property bool damaged: false
    property bool syncsWithRelay: false
    signal startFreshRequested()
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.unit * 8, 720 * Theme.zoom)
        spacing: Theme.unit * 2

        Label {
            text: qsTr("Muster cannot open this workspace")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.danger
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Label {
            text: view.message
            font.pixelSize: Theme.fontHeading
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }
        Label {
            text: qsTr("Data directory: %1").arg(view.dataDir)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Label {
            visible: view.damaged
            text: view.syncsWithRelay
                  ? qsTr("You can keep the damaged file for recovery and start on a fresh one: everything the "
                         + "team shared comes back from the relay. Changes that never reached the relay stay "
                         + "only in the damaged file.")
                  : qsTr("You can keep the damaged file for recovery and start on an empty workspace, or quit "
                         + "and restore the file from a backup. No relay is set, so nothing comes back by itself.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.unit
            PrimaryButton {
                objectName: "startFreshButton"
                visible: view.damaged
                text: qsTr("Keep it aside and start fresh")
                Accessible.name: text
                onClicked: view.startFreshRequested()
            }
            Button {
                text: qsTr("Quit")
                Accessible.name: text
                onClicked: Qt.quit()
            }
        }
    }
}

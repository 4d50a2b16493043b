// SPDX-License-Identifier: GPL-3.0-or-later
// Shown instead of everything else when Muster cannot open its data: says what happened and
// that nothing was changed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: view
    required property string message
    required property string dataDir
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
        Button {
            text: qsTr("Quit")
            onClicked: Qt.quit()
        }
    }
}

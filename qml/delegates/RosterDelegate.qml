// SPDX-License-Identifier: GPL-3.0-or-later
// One role and who holds it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

RowLayout {
    id: row
    required property string role
    required property string roleLabel
    required property string personId
    required property string personName
    required property bool delegated
    required property bool isCommander
    required property bool online
    // Command and communications change hands with a briefing, once someone holds them.
    readonly property bool handedOver: role === "ic" || (role === "comms" && delegated)
    signal assignRequested(string role, Item anchor)
    signal handoverRequested(string role)
    signal removeRequested(string personId)

    spacing: Theme.unit / 2

    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        Label {
            text: row.roleLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.unit / 2
            Layout.fillWidth: true
            // Presence: a green dot while this person is connected.
            Rectangle {
                visible: row.online
                width: Math.round(8 * Theme.zoom)
                height: width
                radius: width / 2
                color: "#43a047"
                Accessible.name: qsTr("online")
            }
        Label {
            text: row.personName === "" ? qsTr("Unassigned")
                  : (row.delegated || row.isCommander ? row.personName : qsTr("%1 (as IC)").arg(row.personName))
            font.pixelSize: Theme.fontBody
            font.bold: row.isCommander || row.delegated
            color: row.personName === "" ? Theme.danger : (row.delegated || row.isCommander ? Theme.text : Theme.textMuted)
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        }
    }
    ToolButton {
        id: assignButton
        objectName: "assign-" + row.role
        visible: row.role !== "sme"
        text: row.handedOver ? qsTr("Hand over…") : qsTr("Assign…")
        font.pixelSize: Theme.fontSmall
        Accessible.name: row.handedOver ? qsTr("Hand over %1").arg(row.roleLabel) : qsTr("Assign %1").arg(row.roleLabel)
        onClicked: row.handedOver ? row.handoverRequested(row.role) : row.assignRequested(row.role, assignButton)
    }
    ToolButton {
        visible: row.role === "sme"
        text: qsTr("Remove")
        font.pixelSize: Theme.fontSmall
        Accessible.name: qsTr("Remove %1 as subject-matter expert").arg(row.personName)
        onClicked: row.removeRequested(row.personId)
    }
}

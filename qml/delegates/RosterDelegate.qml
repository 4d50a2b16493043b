// SPDX-License-Identifier: GPL-3.0-or-later
// One role and who holds it. When the role, the name and the button do not fit side by side (a
// long translation, large text), the button goes under the name rather than being cut off.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

GridLayout {
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

    readonly property real buttonWidth: assignButton.visible ? assignButton.implicitWidth : removeButton.implicitWidth
    columns: who.implicitWidth + columnSpacing + buttonWidth > width ? 1 : 2
    columnSpacing: Theme.unit / 2
    rowSpacing: 0

    ColumnLayout {
        id: who
        spacing: 0
        Layout.fillWidth: true
        Label {
            text: row.roleLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap // role names run long in some languages
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
        Layout.alignment: row.columns === 1 ? Qt.AlignLeft : Qt.AlignRight
        objectName: "assign-" + row.role
        visible: row.role !== "sme"
        text: row.handedOver ? qsTr("Hand over…") : qsTr("Assign…")
        font.pixelSize: Theme.fontSmall
        Accessible.name: row.handedOver ? qsTr("Hand over %1").arg(row.roleLabel) : qsTr("Assign %1").arg(row.roleLabel)
        onClicked: row.handedOver ? row.handoverRequested(row.role) : row.assignRequested(row.role, assignButton)
    }
    ToolButton {
        id: removeButton
        Layout.alignment: row.columns === 1 ? Qt.AlignLeft : Qt.AlignRight
        visible: row.role === "sme"
        text: qsTr("Remove")
        font.pixelSize: Theme.fontSmall
        Accessible.name: qsTr("Remove %1 as subject-matter expert").arg(row.personName)
        onClicked: row.removeRequested(row.personId)
    }
}

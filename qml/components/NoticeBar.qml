// SPDX-License-Identifier: GPL-3.0-or-later
// A problem the responder must know about (a change that was not saved), until dismissed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Muster

Rectangle {
    id: bar
    required property string message
    // A problem that lasts (a log that differs from the relay's) has no Dismiss button.
    property bool dismissible: true
    // A button that leads to where the problem is fixed; none when empty.
    property string actionText: ""
    signal dismissed()
    signal actionClicked()

    visible: message !== ""
    implicitHeight: visible ? row.implicitHeight + Theme.unit * 2 : 0
    color: Theme.danger
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.unit * 2
        anchors.rightMargin: Theme.unit
        Label {
            text: bar.message
            color: "white"
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            Layout.fillWidth: true
        }
        Button {
            objectName: "noticeAction"
            visible: bar.actionText !== ""
            text: bar.actionText
            flat: true
            Material.foreground: "white"
            onClicked: bar.actionClicked()
        }
        Button {
            visible: bar.dismissible
            text: qsTr("Dismiss")
            flat: true
            Material.foreground: "white"
            onClicked: bar.dismissed()
        }
    }
}

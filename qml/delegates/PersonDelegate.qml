// SPDX-License-Identifier: GPL-3.0-or-later
// A row of the people directory (or, with isHeader, its column titles).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

ItemDelegate {
    id: row
    required property int index
    required property string personId
    required property string name
    required property string team
    required property string email
    required property string handle
    property bool isHeader: false
    property bool isMe: false
    signal editRequested(string personId)

    objectName: isHeader ? "" : "person-" + name
    enabled: !isHeader
    highlighted: !isHeader && ListView.isCurrentItem && ListView.view !== null && ListView.view.activeFocus
    onClicked: editRequested(personId)
    Accessible.name: qsTr("%1, %2, %3, %4").arg(name).arg(team).arg(email).arg(handle)

    contentItem: RowLayout {
        spacing: Theme.unit * 2
        Label {
            text: row.isMe ? qsTr("%1 (you)").arg(row.name) : row.name
            font.bold: true
            color: row.isHeader ? Theme.textMuted : Theme.text
            font.pixelSize: row.isHeader ? Theme.fontSmall : Theme.fontBody
            elide: Text.ElideRight
            Layout.preferredWidth: 3
            Layout.fillWidth: true
        }
        Label {
            text: row.team
            color: Theme.textMuted
            font.pixelSize: row.isHeader ? Theme.fontSmall : Theme.fontBody
            font.bold: row.isHeader
            elide: Text.ElideRight
            Layout.preferredWidth: 2
            Layout.fillWidth: true
        }
        Label {
            text: row.email
            color: row.isHeader ? Theme.textMuted : Theme.text
            font.pixelSize: row.isHeader ? Theme.fontSmall : Theme.fontBody
            font.bold: row.isHeader
            elide: Text.ElideRight
            Layout.preferredWidth: 3
            Layout.fillWidth: true
        }
        Label {
            text: row.handle
            color: row.isHeader ? Theme.textMuted : Theme.text
            font.pixelSize: row.isHeader ? Theme.fontSmall : Theme.fontBody
            font.bold: row.isHeader
            elide: Text.ElideRight
            Layout.preferredWidth: 2
            Layout.fillWidth: true
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The heading row of a panel: a title, an optional detail, and room for buttons on the right.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

RowLayout {
    id: header
    property string title
    property string detail
    default property alias actions: actionRow.data

    spacing: Theme.unit
    Label {
        text: header.title
        font.pixelSize: Theme.fontHeading
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Layout.alignment: Qt.AlignVCenter
    }
    Label {
        text: header.detail
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap // counts and sources are read whole, in large text too
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
    }
    RowLayout {
        id: actionRow
        spacing: Theme.unit / 2
        Layout.alignment: Qt.AlignVCenter
    }
}

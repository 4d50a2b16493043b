// SPDX-License-Identifier: GPL-3.0-or-later
// A small rounded label: DRILL, pending, counts.
import QtQuick
import QtQuick.Controls
import Muster

Rectangle {
    id: pill
    property alias text: label.text
    property color tint: Theme.textMuted
    property bool filled: false

    implicitWidth: label.implicitWidth + Theme.unit * 1.5
    implicitHeight: label.implicitHeight + Theme.unit * 0.4
    radius: height / 2
    color: filled ? tint : "transparent"
    border.color: tint
    border.width: 1

    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: pill.filled ? Theme.surface : pill.tint
    }
}

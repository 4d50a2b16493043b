// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle state as an outlined label.
import QtQuick
import QtQuick.Controls
import Muster

Rectangle {
    id: badge
    required property string state
    required property string label
    property int fontSize: Theme.fontSmall

    implicitWidth: text.implicitWidth + Theme.unit * 1.5
    implicitHeight: text.implicitHeight + Theme.unit * 0.5
    radius: Theme.radius / 2
    color: "transparent"
    border.color: Theme.stateColor(state)
    border.width: 1

    Label {
        id: text
        anchors.centerIn: parent
        text: badge.label
        font.pixelSize: badge.fontSize
        font.bold: true
        color: Theme.stateColor(badge.state)
    }
}

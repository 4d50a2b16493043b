// SPDX-License-Identifier: GPL-3.0-or-later
// A tab of the application header. It is cut to `cap` when the header is short of room (a
// narrow window, a long translation) and then shows its whole name in a tooltip. A count that
// calls for attention (overdue action items) is a round mark after the name rather than words
// in it, so that the name stays short in every language; the words are in the tooltip and in
// what a screen reader says.
import QtQuick
import QtQuick.Controls
import Muster

TabButton {
    id: tab
    required property real cap
    property int badge: 0
    property string badgeText: "" // what the mark means, in words: "1 overdue"

    width: Math.ceil(Math.min(implicitWidth, cap))
    rightPadding: leftPadding + (badge > 0 ? mark.width + Theme.unit / 2 : 0)
    ToolTip.visible: hovered && (width < implicitWidth || badge > 0)
    ToolTip.text: badge > 0 ? qsTr("%1 (%2)").arg(text).arg(badgeText) : text
    ToolTip.delay: 500
    Accessible.name: badge > 0 ? qsTr("%1 (%2)").arg(text).arg(badgeText) : text

    Rectangle {
        id: mark
        visible: tab.badge > 0
        anchors.right: parent.right
        anchors.rightMargin: tab.leftPadding
        anchors.verticalCenter: parent.verticalCenter
        height: count.implicitHeight + 2
        width: Math.max(height, count.implicitWidth + Theme.unit)
        radius: height / 2
        color: "#d32f2f"
        border.color: "white"
        border.width: 1
        Label {
            id: count
            anchors.centerIn: parent
            text: tab.badge
            color: "white"
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }
}

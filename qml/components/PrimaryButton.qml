// SPDX-License-Identifier: GPL-3.0-or-later
// The one action a screen or dialog is for (Declare, Add, Save): filled, so it is found at a
// glance. It draws its own background: Material's is a shader layer that the software
// renderer (virtual machines, remote desktops, offscreen) does not draw at all.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Muster

Button {
    id: button
    property color tint: Theme.accent
    readonly property color ink: Theme.dark && tint === Theme.accent ? "#10131a" : "white"

    font.bold: true
    Material.foreground: enabled ? ink : Theme.textMuted
    background: Rectangle {
        implicitWidth: Math.round(64 * Theme.zoom)
        implicitHeight: Math.round(34 * Theme.zoom)
        radius: Theme.radius / 1.5
        color: !button.enabled ? Theme.surfaceAlt
             : button.down ? Qt.darker(button.tint, 1.25)
             : button.hovered ? Qt.lighter(button.tint, 1.12) : button.tint
        border.width: button.visualFocus ? 2 : 0
        border.color: Theme.text
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A small toggle in a colour of its own (severity filters and pickers): outlined when off,
// filled when on. Draws its own background for the same reason as PrimaryButton.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Muster

Button {
    id: chip
    property color tint: Theme.accent
    property color ink: "white"

    checkable: true
    font.bold: true
    Material.foreground: checked ? ink : tint
    background: Rectangle {
        implicitWidth: Math.round(56 * Theme.zoom)
        implicitHeight: Math.round(30 * Theme.zoom)
        radius: Theme.radius / 1.5
        color: chip.checked ? chip.tint : chip.hovered ? Qt.rgba(chip.tint.r, chip.tint.g, chip.tint.b, 0.12) : "transparent"
        border.width: chip.visualFocus ? 2 : 1
        border.color: chip.visualFocus ? Theme.text : chip.tint
    }
}

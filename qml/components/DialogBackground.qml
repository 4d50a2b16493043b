// SPDX-License-Identifier: GPL-3.0-or-later
// The body of every dialog: an opaque card. Material's own dialog background is drawn with a
// shadow layer that the software renderer (virtual machines, remote desktops, offscreen
// screenshots) leaves out, which showed the board through a dialog's fields.
import QtQuick
import Muster

Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    border.width: 1
}

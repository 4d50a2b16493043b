// SPDX-License-Identifier: GPL-3.0-or-later
// A tab of the application header. It is cut to `cap` when the header is short of room (a
// narrow window, a long translation) and then shows its whole name in a tooltip.
import QtQuick
import QtQuick.Controls

TabButton {
    required property real cap

    width: Math.ceil(Math.min(implicitWidth, cap))
    ToolTip.visible: hovered && width < implicitWidth
    ToolTip.text: text
    ToolTip.delay: 500
}

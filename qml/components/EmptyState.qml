// SPDX-License-Identifier: GPL-3.0-or-later
// What an empty list says: what is missing and how to add it.
import QtQuick
import QtQuick.Controls
import Muster

Column {
    id: empty
    property alias title: titleLabel.text
    property alias hint: hintLabel.text

    spacing: Theme.unit / 2
    Label {
        id: titleLabel
        width: empty.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    Label {
        id: hintLabel
        width: empty.width
        visible: text !== ""
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        opacity: 0.8
    }
}

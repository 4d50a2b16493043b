// SPDX-License-Identifier: GPL-3.0-or-later
// A dialog's title at the app's zoom: the style's own header keeps a fixed 16 px, which reads
// as a footnote on a 4K war-room screen.
import QtQuick
import QtQuick.Controls
import Muster

Label {
    required property Dialog owner
    text: owner.title
    visible: owner.title !== ""
    elide: Label.ElideRight
    font.pixelSize: Theme.fontHeading
    font.bold: true
    color: Theme.text
    // In line with the dialog's fields below.
    topPadding: Theme.unit * 1.5
    leftPadding: owner.leftPadding
    rightPadding: owner.rightPadding
}

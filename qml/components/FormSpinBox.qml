// SPDX-License-Identifier: GPL-3.0-or-later
// A number field whose name reaches a screen reader: the keyboard lands in the box's inner text
// field, not in the SpinBox, so the name given to the box is given to that field as well.
import QtQuick
import QtQuick.Controls

SpinBox {
    id: box
    editable: true
    Binding {
        target: box.contentItem
        property: "Accessible.name"
        value: box.Accessible.name
    }
}

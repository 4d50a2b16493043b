// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's clock: local time large, UTC beside it (incident timelines and other regions
// speak UTC), the date and time zone below. Ticks with the app's one-second clock.
import QtQuick
import QtQuick.Layouts
import Muster

ColumnLayout {
    id: clock
    required property double now
    required property real factor
    spacing: 0

    RowLayout {
        Layout.alignment: Qt.AlignRight
        spacing: 28 * clock.factor
        Text {
            objectName: "wallClockLocal"
            text: Format.wallClock(clock.now, false)
            color: "#ffffff"
            font.pixelSize: 56 * clock.factor
            font.bold: true
        }
        Text {
            objectName: "wallClockUtc"
            text: qsTr("%1 UTC").arg(Format.wallClock(clock.now, true))
            color: "#c9d1df"
            font.pixelSize: 36 * clock.factor
            Layout.alignment: Qt.AlignBaseline
        }
    }
    Text {
        Layout.alignment: Qt.AlignRight
        text: Format.wallDate(clock.now)
        color: "#c9d1df"
        font.pixelSize: 26 * clock.factor
    }
}

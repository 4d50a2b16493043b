// SPDX-License-Identifier: GPL-3.0-or-later
// "SEV1" on its severity colour.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: badge
    required property int severity
    property string label: "SEV" + severity
    property int fontSize: Theme.fontSmall

    implicitWidth: text.implicitWidth + Theme.unit * 1.5
    implicitHeight: text.implicitHeight + Theme.unit * 0.5
    // In a crowded row the title beside it gives way, never the badge: its label is the point.
    Layout.minimumWidth: implicitWidth
    radius: Theme.radius / 2
    color: Theme.severityColor(severity)
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Severity %1").arg(label)

    Label {
        id: text
        anchors.centerIn: parent
        text: badge.label
        font.pixelSize: badge.fontSize
        font.bold: true
        color: Theme.onSeverityColor(badge.severity)
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// One metrics chart in a card: its title, the definition of what it shows (always in view:
// a figure without its definition gets argued about), the chart, and CSV export of its numbers.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: card
    property string title
    property string definition
    property bool empty: false
    property string emptyText: qsTr("Nothing to show in this range.")
    default property alias chart: chartArea.data
    signal exportRequested()

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    implicitHeight: 420 * Theme.zoom

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 1.5
        spacing: Theme.unit / 2

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: card.title
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "exportCsv"
                text: qsTr("Export CSV")
                flat: true
                font.pixelSize: Theme.fontSmall
                onClicked: card.exportRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Save the numbers behind this chart as a CSV file")
            }
        }
        Label {
            objectName: "definition"
            text: card.definition
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Item {
            id: chartArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label {
                anchors.centerIn: parent
                visible: card.empty
                text: card.emptyText
                color: Theme.textMuted
                z: 1
            }
        }
    }
}

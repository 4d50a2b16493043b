// SPDX-License-Identifier: GPL-3.0-or-later
// One lifecycle state's column on the board.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: column
    required property MusterApp app
    required property string state
    required property string label
    property alias severities: filter.severities
    property alias service: filter.service
    property alias filterText: filter.text

    color: Theme.surfaceAlt
    radius: Theme.radius
    Accessible.role: Accessible.List
    Accessible.name: qsTr("%1: %2").arg(label).arg(filter.count)

    BoardFilter {
        id: filter
        sourceModel: column.app.board
        state: column.state
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit

        RowLayout {
            Layout.fillWidth: true
            Rectangle {
                width: Theme.unit
                height: Theme.unit
                radius: width / 2
                color: Theme.stateColor(column.state)
            }
            Label {
                text: column.label
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                text: filter.count
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.textMuted
            }
        }

        ListView {
            id: list
            objectName: "column-" + column.state
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.unit
            model: filter
            keyNavigationEnabled: true
            activeFocusOnTab: count > 0 // an empty list is no place to stop
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            // Tab into a column, arrows to a card, Enter opens it.
            Keys.onReturnPressed: if (currentItem) column.app.navigator.openIncident(currentItem.incidentId)
            Keys.onEnterPressed: if (currentItem) column.app.navigator.openIncident(currentItem.incidentId)
            delegate: IncidentCard {
                width: list.width
                now: column.app.now
                onOpened: (incidentId) => column.app.navigator.openIncident(incidentId)
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                y: Theme.unit * 2
                visible: list.count === 0
                text: qsTr("None")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}

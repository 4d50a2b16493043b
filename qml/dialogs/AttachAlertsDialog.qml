// SPDX-License-Identifier: GPL-3.0-or-later
// Acknowledge alerts into an incident that is already under way: pick the incident from the
// open ones (most severe first, as on the board). The alerts are linked, and Detected moves back
// to when the first of them started if that is earlier.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    property string groupKey
    property string groupLabel

    function openFor(key, name, service) {
        groupKey = key
        groupLabel = service !== "" ? qsTr("%1 on %2").arg(name).arg(service) : name
        incidents.currentIndex = 0
        open()
        incidents.forceActiveFocus()
    }
    function attach(incidentId) {
        if (dialog.app.alerts.attachGroup(dialog.groupKey, incidentId))
            dialog.close()
    }

    title: qsTr("Add %1 to an incident").arg(groupLabel)
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    standardButtons: Dialog.Cancel
    width: Math.min(Math.round(640 * Theme.zoom), Overlay.overlay ? Overlay.overlay.width - Theme.unit * 4 : 640)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label {
            text: qsTr("Incidents under way")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        ListView {
            id: incidents
            objectName: "attachIncidentList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Math.round(360 * Theme.zoom))
            clip: true
            model: dialog.app.board
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: if (currentItem) dialog.attach(currentItem.incidentId)
            delegate: ItemDelegate {
                id: choice
                required property int index
                required property string incidentId
                required property string title
                required property int severity
                required property string stateLabel
                required property bool drill
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                Accessible.name: qsTr("%1, SEV%2, %3").arg(title).arg(severity).arg(stateLabel)
                onClicked: dialog.attach(incidentId)
                contentItem: RowLayout {
                    spacing: Theme.unit
                    SeverityBadge { severity: choice.severity }
                    Label {
                        text: choice.drill ? qsTr("%1 (drill)").arg(choice.title) : choice.title
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: choice.stateLabel
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The runbooks attached to the incident: progress, and each step with who did it when.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: panel
    required property MusterApp app
    readonly property IncidentRoom room: app.room
    readonly property RunbookModel runbook: room.runbook

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    Menu {
        id: templateMenu
        Instantiator {
            model: panel.app.runbooks
            delegate: MenuItem {
                required property string templateId
                required property string title
                required property int stepCount
                text: qsTr("%1 (%2 steps)").arg(title).arg(stepCount)
                onTriggered: panel.room.attachRunbook(templateId)
            }
            onObjectAdded: (index, object) => templateMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => templateMenu.removeItem(object)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 1.5
        spacing: Theme.unit

        PanelHeader {
            title: qsTr("Runbook")
            detail: panel.runbook.count > 0 ? qsTr("%1 of %2 done").arg(panel.runbook.finished).arg(panel.runbook.count) : ""
            Layout.fillWidth: true
            Button {
                id: attachButton
                text: qsTr("Attach…")
                flat: true
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Attach a runbook")
                onClicked: templateMenu.popup(attachButton)
            }
        }
        Label {
            // A template of the user's that does not parse is left out; say which and why.
            visible: panel.app.runbooks.problems.length > 0
            text: qsTr("Some runbook templates could not be read: %1").arg(panel.app.runbooks.problems.join("; "))
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ProgressBar {
            visible: panel.runbook.count > 0
            value: panel.runbook.progress
            Layout.fillWidth: true
            Accessible.name: qsTr("Runbook progress")
        }
        ListView {
            id: steps
            objectName: "runbookSteps"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.runbook
            spacing: Theme.unit / 2
            activeFocusOnTab: count > 0 // an empty list is no place to stop
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            // Tab into the list, arrows to a step, Space ticks or unticks it.
            Keys.onSpacePressed: {
                const item = steps.currentItem
                if (item)
                    panel.room.setStepState(item.attachmentId, item.stepIndex, item.state === "done" ? "todo" : "done")
            }
            delegate: RunbookStepDelegate {
                width: steps.width
                now: panel.app.now
                choices: panel.room.stepStateChoices
                onStateRequested: (attachmentId, stepIndex, state) => panel.room.setStepState(attachmentId, stepIndex, state)
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width * 0.85
                visible: steps.count === 0
                title: qsTr("No runbook attached.")
                hint: qsTr("Attach one to work through its steps; your own templates go in %1.")
                      .arg(panel.app.runbooks.userDirectory)
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The incident's tasks and follow-up action items: open ones first, with owner and due time,
// then what was done or dropped. Adding one writes a log line.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: panel
    required property MusterApp app
    readonly property IncidentRoom room: app.room
    readonly property TaskModel tasks: room.tasks

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    TaskDialog {
        id: taskDialog
        app: panel.app
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 1.5
        spacing: Theme.unit

        PanelHeader {
            title: qsTr("Tasks")
            detail: panel.tasks.overdueCount > 0 ? qsTr("%1 open, %2 overdue").arg(panel.tasks.openCount).arg(panel.tasks.overdueCount)
                                                 : panel.tasks.count > 0 ? qsTr("%1 open").arg(panel.tasks.openCount) : ""
            Layout.fillWidth: true
            Button {
                objectName: "addTaskButton"
                text: qsTr("Add…")
                flat: true
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Add a task")
                // Once the incident is over, what is left to do are follow-ups.
                onClicked: taskDialog.add(["resolved", "learning", "closed"].indexOf(panel.room.state) >= 0 ? "action" : "task")
            }
        }
        ListView {
            id: list
            objectName: "taskList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.tasks
            spacing: Theme.unit / 2
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: TaskDelegate {
                width: list.width
                now: panel.app.now
                people: panel.app.people
                onStatusRequested: (taskId, status) => panel.room.setTaskStatus(taskId, status)
                onOwnerRequested: (taskId, personId) => panel.room.setTaskOwner(taskId, personId)
                onDueRequested: (taskId, dueMs) => panel.room.setTaskDue(taskId, dueMs)
                canSendToJira: panel.app.integrations.filesToJira
                onSendToJiraRequested: (taskId) => panel.room.sendToJira(taskId)
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width * 0.85
                visible: list.count === 0
                title: qsTr("No tasks yet.")
                hint: qsTr("Hand out work with an owner and a due time; after the incident, record follow-up action items here.")
            }
        }
    }
}

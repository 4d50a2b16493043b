// SPDX-License-Identifier: GPL-3.0-or-later
// One task or action item: a box to mark it done, who owns it and when it is due (red once
// overdue), and a menu to hand it to someone, move the due time, drop or reopen it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

RowLayout {
    id: task
    required property int index
    required property string taskId
    required property string kind
    required property string kindLabel
    required property string title
    required property string ownerName
    required property double due
    required property string status
    required property string statusLabel
    required property bool overdue
    required property double now
    required property PeopleModel people
    // Its Jira issue, once the relay filed it (TaskModel's tracker roles).
    required property string trackerKey
    required property string trackerUrl
    required property string trackerStatus
    required property bool trackerDone
    required property bool trackerRequested
    // A Jira integration is set up: an action item not yet in Jira offers "Send to Jira".
    property bool canSendToJira: false
    // Not filed yet: sent, or sent again while it waits (its integration was replaced).
    readonly property bool sendable: kind === "action" && canSendToJira && trackerKey === ""
    signal sendToJiraRequested(string taskId)
    signal statusRequested(string taskId, string status)
    signal ownerRequested(string taskId, string personId)
    signal dueRequested(string taskId, double dueMs)

    objectName: "task-" + index
    spacing: Theme.unit / 2

    PersonMenu {
        id: ownerMenu
        people: task.people
        clearText: qsTr("Nobody yet")
        onPicked: (personId) => task.ownerRequested(task.taskId, personId)
    }
    Menu {
        id: moreMenu
        MenuItem {
            text: qsTr("Hand to…")
            onTriggered: ownerMenu.popup(more)
        }
        MenuItem {
            text: qsTr("Due in 30 minutes")
            onTriggered: task.dueRequested(task.taskId, task.now + 30 * 60000)
        }
        MenuItem {
            text: qsTr("Due in 2 hours")
            onTriggered: task.dueRequested(task.taskId, task.now + 2 * 3600000)
        }
        MenuItem {
            text: qsTr("Due in a week")
            onTriggered: task.dueRequested(task.taskId, task.now + 7 * 24 * 3600000)
        }
        MenuItem {
            text: qsTr("No due time")
            enabled: task.due > 0
            onTriggered: task.dueRequested(task.taskId, 0)
        }
        MenuItem {
            objectName: "sendToJira"
            text: task.trackerRequested ? qsTr("Send to Jira again") : qsTr("Send to Jira")
            visible: task.sendable
            height: visible ? implicitHeight : 0 // a hidden item leaves no gap in a Menu
            onTriggered: task.sendToJiraRequested(task.taskId)
        }
        MenuSeparator {}
        MenuItem {
            text: task.status === "open" ? qsTr("Drop (no longer needed)") : qsTr("Reopen")
            onTriggered: task.statusRequested(task.taskId, task.status === "open" ? "dropped" : "open")
        }
    }

    CheckBox {
        objectName: "taskBox"
        checked: task.status === "done"
        enabled: task.status !== "dropped"
        Layout.alignment: Qt.AlignTop
        Accessible.name: task.title
        onClicked: task.statusRequested(task.taskId, checked ? "done" : "open")
    }
    ColumnLayout {
        spacing: 0
        Layout.fillWidth: true
        Label {
            text: task.title
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            font.strikeout: task.status === "dropped"
            color: task.status === "open" ? Theme.text : Theme.textMuted
            Layout.fillWidth: true
        }
        Label {
            objectName: "taskMeta"
            // "Action item · Kenji Tanaka · due 10:30", "Done", "overdue since 10:30"
            text: {
                const parts = []
                if (task.kind === "action")
                    parts.push(task.kindLabel)
                if (task.status !== "open")
                    parts.push(task.statusLabel)
                parts.push(task.ownerName !== "" ? task.ownerName : qsTr("no owner"))
                if (task.due > 0)
                    parts.push(task.overdue ? qsTr("overdue since %1").arg(Format.clock(task.due, task.now))
                                            : qsTr("due %1").arg(Format.clock(task.due, task.now)))
                return parts.join(" · ")
            }
            font.pixelSize: Theme.fontSmall - 1
            font.bold: task.overdue
            color: task.overdue ? Theme.danger : task.ownerName === "" && task.status === "open" ? Theme.warning
                                                                                              : Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // "OPS-123 · In Progress", opening the issue in the browser; "Sending to Jira…" until filed.
        Button {
            objectName: "taskTrackerLink"
            visible: task.trackerKey !== ""
            Layout.fillWidth: true // a long status wraps in the column
            flat: true
            padding: 0
            topInset: 0
            bottomInset: 0
            font.pixelSize: Theme.fontSmall - 1
            text: task.trackerStatus !== "" ? qsTr("Jira %1 · %2").arg(task.trackerKey).arg(task.trackerStatus)
                                            : qsTr("Jira %1").arg(task.trackerKey)
            Accessible.name: qsTr("Open %1 in Jira").arg(task.trackerKey)
            ToolTip.visible: hovered
            ToolTip.text: task.trackerUrl
            onClicked: Qt.openUrlExternally(task.trackerUrl)
            contentItem: Label {
                text: parent.text
                font.pixelSize: parent.font.pixelSize
                font.underline: true
                color: task.trackerDone ? Theme.textMuted : Theme.accent
                wrapMode: Text.Wrap
            }
        }
        Label {
            objectName: "taskTrackerPending"
            visible: task.trackerRequested
            text: qsTr("Sending to Jira…")
            font.pixelSize: Theme.fontSmall - 1
            color: Theme.textMuted
        }
    }
    ToolButton {
        id: more
        text: "⋯"
        Layout.alignment: Qt.AlignTop
        Accessible.name: qsTr("More for %1").arg(task.title)
        onClicked: moreMenu.popup(more)
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Add a task (work during the response) or a follow-up action item (from the retrospective):
// what, who and by when. The incident room checks it; the log records it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    property string problem: ""
    property string ownerId: ""
    readonly property double parsedDue: dueField.text.trim() === "" ? 0 : Format.parseDateTime(dueField.text)

    function add(kind) {
        kindBox.currentIndex = kind === "action" ? 1 : 0
        titleField.text = ""
        ownerId = ""
        dueField.text = ""
        problem = ""
        open()
        titleField.forceActiveFocus()
    }
    function save() {
        if (parsedDue === 0 && dueField.text.trim() !== "") {
            problem = qsTr("The due time is not a date and time like 2026-11-24 10:30.")
            return
        }
        problem = app.room.addTask(kindBox.currentIndex === 1 ? "action" : "task", titleField.text, ownerId, parsedDue)
        if (problem === "")
            close()
    }

    objectName: "taskDialog"
    title: kindBox.currentIndex === 1 ? qsTr("Add an action item") : qsTr("Add a task")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 520, Math.round(520 * Theme.zoom))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        ComboBox {
            id: kindBox
            objectName: "taskKindBox"
            model: [qsTr("Task — during the response"), qsTr("Action item — follow-up after it")]
            Layout.fillWidth: true
            Accessible.name: qsTr("Kind")
        }
        Label { text: qsTr("What needs doing") }
        TextField {
            id: titleField
            objectName: "taskTitleField"
            placeholderText: kindBox.currentIndex === 1 ? qsTr("e.g. Add a canary stage for checkout-api")
                                                        : qsTr("e.g. Check the CDN error rate for eu-west-1")
            Layout.fillWidth: true
            Accessible.name: qsTr("What needs doing")
            onAccepted: dialog.save()
        }
        Label { text: qsTr("Owner") }
        Button {
            id: ownerButton
            objectName: "taskOwnerButton"
            text: dialog.ownerId !== "" ? dialog.app.people.nameOf(dialog.ownerId) : qsTr("Nobody yet — choose…")
            flat: true
            Accessible.name: qsTr("Owner: %1").arg(text)
            onClicked: ownerMenu.popup(ownerButton)
        }
        PersonMenu {
            id: ownerMenu
            people: dialog.app.people
            clearText: qsTr("Nobody yet")
            onPicked: (personId) => dialog.ownerId = personId
        }
        Label { text: qsTr("Due (local time, YYYY-MM-DD HH:MM; empty for none)") }
        RowLayout {
            spacing: Theme.unit / 2
            TextField {
                id: dueField
                objectName: "taskDueField"
                placeholderText: Format.dateTime(dialog.app.now + 3600000)
                Layout.preferredWidth: Math.round(220 * Theme.zoom)
                Accessible.name: qsTr("Due time")
                onAccepted: dialog.save()
            }
            Button {
                text: qsTr("+1 h")
                flat: true
                onClicked: dueField.text = Format.dateTime(dialog.app.now + 3600000)
            }
            Button {
                text: qsTr("+1 week")
                flat: true
                onClicked: dueField.text = Format.dateTime(dialog.app.now + 7 * 24 * 3600000)
            }
        }
        Label {
            objectName: "taskProblem"
            text: dialog.problem
            visible: dialog.problem !== ""
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.topMargin: Theme.unit
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            PrimaryButton {
                objectName: "saveTaskButton"
                text: qsTr("Add")
                onClicked: dialog.save()
            }
        }
    }
}

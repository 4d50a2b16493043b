// SPDX-License-Identifier: GPL-3.0-or-later
// Set or correct a milestone time. Corrections are normal (times are often fixed afterwards);
// a recorded time feeds the metrics, so changing or clearing one asks why, and the log keeps
// the old and new time with the reason.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    property string milestone
    property string label
    property double recorded: 0
    property string problem: ""
    readonly property double parsed: Format.parseDateTime(timeField.text)

    function edit(name, text, at) {
        milestone = name
        label = text
        recorded = at
        timeField.text = Format.dateTime(at > 0 ? at : app.now)
        reasonField.text = ""
        problem = ""
        open()
        timeField.forceActiveFocus()
    }
    function apply(atMs) {
        problem = app.room.setMilestone(milestone, atMs, reasonField.text)
        if (problem === "")
            close()
    }

    objectName: "milestoneDialog"
    title: recorded > 0 ? qsTr("Correct the “%1” time").arg(label) : qsTr("Set the “%1” time").arg(label)
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 460, Math.round(460 * Theme.zoom))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label {
            text: qsTr("Local time, as YYYY-MM-DD HH:MM")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: timeField
            objectName: "milestoneTimeField"
            Layout.preferredWidth: Math.round(260 * Theme.zoom)
            inputMask: "9999-99-99 99:99"
            Accessible.name: dialog.title
            onAccepted: if (saveButton.enabled) saveButton.clicked()
        }
        Label {
            visible: dialog.parsed === 0
            text: qsTr("That is not a valid date and time.")
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }
        Label {
            visible: dialog.recorded > 0
            text: qsTr("Why is the recorded time wrong?")
        }
        TextField {
            id: reasonField
            objectName: "milestoneReasonField"
            visible: dialog.recorded > 0
            placeholderText: qsTr("e.g. the dashboard shows errors from 08:41")
            Layout.fillWidth: true
            Accessible.name: qsTr("Reason for the correction")
            onAccepted: if (saveButton.enabled) saveButton.clicked()
        }
        Label {
            objectName: "milestoneProblemText"
            visible: dialog.problem !== ""
            text: dialog.problem
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.topMargin: Theme.unit
            Button {
                text: qsTr("Clear")
                flat: true
                visible: dialog.recorded > 0
                onClicked: dialog.apply(0)
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            PrimaryButton {
                id: saveButton
                objectName: "saveMilestoneButton"
                text: qsTr("Save")
                enabled: dialog.parsed > 0
                onClicked: dialog.apply(dialog.parsed)
            }
        }
    }
}

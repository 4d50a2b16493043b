// SPDX-License-Identifier: GPL-3.0-or-later
// Correct a milestone time. Corrections are normal (times are often fixed afterwards) and are
// logged with the old and new value.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    property string milestone
    property string label
    readonly property double parsed: Format.parseDateTime(timeField.text)

    function edit(name, text, at) {
        milestone = name
        label = text
        timeField.text = Format.dateTime(at > 0 ? at : app.now)
        open()
        timeField.forceActiveFocus()
    }

    title: qsTr("Correct the “%1” time").arg(label)
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    standardButtons: Dialog.Cancel

    ColumnLayout {
        spacing: Theme.unit
        Label {
            text: qsTr("Local time, as YYYY-MM-DD HH:MM")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: timeField
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
        RowLayout {
            Button {
                text: qsTr("Clear")
                flat: true
                onClicked: {
                    dialog.app.room.setMilestone(dialog.milestone, 0)
                    dialog.close()
                }
            }
            Item { Layout.fillWidth: true }
            PrimaryButton {
                id: saveButton
                text: qsTr("Save")
                enabled: dialog.parsed > 0
                onClicked: {
                    dialog.app.room.setMilestone(dialog.milestone, dialog.parsed)
                    dialog.close()
                }
            }
        }
    }
}

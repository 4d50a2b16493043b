// SPDX-License-Identifier: GPL-3.0-or-later
// Which Alertmanagers this desktop polls, and how often. Saved for every start and applied at
// once; --alertmanager on the command line wins for one run. Alertmanagers that send webhooks
// to the relay need no entry here.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    property string problem: ""

    function edit() {
        urlsField.text = app.detection.sources.join("\n")
        secondsField.value = app.detection.pollSeconds
        problem = ""
        open()
        urlsField.forceActiveFocus()
    }
    function save() {
        problem = app.saveDetectionSettings(urlsField.text.split("\n"), secondsField.value)
        if (problem === "")
            close()
    }

    objectName: "alertmanagerSettingsDialog"
    title: qsTr("Alertmanagers")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 560, Math.round(560 * Theme.zoom))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label { text: qsTr("Alertmanagers to poll from this computer, one address per line") }
        FormTextArea {
            id: urlsField
            objectName: "alertmanagerUrlsField"
            placeholderText: "http://alertmanager.example:9093"
            wrapMode: TextEdit.NoWrap
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(Theme.unit * 12)
            Accessible.name: qsTr("Alertmanager addresses")
        }
        Label {
            text: qsTr("Leave empty when Alertmanager sends its webhooks to the team's relay: those alerts "
                       + "reach every teammate without polling.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.unit
            Label { text: qsTr("Seconds between polls") }
            FormSpinBox {
                id: secondsField
                objectName: "pollSecondsField"
                from: 5
                to: 300
                Accessible.name: qsTr("Seconds between polls")
            }
        }
        Label {
            objectName: "alertmanagerSettingsProblem"
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
                objectName: "saveAlertmanagersButton"
                text: qsTr("Save")
                onClicked: dialog.save()
            }
        }
    }
}

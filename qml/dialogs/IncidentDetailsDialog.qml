// SPDX-License-Identifier: GPL-3.0-or-later
// Edit the title, services, summary, customer impact and bridge link of the open incident.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property IncidentRoom room

    function edit() {
        editor.load()
        open()
        titleField.forceActiveFocus()
    }

    title: qsTr("Edit incident details")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 640, Math.round(640 * Theme.zoom))

    IncidentDetailsEditor {
        id: editor
        room: dialog.room
    }
    Shortcut {
        sequence: "Ctrl+Return"
        enabled: dialog.visible
        onActivated: if (editor.submit()) dialog.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label { text: qsTr("Title"); font.bold: true }
        TextField {
            id: titleField
            text: editor.title
            onTextEdited: editor.title = text
            Layout.fillWidth: true
            Accessible.name: qsTr("Incident title")
            onAccepted: if (editor.submit()) dialog.close()
        }
        Label { text: qsTr("Affected services (comma-separated)") }
        TextField {
            text: editor.services
            onTextEdited: editor.services = text
            Layout.fillWidth: true
            Accessible.name: qsTr("Affected services")
            onAccepted: if (editor.submit()) dialog.close()
        }
        Label { text: qsTr("Customer impact") }
        TextField {
            text: editor.impact
            onTextEdited: editor.impact = text
            placeholderText: qsTr("Who is affected and how, in words a customer would use")
            Layout.fillWidth: true
            Accessible.name: qsTr("Customer impact")
            onAccepted: if (editor.submit()) dialog.close()
        }
        Label { text: qsTr("Conference bridge") }
        TextField {
            objectName: "bridgeField"
            text: editor.bridge
            onTextEdited: editor.bridge = text
            placeholderText: qsTr("https://… (Zoom, Meet, Jitsi or any link)")
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Layout.fillWidth: true
            Accessible.name: qsTr("Conference bridge link")
            onAccepted: if (editor.submit()) dialog.close()
        }
        Label { text: qsTr("Summary") }
        FormTextArea {
            text: editor.summary
            onTextChanged: if (text !== editor.summary) editor.summary = text
            wrapMode: TextArea.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(90 * Theme.zoom)
            Accessible.name: qsTr("Summary")
        }
        Label {
            text: editor.problem
            visible: !editor.valid
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.topMargin: Theme.unit
            Label {
                text: qsTr("Every change is written to the log.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            PrimaryButton {
                text: qsTr("Save")
                enabled: editor.valid
                onClicked: if (editor.submit()) dialog.close()
            }
        }
    }
}

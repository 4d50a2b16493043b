// SPDX-License-Identifier: GPL-3.0-or-later
// Add a responder to the directory, or edit one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app

    function editPerson(personId) {
        editor.personId = personId
        open()
        nameField.forceActiveFocus()
    }

    title: editor.isNew ? qsTr("Add a person") : qsTr("Edit %1").arg(editor.name)
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 480, Math.round(480 * Theme.zoom))

    PersonEditor {
        id: editor
        app: dialog.app
        onSaved: dialog.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            text: editor.name
            onTextEdited: editor.name = text
            Layout.fillWidth: true
            Accessible.name: qsTr("Name")
            onAccepted: editor.submit()
        }
        Label { text: qsTr("Team") }
        TextField {
            text: editor.team
            onTextEdited: editor.team = text
            Layout.fillWidth: true
            Accessible.name: qsTr("Team")
            onAccepted: editor.submit()
        }
        Label { text: qsTr("E-mail") }
        TextField {
            text: editor.email
            onTextEdited: editor.email = text
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhEmailCharactersOnly
            Accessible.name: qsTr("E-mail")
            onAccepted: editor.submit()
        }
        Label { text: qsTr("Phone or chat handle") }
        TextField {
            text: editor.handle
            onTextEdited: editor.handle = text
            Layout.fillWidth: true
            Accessible.name: qsTr("Phone or chat handle")
            onAccepted: editor.submit()
        }
        Label {
            text: editor.problem
            visible: editor.problem !== "" && editor.name !== ""
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
                text: editor.isNew ? qsTr("Add") : qsTr("Save")
                enabled: editor.valid
                onClicked: editor.submit()
            }
        }
    }
}

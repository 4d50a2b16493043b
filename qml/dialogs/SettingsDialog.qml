// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: the relay to share through, its access token, the workspace, the name teammates
// see, the language and the appearance. A new relay or token applies at once, and so does
// the appearance; workspace, name and language apply the next time Muster starts. The command line (--relay, --workspace, --user) wins over these for one run.
// The token is never shown again once saved: it goes to the system keyring.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    property string problem: ""

    function edit() {
        relayField.text = app.sync.relayUrl
        tokenField.text = ""
        workspaceField.text = app.workspace
        nameField.text = app.userName
        const choices = app.languageChoices()
        languageBox.currentIndex = Math.max(0, choices.findIndex(c => c.value === app.savedLanguage()))
        languageBox.initial = languageBox.currentValue
        schemeBox.currentIndex = Math.max(0, app.appearance.schemeChoices().findIndex(c => c.value === app.appearance.scheme))
        problem = ""
        open()
        // Refused, or asked for because there is no keyring: the token is what is missing.
        if (relayField.text !== "" && (app.sync.state === SyncController.Refused || !app.credentials.hasToken))
            tokenField.forceActiveFocus()
        else
            relayField.forceActiveFocus()
    }
    function save() {
        problem = app.saveSettings(relayField.text, workspaceField.text, nameField.text, tokenField.text)
        if (problem === "")
            problem = app.saveLanguage(languageBox.currentValue)
        if (problem === "")
            close()
    }

    objectName: "settingsDialog"
    title: qsTr("Settings")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 520, Math.round(520 * Theme.zoom))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label { text: qsTr("Relay address") }
        TextField {
            id: relayField
            objectName: "relayField"
            placeholderText: "ws://relay.example.org:7447"
            Layout.fillWidth: true
            Accessible.name: qsTr("Relay address")
            onAccepted: dialog.save()
        }
        Label {
            text: qsTr("Leave empty to keep everything on this computer.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Label { text: qsTr("Access token") }
        TextField {
            id: tokenField
            objectName: "tokenField"
            echoMode: TextInput.Password
            placeholderText: dialog.app.credentials.hasToken ? qsTr("Saved — paste a new one to replace it")
                                                             : "mst_…"
            Layout.fillWidth: true
            Accessible.name: qsTr("Access token")
            Accessible.description: tokenNote.text
            onAccepted: dialog.save()
        }
        Label {
            id: tokenNote
            objectName: "tokenNote"
            text: dialog.app.credentials.description
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "refusedReason"
            text: dialog.app.sync.lastError
            visible: dialog.app.sync.state === SyncController.Refused
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Workspace") }
        TextField {
            id: workspaceField
            Layout.fillWidth: true
            Accessible.name: qsTr("Workspace")
            onAccepted: dialog.save()
        }
        Label { text: qsTr("Your name, as teammates see it") }
        TextField {
            id: nameField
            Layout.fillWidth: true
            Accessible.name: qsTr("Your name")
            onAccepted: dialog.save()
        }
        Label { text: qsTr("Language") }
        ComboBox {
            id: languageBox
            objectName: "languageBox"
            property string initial: ""
            model: dialog.app.languageChoices()
            textRole: "text"
            valueRole: "value"
            Layout.fillWidth: true
            Accessible.name: qsTr("Language")
        }
        Label { text: qsTr("Appearance") }
        ComboBox {
            id: schemeBox
            objectName: "schemeBox"
            model: dialog.app.appearance.schemeChoices()
            textRole: "text"
            valueRole: "value"
            Layout.fillWidth: true
            Accessible.name: qsTr("Appearance")
            // Seen at once, and kept: there is nothing to confirm about a colour scheme.
            onActivated: dialog.app.appearance.scheme = currentValue
        }
        Label {
            text: qsTr("A new workspace, name or language takes effect the next time Muster starts.")
            visible: workspaceField.text !== dialog.app.workspace || nameField.text !== dialog.app.userName
                     || languageBox.currentValue !== languageBox.initial
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "settingsProblem"
            text: dialog.problem
            visible: dialog.problem !== ""
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.topMargin: Theme.unit
            Button {
                objectName: "openIntegrations"
                text: qsTr("Integrations…")
                flat: true
                Accessible.description: qsTr("Slack, Microsoft Teams and Mattermost channels the relay posts to")
                onClicked: { dialog.close(); dialog.app.navigator.showIntegrations() }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            PrimaryButton {
                text: qsTr("Save")
                onClicked: dialog.save()
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Where the relay posts incident events: Slack, Microsoft Teams and Mattermost channels. Every
// member sees each integration and how delivery goes; someone with an admin token retries a
// paused one, removes one, or adds one. The webhook URL goes to the relay and is never shown
// again, here or anywhere.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    readonly property IntegrationList integrations: app.integrations

    function start() {
        editor.clear()
        open()
    }

    objectName: "integrationsDialog"
    title: qsTr("Integrations")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 900, Math.round(900 * Theme.zoom))
    height: Math.min(parent ? parent.height - Theme.unit * 4 : 620, Math.round(620 * Theme.zoom))

    IntegrationEditor {
        id: editor
        integrations: dialog.integrations
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.unit * 2

        // The integrations and how each is doing.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round(460 * Theme.zoom)
            spacing: Theme.unit
            Label {
                text: qsTr("Incident events are posted once, by the relay, whether or not anyone has Muster open. The relay also files the action items sent to Jira.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
            EmptyState {
                visible: list.count === 0
                Layout.fillWidth: true
                Layout.topMargin: Theme.unit * 3
                title: !dialog.integrations.known
                       ? (dialog.app.sync.state === SyncController.LocalOnly
                          ? qsTr("Integrations run on the relay. Set a relay in Settings to use them.")
                          : qsTr("Waiting for the relay to say which integrations there are…"))
                       : qsTr("No integrations yet.")
                hint: dialog.integrations.known && !dialog.integrations.manage
                      ? qsTr("Someone with an admin token adds them, here or with muster-relay integration add.")
                      : ""
            }
            ListView {
                id: list
                objectName: "integrationList"
                visible: count > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.unit
                model: dialog.integrations
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: row
                    required property string integrationId
                    required property string kindLabel
                    required property string name
                    required property string target
                    required property string events
                    required property int status
                    required property string statusText
                    required property double lastDeliveredAt
                    required property bool incoming
                    required property bool jira
                    required property string project
                    required property string issueType
                    required property string account

                    readonly property color statusColor: status === IntegrationList.Paused ? Theme.danger
                                                       : status === IntegrationList.Retrying ? Theme.warning
                                                       : status === IntegrationList.Posting ? Theme.success
                                                       : Theme.textMuted
                    width: list.width - (list.ScrollBar.vertical.visible ? list.ScrollBar.vertical.width : 0)
                    implicitHeight: body.implicitHeight + Theme.unit * 2
                    radius: Theme.radius
                    color: Theme.surfaceAlt
                    border.color: status === IntegrationList.Paused ? Theme.danger : Theme.border
                    border.width: status === IntegrationList.Paused ? 2 : 1
                    Accessible.role: Accessible.ListItem
                    Accessible.name: name + ", " + kindLabel + ". " + (statusText !== "" ? statusText : stateLabel.text)

                    ColumnLayout {
                        id: body
                        anchors.fill: parent
                        anchors.margins: Theme.unit
                        spacing: Math.round(Theme.unit / 2)
                        Label {
                            text: row.name
                            font.bold: true
                            font.pixelSize: Theme.fontHeading
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.incoming
                                  ? qsTr("%1 · receives at %2 on the relay's webhook listener; its incidents appear in Detection").arg(row.kindLabel).arg(row.target)
                                  : row.jira
                                    ? (row.account !== ""
                                       ? qsTr("%1 · files action items sent to it as %2 issues in project %3 at %4, as %5").arg(row.kindLabel).arg(row.issueType).arg(row.project).arg(row.target).arg(row.account)
                                       : qsTr("%1 · files action items sent to it as %2 issues in project %3 at %4, with a personal access token").arg(row.kindLabel).arg(row.issueType).arg(row.project).arg(row.target))
                                    : qsTr("%1 · posts to %2 on: %3").arg(row.kindLabel).arg(row.target).arg(row.events)
                            wrapMode: Text.Wrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.unit
                            Rectangle {
                                width: Math.round(Theme.unit * 1.25)
                                height: width
                                radius: width / 2
                                color: row.statusColor
                                Layout.alignment: Qt.AlignTop | Qt.AlignLeft
                                Layout.topMargin: Math.round(Theme.unit / 2)
                            }
                            Label {
                                id: stateLabel
                                text: row.statusText !== "" ? row.statusText
                                      : row.lastDeliveredAt > 0
                                        ? (row.incoming ? qsTr("Receiving: last webhook %1").arg(Format.ago(row.lastDeliveredAt, dialog.app.now))
                                           : row.jira ? qsTr("Working: last reached Jira %1").arg(Format.ago(row.lastDeliveredAt, dialog.app.now))
                                                        : qsTr("Posting: last post %1").arg(Format.ago(row.lastDeliveredAt, dialog.app.now)))
                                      : row.incoming ? qsTr("Nothing received yet.")
                                      : row.jira ? qsTr("Nothing filed yet. Send an action item to Jira from its menu.")
                                      : qsTr("Nothing posted yet.")
                                color: row.status === IntegrationList.Paused ? Theme.danger : Theme.text
                                font.bold: row.status === IntegrationList.Paused
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        RowLayout {
                            visible: dialog.integrations.manage
                            Layout.fillWidth: true
                            Item { Layout.fillWidth: true }
                            Button {
                                objectName: "retryIntegration"
                                visible: row.status === IntegrationList.Paused
                                         || (row.status === IntegrationList.Retrying && !row.incoming)
                                enabled: !dialog.integrations.busy
                                text: qsTr("Retry now")
                                Accessible.name: qsTr("Retry posts to %1").arg(row.name)
                                onClicked: dialog.integrations.retry(row.integrationId)
                            }
                            Button {
                                objectName: "removeIntegration"
                                flat: true
                                enabled: !dialog.integrations.busy
                                text: qsTr("Remove")
                                Accessible.name: qsTr("Remove %1").arg(row.name)
                                onClicked: dialog.integrations.remove(row.integrationId)
                            }
                        }
                    }
                }
            }
            Label {
                visible: dialog.integrations.refusal !== ""
                text: dialog.integrations.refusal
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        // Adding one: only for those the relay lets manage them.
        ScrollView {
            id: addForm
            visible: dialog.integrations.manage
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: Math.round(360 * Theme.zoom)
            contentWidth: availableWidth
            clip: true

        ColumnLayout {
            width: addForm.availableWidth
            spacing: Math.round(Theme.unit / 2)
            Label {
                text: qsTr("Add an integration")
                font.bold: true
                font.pixelSize: Theme.fontHeading
            }
            Label { text: qsTr("Service") }
            FitComboBox {
                id: kindBox
                objectName: "integrationKind"
                Accessible.name: qsTr("Service")
                model: editor.kindChoices()
                textRole: "text"
                valueRole: "value"
                currentIndex: indexOfValue(editor.kind)
                onActivated: editor.kind = currentValue
                Layout.fillWidth: true
            }
            Label { text: editor.nameLabel; wrapMode: Text.Wrap; Layout.fillWidth: true }
            TextField {
                objectName: "integrationName"
                Accessible.name: editor.nameLabel
                text: editor.name
                placeholderText: editor.namePlaceholder
                onTextEdited: editor.name = text
                Layout.fillWidth: true
            }
            Label { visible: editor.jira; text: qsTr("Jira site"); Layout.fillWidth: true }
            TextField {
                objectName: "integrationSite"
                visible: editor.jira
                Accessible.name: qsTr("Jira site")
                text: editor.site
                placeholderText: "https://acme.atlassian.net"
                inputMethodHints: Qt.ImhUrlCharactersOnly
                onTextEdited: editor.site = text
                Layout.fillWidth: true
            }
            RowLayout {
                visible: editor.jira
                spacing: Theme.unit
                Layout.fillWidth: true
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Label { text: qsTr("Project key") }
                    TextField {
                        objectName: "integrationProject"
                        Accessible.name: qsTr("Project key")
                        text: editor.project
                        placeholderText: "OPS"
                        onTextEdited: editor.project = text
                        Layout.fillWidth: true
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Label { text: qsTr("Issue type") }
                    TextField {
                        objectName: "integrationIssueType"
                        Accessible.name: qsTr("Issue type")
                        text: editor.issueType
                        placeholderText: "Task"
                        onTextEdited: editor.issueType = text
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                visible: editor.jira
                text: qsTr("Account e-mail (Jira Cloud; leave empty for a personal access token)")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                objectName: "integrationUser"
                visible: editor.jira
                Accessible.name: qsTr("Account e-mail")
                text: editor.user
                placeholderText: "sre-bot@example.com"
                inputMethodHints: Qt.ImhEmailCharactersOnly
                onTextEdited: editor.user = text
                Layout.fillWidth: true
            }
            Label { text: editor.secretLabel; wrapMode: Text.Wrap; Layout.fillWidth: true }
            TextField {
                objectName: "integrationUrl"
                Accessible.name: editor.secretLabel
                Accessible.description: urlNote.text
                echoMode: TextInput.Password
                text: editor.url
                placeholderText: editor.secretPlaceholder
                onTextEdited: editor.url = text
                Layout.fillWidth: true
            }
            Label {
                id: urlNote
                text: qsTr("It is a secret: it goes to the relay only and is not shown again.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: editor.receives
                text: qsTr("PagerDuty posts to /pagerduty/%1 on the relay's webhook listener (muster-relay --http); its incidents appear in Detection.").arg(dialog.app.workspace)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            Label {
                visible: editor.jira
                text: qsTr("Action items are filed when someone chooses “Send to Jira” on one, in the retrospective or the Action items view. Their status is read back every few minutes.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            Label {
                visible: !editor.receives && !editor.jira
                text: qsTr("Post when…")
                Layout.topMargin: Math.round(Theme.unit / 2)
            }
            // A positioner, not a GridLayout: Qt 6.4's GridLayout crashes when a Repeater in it
            // loses its delegates (choosing a kind without events).
            Grid {
                id: eventGrid
                columns: 2
                rowSpacing: Math.round(Theme.unit / 4)
                verticalItemAlignment: Grid.AlignVCenter
                visible: editor.events.length > 0
                Layout.fillWidth: true
                Repeater {
                    model: editor.events
                    delegate: CheckBox {
                        required property var modelData
                        objectName: "integrationEvent_" + modelData.value
                        text: modelData.label
                        checked: modelData.checked
                        onToggled: editor.setEvent(modelData.value, checked)
                        topPadding: 0
                        bottomPadding: 0
                        width: eventGrid.width / 2 // the two columns share the width evenly
                        contentItem: Label {
                            leftPadding: parent.indicator.width + parent.spacing
                            text: parent.text
                            wrapMode: Text.Wrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
            CheckBox {
                objectName: "integrationUpdateText"
                visible: editor.kind !== "pagerduty" && !editor.receives && !editor.jira
                topPadding: 0
                bottomPadding: 0
                text: qsTr("Quote the text of stakeholder updates")
                checked: editor.updateText
                onToggled: editor.updateText = checked
                Layout.fillWidth: true
            }
            Label {
                text: editor.refusal !== "" ? editor.refusal : editor.problem
                visible: text !== "" && (editor.refusal !== "" || editor.name !== "" || editor.url !== "" || editor.site !== "")
                color: editor.refusal !== "" ? Theme.danger : Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        Button {
            objectName: "closeIntegrations"
            text: qsTr("Close")
            flat: true
            onClicked: dialog.close()
        }
        // Below the form rather than in it, so it is in sight at any height.
        PrimaryButton {
            objectName: "addIntegration"
            visible: dialog.integrations.manage
            text: editor.busy ? qsTr("Adding…") : qsTr("Add integration")
            enabled: editor.valid && !editor.busy
            onClicked: editor.submit()
        }
    }
    }
}

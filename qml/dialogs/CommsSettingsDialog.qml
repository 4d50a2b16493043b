// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's communication settings: the distribution lists updates go to, and how often
// stakeholders hear from the team per severity. Shared with every teammate through sync.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    readonly property CommsSettingsEditor editor: app.comms.editor
    property string problem: ""
    property string notice: ""

    function start() {
        problem = ""
        notice = ""
        const lists = app.comms.lists
        editor.editList(lists.length > 0 ? lists[0].id : "")
        editor.editCadence()
        editor.editTemplate("executives", "initial")
        open()
    }
    function act(result, success) {
        problem = result
        notice = result === "" ? success : ""
    }

    objectName: "commsSettingsDialog"
    title: qsTr("Communication settings")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 860, Math.round(860 * Theme.zoom))
    height: Math.min(parent ? parent.height - Theme.unit * 4 : 640, Math.round(640 * Theme.zoom))

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Distribution lists") }
            TabButton { objectName: "cadenceTab"; text: qsTr("Cadence") }
            TabButton { objectName: "templatesTab"; text: qsTr("Templates") }
        }
        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Lists on the left, the chosen one on the right.
            RowLayout {
                spacing: Theme.unit * 1.5
                ColumnLayout {
                    Layout.preferredWidth: Math.round(220 * Theme.zoom)
                    Layout.fillWidth: false
                    Layout.fillHeight: true
                    ListView {
                        id: lists
                        objectName: "settingsLists"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: dialog.app.comms.lists
                        delegate: ItemDelegate {
                            required property var modelData
                            width: lists.width
                            text: modelData.name
                            ToolTip.visible: hovered
                            ToolTip.text: modelData.audienceLabel
                            highlighted: modelData.id === dialog.editor.listId
                            onClicked: { dialog.problem = ""; dialog.editor.editList(modelData.id) }
                        }
                    }
                    Button {
                        objectName: "newListButton"
                        text: qsTr("New list")
                        Layout.fillWidth: true
                        onClicked: { dialog.problem = ""; dialog.editor.editList("") }
                    }
                }
                ColumnLayout {
                    spacing: Math.round(Theme.unit / 2)
                    // Long labels wrap instead of widening the dialog.
                    Layout.fillWidth: true
                    Layout.preferredWidth: Math.round(400 * Theme.zoom)
                    Layout.fillHeight: true
                    Label { text: qsTr("Name") }
                    TextField {
                        objectName: "listName"
                        Accessible.name: qsTr("Name")
                        text: dialog.editor.name
                        placeholderText: qsTr("e.g. Exec team")
                        onTextEdited: dialog.editor.name = text
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("Audience: decides which templates it gets") }
                    ComboBox {
                        objectName: "listAudience"
                        Accessible.name: qsTr("Audience: decides which templates it gets")
                        model: dialog.editor.audiences
                        textRole: "label"
                        valueRole: "name"
                        currentIndex: indexOfValue(dialog.editor.audience)
                        onActivated: dialog.editor.audience = currentValue
                        Layout.fillWidth: true
                    }
                    Label { text: qsTr("To: one address per line (addr@example.com or Name <addr@example.com>)") ; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    FormTextArea {
                        objectName: "listTo"
                        Accessible.name: qsTr("To: one address per line (addr@example.com or Name <addr@example.com>)")
                        text: dialog.editor.to
                        onTextChanged: if (text !== dialog.editor.to) dialog.editor.to = text
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.round(70 * Theme.zoom)
                    }
                    Label { text: qsTr("Cc") }
                    FormTextArea {
                        objectName: "listCc"
                        Accessible.name: qsTr("Cc")
                        text: dialog.editor.cc
                        onTextChanged: if (text !== dialog.editor.cc) dialog.editor.cc = text
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.round(50 * Theme.zoom)
                    }
                    Label { text: qsTr("Time zone the readers live in (an IANA name such as Europe/Berlin; empty for UTC)"); wrapMode: Text.Wrap; Layout.fillWidth: true }
                    TextField {
                        objectName: "listZone"
                        Accessible.name: qsTr("Time zone the readers live in (an IANA name such as Europe/Berlin; empty for UTC)")
                        text: dialog.editor.zone
                        placeholderText: "UTC"
                        onTextEdited: dialog.editor.zone = text
                        Layout.fillWidth: true
                    }
                    Item { Layout.fillHeight: true }
                    RowLayout {
                        Layout.fillWidth: true
                        Button {
                            objectName: "archiveListButton"
                            visible: dialog.editor.listId !== ""
                            text: qsTr("Archive")
                            flat: true
                            onClicked: dialog.act(dialog.editor.archiveList(dialog.editor.listId), qsTr("Archived: it no longer appears when drafting."))
                        }
                        Item { Layout.fillWidth: true }
                        PrimaryButton {
                            objectName: "saveListButton"
                            text: dialog.editor.listId === "" ? qsTr("Add list") : qsTr("Save list")
                            onClicked: dialog.act(dialog.editor.saveList(), qsTr("Saved."))
                        }
                    }
                }
            }

            // How often each severity's stakeholders hear from the team.
            GridLayout {
                columns: 2
                columnSpacing: Theme.unit * 2
                rowSpacing: Theme.unit
                Repeater {
                    model: 4
                    delegate: RowLayout {
                        id: severityRow
                        required property int index
                        Layout.columnSpan: 2
                        spacing: Theme.unit
                        SeverityBadge {
                            severity: severityRow.index + 1
                            label: "SEV" + (severityRow.index + 1)
                        }
                        Label { text: qsTr("an update every") }
                        FormSpinBox {
                            objectName: "interval-" + (severityRow.index + 1)
                            from: 0
                            to: 10080
                            Accessible.name: qsTr("Minutes between updates at SEV%1").arg(severityRow.index + 1)
                            value: dialog.editor.intervals[severityRow.index] ?? 0
                            onValueModified: {
                                const all = dialog.editor.intervals.slice()
                                all[severityRow.index] = value
                                dialog.editor.intervals = all
                            }
                        }
                        Label { text: qsTr("minutes (0: no regular updates)") ; color: Theme.textMuted }
                    }
                }
                Label {
                    text: qsTr("Long incidents: once an update goes out this long after the start, the next comes less often.")
                    wrapMode: Text.Wrap
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.columnSpan: 2
                    spacing: Theme.unit
                    Label { text: qsTr("after") }
                    FormSpinBox {
                        objectName: "longAfter"
                        from: 1; to: 10080
                        Accessible.name: qsTr("Minutes after the start when updates come less often")
                        value: dialog.editor.longAfter
                        onValueModified: dialog.editor.longAfter = value
                    }
                    Label { text: qsTr("minutes, an update every") }
                    FormSpinBox {
                        objectName: "longInterval"
                        from: 1; to: 10080
                        Accessible.name: qsTr("Minutes between updates in long incidents")
                        value: dialog.editor.longInterval
                        onValueModified: dialog.editor.longInterval = value
                    }
                    Label { text: qsTr("minutes") }
                }
                Label {
                    text: qsTr("Conference bridge for new incidents: each starts with this link, which its details can change.")
                    wrapMode: Text.Wrap
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.unit
                }
                RowLayout {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    spacing: Theme.unit
                    TextField {
                        objectName: "defaultBridge"
                        text: dialog.editor.defaultBridge
                        onTextEdited: dialog.editor.defaultBridge = text
                        placeholderText: qsTr("https://… (none)")
                        inputMethodHints: Qt.ImhUrlCharactersOnly
                        Accessible.name: qsTr("Conference bridge link for new incidents")
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "saveDefaultBridgeButton"
                        text: qsTr("Save link")
                        onClicked: dialog.act(dialog.editor.saveDefaultBridge(), qsTr("Saved: new incidents start with this bridge."))
                    }
                }
                Item { Layout.fillHeight: true; Layout.columnSpan: 2 }
                PrimaryButton {
                    objectName: "saveCadenceButton"
                    text: qsTr("Save cadence")
                    Layout.columnSpan: 2
                    Layout.alignment: Qt.AlignRight
                    onClicked: dialog.act(dialog.editor.saveCadence(), qsTr("Saved: every countdown follows it now."))
                }
            }

            // The workspace's text for each audience and stage; the bundled one until edited.
            RowLayout {
                spacing: Theme.unit * 1.5
                ColumnLayout {
                    spacing: Math.round(Theme.unit / 2)
                    Layout.fillWidth: true
                    Layout.preferredWidth: Math.round(480 * Theme.zoom)
                    Layout.fillHeight: true
                    RowLayout {
                        spacing: Theme.unit
                        Layout.fillWidth: true
                        ComboBox {
                            objectName: "templateAudience"
                            model: dialog.editor.audiences
                            textRole: "label"
                            valueRole: "name"
                            currentIndex: indexOfValue(dialog.editor.templateAudience)
                            onActivated: dialog.editor.editTemplate(currentValue, dialog.editor.templateStage)
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Audience")
                        }
                        ComboBox {
                            objectName: "templateStage"
                            model: dialog.editor.stages
                            textRole: "label"
                            valueRole: "name"
                            currentIndex: indexOfValue(dialog.editor.templateStage)
                            onActivated: dialog.editor.editTemplate(dialog.editor.templateAudience, currentValue)
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Stage")
                        }
                    }
                    Label {
                        text: dialog.editor.templateEdited ? qsTr("Edited for this workspace.") : qsTr("The bundled template.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    TextField {
                        objectName: "templateSubject"
                        text: dialog.editor.templateSubject
                        onTextEdited: dialog.editor.templateSubject = text
                        font.bold: true
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Subject")
                    }
                    ScrollView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        FormTextArea {
                            objectName: "templateBody"
                            text: dialog.editor.templateBody
                            onTextChanged: if (text !== dialog.editor.templateBody) dialog.editor.templateBody = text
                            wrapMode: TextEdit.Wrap
                            font.family: "monospace"
                            Accessible.name: qsTr("Text")
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Button {
                            objectName: "resetTemplateButton"
                            visible: dialog.editor.templateEdited
                            text: qsTr("Back to the bundled template")
                            flat: true
                            onClicked: dialog.act(dialog.editor.resetTemplate(), qsTr("Back to the bundled template."))
                        }
                        Item { Layout.fillWidth: true }
                        PrimaryButton {
                            objectName: "saveTemplateButton"
                            text: qsTr("Save template")
                            onClicked: dialog.act(dialog.editor.saveTemplate(), qsTr("Saved: new drafts use it."))
                        }
                    }
                }
                // What each placeholder is filled with.
                ListView {
                    id: help
                    Layout.preferredWidth: Math.round(260 * Theme.zoom)
                    Layout.fillHeight: true
                    clip: true
                    model: dialog.editor.placeholders
                    spacing: Math.round(Theme.unit / 2)
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ColumnLayout {
                        required property var modelData
                        width: help.width
                        spacing: 0
                        Label { text: modelData.name; font.family: "monospace"; font.pixelSize: Theme.fontSmall; font.bold: true }
                        Label { text: modelData.help; font.pixelSize: Theme.fontSmall; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    }
                }
            }
        }
        Label {
            visible: dialog.problem !== ""
            text: dialog.problem
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: dialog.notice !== ""
            text: dialog.notice
            color: Theme.success
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Close")
            flat: true
            Layout.alignment: Qt.AlignRight
            onClicked: dialog.close()
        }
    }
}

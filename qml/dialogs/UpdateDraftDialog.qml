// SPDX-License-Identifier: GPL-3.0-or-later
// Drafting a stakeholder update: who it goes to and which stage, the draft filled from the live
// incident (editable), the lint warnings as you type, and the ways to send it. "Mark as sent"
// records it in the incident and restarts the cadence; the C++ editor decides everything.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    readonly property UpdateDraftEditor draft: app.room.updateDraft
    property string problem: ""
    property string notice: ""

    function start() {
        problem = ""
        notice = ""
        draft.prepare()
        open()
    }
    function act(result, success) {
        problem = result
        notice = result === "" ? success : ""
    }

    objectName: "updateDraftDialog"
    title: qsTr("Stakeholder update")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 900, Math.round(900 * Theme.zoom))
    height: Math.min(parent ? parent.height - Theme.unit * 4 : 760, Math.round(760 * Theme.zoom))

    Connections {
        target: dialog.draft
        function onDone() { dialog.close() }
    }
    FileDialog {
        id: emlDialog
        title: qsTr("Save the update as an e-mail draft")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("E-mail messages (*.eml)")]
        onAccepted: dialog.act(dialog.draft.saveEml(selectedFile), qsTr("Saved and opened in your mail program. Mark it as sent once it has gone out."))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit

        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true
            Label { text: qsTr("To") }
            ComboBox {
                id: listBox
                objectName: "draftListBox"
                model: dialog.app.comms.lists
                textRole: "name"
                valueRole: "id"
                currentIndex: indexOfValue(dialog.draft.listId)
                onActivated: dialog.draft.listId = currentValue
                Layout.fillWidth: true
                Accessible.name: qsTr("Distribution list")
            }
            Label { text: qsTr("Stage") }
            ComboBox {
                id: stageBox
                objectName: "draftStageBox"
                model: dialog.draft.stages
                textRole: "label"
                valueRole: "name"
                currentIndex: indexOfValue(dialog.draft.stage)
                onActivated: dialog.draft.stage = currentValue
                Layout.preferredWidth: Math.round(200 * Theme.zoom)
                Accessible.name: qsTr("Stage")
            }
        }
        Label {
            objectName: "draftRecipients"
            text: dialog.draft.recipients !== ""
                  ? qsTr("%1 · %2").arg(dialog.draft.audienceLabel).arg(dialog.draft.recipients)
                  : qsTr("No distribution list yet: add one with Lists… on the Comms tab.")
            color: dialog.draft.recipients !== "" ? Theme.textMuted : Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true
            TextField {
                objectName: "draftWorkaround"
                Accessible.name: qsTr("Workaround for customers, if any (fills {{workaround}})")
                visible: dialog.draft.audience === "support" || dialog.draft.body.indexOf("{{workaround}}") >= 0
                placeholderText: qsTr("Workaround for customers, if any (fills {{workaround}})")
                text: dialog.draft.workaround
                onEditingFinished: dialog.draft.workaround = text
                Layout.fillWidth: true
            }
            TextField {
                objectName: "draftRemaining"
                visible: dialog.draft.stage === "resolved"
                placeholderText: qsTr("Remaining impact or data loss (fills {{remaining}})")
                text: dialog.draft.remaining
                onEditingFinished: dialog.draft.remaining = text
                Layout.fillWidth: true
            }
        }
        TextField {
            id: subjectField
            objectName: "draftSubject"
            text: dialog.draft.subject
            onTextEdited: dialog.draft.subject = text
            font.bold: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Subject")
        }
        ScrollView {
            id: bodyScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Math.round(160 * Theme.zoom)
            FormTextArea {
                id: bodyArea
                objectName: "draftBody"
                text: dialog.draft.body
                wrapMode: TextEdit.Wrap
                font.family: "monospace"
                onTextChanged: if (text !== dialog.draft.body) dialog.draft.body = text
                Accessible.name: qsTr("Message")
            }
        }
        // One line per warning: what was found and why it matters. They never block sending.
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Repeater {
                objectName: "draftWarnings"
                model: dialog.draft.warnings
                delegate: Label {
                    required property var modelData
                    objectName: "draftWarning"
                    text: "⚠ " + (modelData.words !== "" ? "“" + modelData.words + "”: " : "") + modelData.why
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        Label {
            visible: dialog.problem !== "" || !dialog.draft.valid
            text: dialog.problem !== "" ? dialog.problem : dialog.draft.problem
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Where the optional approval stands.
        Label {
            objectName: "draftApproval"
            visible: dialog.draft.approvalState !== ""
            text: dialog.draft.approvalState === "requested" ? qsTr("Waiting for the Incident Commander's approval.")
                  : dialog.draft.approvalState === "approved" ? qsTr("✓ Approved by %1.").arg(dialog.draft.approvalDecidedBy)
                  : qsTr("Returned by %1: %2").arg(dialog.draft.approvalDecidedBy).arg(dialog.draft.approvalComment)
            color: dialog.draft.approvalState === "approved" ? Theme.success
                   : dialog.draft.approvalState === "returned" ? Theme.danger : Theme.textMuted
            font.bold: dialog.draft.approvalState === "returned"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "draftNotice"
            visible: dialog.notice !== ""
            text: dialog.notice
            color: Theme.success
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.unit
            Layout.fillWidth: true
            Button {
                text: qsTr("Save .eml and open…")
                enabled: dialog.draft.valid
                onClicked: {
                    emlDialog.selectedFile = dialog.draft.suggestedEmlFile()
                    emlDialog.open()
                }
            }
            Button {
                text: qsTr("Open in mail app")
                enabled: dialog.draft.valid
                onClicked: dialog.act(dialog.draft.openMailto(), qsTr("Opened in your mail program. Mark it as sent once it has gone out."))
            }
            Button {
                text: qsTr("Copy text")
                onClicked: { dialog.draft.copyText(); dialog.act("", qsTr("Copied as plain text.")) }
            }
            Button {
                text: qsTr("Copy Markdown")
                onClicked: { dialog.draft.copyMarkdown(); dialog.act("", qsTr("Copied as Markdown, for chat.")) }
            }
            Button {
                objectName: "requestApprovalButton"
                visible: !dialog.draft.isCommander
                text: qsTr("Ask the IC to approve")
                enabled: dialog.draft.valid && dialog.draft.approvalState !== "requested"
                onClicked: dialog.act(dialog.draft.requestApproval(), qsTr("Sent to the Incident Commander for approval."))
            }
            Item { width: Theme.unit; height: 1 }
            PrimaryButton {
                objectName: "markSentButton"
                text: qsTr("Mark as sent")
                enabled: dialog.draft.valid
                onClicked: dialog.act(dialog.draft.markSent(), "")
            }
            Button {
                text: qsTr("Close")
                flat: true
                onClicked: dialog.close()
            }
        }
    }
}

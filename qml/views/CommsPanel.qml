// SPDX-License-Identifier: GPL-3.0-or-later
// The incident's stakeholder communication: when the next update is due, a button that drafts
// one, and the history of what was sent to whom.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: panel
    required property MusterApp app
    readonly property IncidentRoom room: app.room
    readonly property bool overdue: room.updateDue > 0 && room.updateDue <= app.now
    property string problem: ""

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    function startDraft() { draftDialog.start() }
    function openSettings() { settingsDialog.start() }

    UpdateDraftDialog {
        id: draftDialog
        app: panel.app
    }
    CommsSettingsDialog {
        id: settingsDialog
        app: panel.app
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 1.5
        spacing: Theme.unit

        PanelHeader {
            title: qsTr("Stakeholder updates")
            detail: panel.room.sentUpdates.length > 0 ? qsTr("%1 sent").arg(panel.room.sentUpdates.length) : ""
            Layout.fillWidth: true
            Button {
                objectName: "commsSettingsButton"
                text: qsTr("Lists…")
                flat: true
                font.pixelSize: Theme.fontSmall
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Distribution lists and the update cadence")
                onClicked: panel.openSettings()
            }
        }
        Label {
            objectName: "commsDue"
            visible: panel.room.updateDue > 0
            text: (panel.overdue ? "⚠ " : "") + Format.updateDue(panel.room.updateDue, panel.app.now)
            font.pixelSize: Theme.fontBody
            font.bold: panel.overdue
            color: panel.overdue ? Theme.danger : Theme.text
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        // The Incident Commander's part of the optional approval.
        Rectangle {
            id: approvalBox
            objectName: "approvalBox"
            readonly property UpdateDraftEditor draft: panel.room.updateDraft
            visible: draft.approvalState === "requested" && draft.isCommander
            color: "transparent"
            border.color: Theme.accent
            radius: Theme.radius
            Layout.fillWidth: true
            implicitHeight: visible ? approvalColumn.implicitHeight + Theme.unit * 2 : 0
            ColumnLayout {
                id: approvalColumn
                anchors.fill: parent
                anchors.margins: Theme.unit
                spacing: Math.round(Theme.unit / 2)
                Label {
                    text: qsTr("%1 asks you to approve the update to %2:").arg(approvalBox.draft.approvalRequestedBy).arg(approvalBox.draft.approvalList)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: approvalBox.draft.approvalSubject
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: approvalBox.draft.approvalBody
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    maximumLineCount: 4
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                TextField {
                    id: returnComment
                    objectName: "returnComment"
                    placeholderText: qsTr("What to change, if you return it")
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "returnButton"
                        text: qsTr("Return")
                        flat: true
                        onClicked: panel.problem = panel.room.updateDraft.returnForChanges(returnComment.text)
                    }
                    Item { Layout.fillWidth: true }
                    PrimaryButton {
                        objectName: "approveButton"
                        text: qsTr("Approve")
                        onClicked: panel.problem = panel.room.updateDraft.approve()
                    }
                }
            }
        }
        Label {
            visible: panel.problem !== ""
            text: panel.problem
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "draftUpdateButton"
            text: qsTr("Draft an update… (Ctrl+U)")
            Layout.fillWidth: true
            onClicked: panel.startDraft()
        }
        ListView {
            id: history
            objectName: "sentUpdates"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.room.sentUpdates
            spacing: Theme.unit
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                id: sent
                required property var modelData
                width: history.width
                spacing: 0
                Label {
                    text: Format.clock(sent.modelData.sentAt, panel.app.now) + " · " + sent.modelData.stageLabel
                          + " · " + sent.modelData.list + (sent.modelData.by !== "" ? " · " + sent.modelData.by : "")
                    font.pixelSize: Theme.fontSmall - 1
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: sent.modelData.subject
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("To: %1").arg(sent.modelData.to) + (sent.modelData.cc !== "" ? qsTr("; Cc: %1").arg(sent.modelData.cc) : "")
                    font.pixelSize: Theme.fontSmall - 1
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width * 0.85
                visible: history.count === 0
                title: qsTr("Nothing sent yet.")
                hint: qsTr("Send the first notice within minutes of declaring: what is known, what is being done, when the next update comes.")
            }
        }
    }
}

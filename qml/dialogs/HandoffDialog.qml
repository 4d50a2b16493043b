// SPDX-License-Identifier: GPL-3.0-or-later
// Hand over a role with a briefing: who takes over, and what they need to know — where things
// stand, what is under way, what is open, when stakeholders expect the next update, the risks.
// The briefing starts from the incident; the roster changes only when the person accepts.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    readonly property HandoffController handoff: app.room.handoff

    function start(role) {
        if (!handoff.startOffer(role))
            return
        person.currentIndex = person.indexOfValue(handoff.toPersonId)
        open()
        person.forceActiveFocus()
    }

    title: qsTr("Hand over %1").arg(handoff.roleLabel)
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    standardButtons: Dialog.Cancel
    width: Math.min(Math.round(720 * Theme.zoom), Overlay.overlay ? Overlay.overlay.width - Theme.unit * 4 : 720)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - Theme.unit * 4 : implicitHeight)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: contentHeight
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: parent.width
                spacing: Theme.unit

                Label {
                    text: qsTr("Nothing changes in the roster until they accept. The offer and the briefing go into the log.")
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Who takes over")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                ComboBox {
                    id: person
                    objectName: "handoffPerson"
                    model: dialog.app.people
                    textRole: "name"
                    valueRole: "personId"
                    displayText: currentIndex < 0 ? qsTr("Choose a person") : currentText
                    Accessible.name: qsTr("Who takes over")
                    Layout.fillWidth: true
                    onActivated: dialog.handoff.toPersonId = currentValue
                }
                BriefingField {
                    label: qsTr("Situation now (required)")
                    objectName: "briefingSituation"
                    text: dialog.handoff.situation
                    onEdited: (value) => dialog.handoff.situation = value
                }
                BriefingField {
                    label: qsTr("Under way: actions and who is on them")
                    text: dialog.handoff.actions
                    onEdited: (value) => dialog.handoff.actions = value
                }
                BriefingField {
                    label: qsTr("Open: tasks and runbook steps not started")
                    text: dialog.handoff.openItems
                    onEdited: (value) => dialog.handoff.openItems = value
                }
                BriefingField {
                    label: qsTr("Next stakeholder update due")
                    text: dialog.handoff.nextUpdate
                    onEdited: (value) => dialog.handoff.nextUpdate = value
                }
                BriefingField {
                    label: qsTr("Risks and what to watch")
                    text: dialog.handoff.risks
                    onEdited: (value) => dialog.handoff.risks = value
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: dialog.handoff.problem
                color: Theme.danger
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "offerHandoffButton"
                text: qsTr("Offer %1").arg(dialog.handoff.roleLabel)
                enabled: dialog.handoff.valid
                onClicked: {
                    if (dialog.handoff.offer())
                        dialog.close()
                }
            }
        }
    }

    component BriefingField: ColumnLayout {
        id: field
        property string label
        property string text
        signal edited(string value)
        spacing: Theme.unit / 2
        Layout.fillWidth: true
        Label {
            text: field.label
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        FormTextArea {
            text: field.text
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            Accessible.name: field.label
            Layout.fillWidth: true
            Layout.minimumHeight: Math.round(56 * Theme.zoom)
            onTextChanged: if (text !== field.text) field.edited(text)
        }
    }
}

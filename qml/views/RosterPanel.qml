// SPDX-License-Identifier: GPL-3.0-or-later
// Who holds which role (roles not delegated are held by the IC), and the Alertmanager alerts
// linked to the incident (firing or resolved; a firing one can be silenced).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: panel
    required property MusterApp app
    readonly property IncidentRoom room: app.room

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    PersonMenu {
        id: roleMenu
        property string role
        people: panel.app.people
        clearText: role === "ic" ? "" : qsTr("Unassign (the IC holds it)")
        onPicked: (personId) => panel.room.assignRole(role, personId)
    }
    PersonMenu {
        id: smeMenu
        people: panel.app.people
        onPicked: (personId) => panel.room.setSubjectMatterExpert(personId, true)
    }
    SilenceDialog {
        id: silenceDialog
        app: panel.app
    }
    HandoffDialog {
        id: handoffDialog
        app: panel.app
    }
    PersonMenu {
        id: nextMenu
        property string role: "ic"
        people: panel.app.people
        clearText: qsTr("Name nobody")
        onPicked: (personId) => panel.room.handoff.setNextHolder(role, personId)
    }

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.unit * 1.5
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.unit

            PanelHeader {
                title: qsTr("Roles")
                Layout.fillWidth: true
            }
            Repeater {
                model: panel.room.roster
                delegate: RosterDelegate {
                    Layout.fillWidth: true
                    onAssignRequested: (role, item) => {
                        roleMenu.role = role
                        roleMenu.popup(item)
                    }
                    onRemoveRequested: (personId) => panel.room.setSubjectMatterExpert(personId, false)
                    onHandoverRequested: (role) => handoffDialog.start(role)
                }
            }
            // Offers waiting for an answer: the roster above changes when they are accepted.
            Repeater {
                model: panel.room.handoff.pending
                delegate: RowLayout {
                    id: offerRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.unit / 2
                    Label {
                        text: qsTr("%1 offered to %2, waiting for an answer").arg(offerRow.modelData.roleLabel)
                                  .arg(offerRow.modelData.toName)
                        font.pixelSize: Theme.fontSmall
                        font.italic: true
                        color: Theme.accent
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    ToolButton {
                        visible: !offerRow.modelData.forMe
                        text: qsTr("Withdraw")
                        font.pixelSize: Theme.fontSmall
                        implicitHeight: Math.round(28 * Theme.zoom)
                        onClicked: panel.room.handoff.withdraw(offerRow.modelData.role)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.unit / 2
                Label {
                    objectName: "nextCommander"
                    readonly property string next: panel.room.handoff.nextHolders["ic"] || ""
                    text: next !== "" ? qsTr("Next IC: %1").arg(next) : qsTr("Next IC: nobody named")
                    font.pixelSize: Theme.fontSmall
                    color: next !== "" ? Theme.text : Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                ToolButton {
                    text: qsTr("Name…")
                    font.pixelSize: Theme.fontSmall
                    implicitHeight: Math.round(28 * Theme.zoom)
                    Accessible.name: qsTr("Name the next Incident Commander")
                    onClicked: nextMenu.popup(this)
                }
            }
            Button {
                // Short, to fit a narrow column in every language; the role is spoken whole.
                text: qsTr("Add an expert…")
                Accessible.name: qsTr("Add subject-matter expert…")
                flat: true
                font.pixelSize: Theme.fontSmall
                onClicked: smeMenu.popup(this)
            }

            PanelHeader {
                visible: panel.room.linkedAlerts.length > 0
                title: qsTr("Alerts")
                Layout.topMargin: Theme.unit
                Layout.fillWidth: true
            }
            Repeater {
                model: panel.room.linkedAlerts
                delegate: RowLayout {
                    id: alertRow
                    required property var modelData
                    readonly property bool firing: modelData.resolvedAt === 0
                    Layout.fillWidth: true
                    spacing: Theme.unit / 2
                    Rectangle {
                        implicitWidth: Math.round(8 * Theme.zoom)
                        implicitHeight: implicitWidth
                        radius: width / 2
                        color: alertRow.firing ? Theme.danger : Theme.success
                    }
                    Label {
                        text: alertRow.modelData.label
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                        wrapMode: Text.Wrap // an alert's name is read whole
                        Layout.fillWidth: true
                        ToolTip.visible: alertHover.hovered
                        ToolTip.text: qsTr("From %1").arg(alertRow.modelData.source)
                        HoverHandler { id: alertHover }
                    }
                    Label {
                        text: alertRow.firing ? qsTr("firing")
                                              : qsTr("resolved %1").arg(Format.clock(alertRow.modelData.resolvedAt, panel.app.now))
                        font.pixelSize: Theme.fontSmall
                        color: alertRow.firing ? Theme.danger : Theme.textMuted
                    }
                    ToolButton {
                        objectName: "silenceAlertButton"
                        visible: alertRow.firing
                        text: qsTr("Silence")
                        font.pixelSize: Theme.fontSmall
                        implicitHeight: Math.round(28 * Theme.zoom)
                        Accessible.name: qsTr("Silence %1 in Alertmanager").arg(alertRow.modelData.label)
                        onClicked: silenceDialog.silence(panel.room.incidentId, alertRow.modelData.fingerprint,
                                                         alertRow.modelData.label)
                    }
                }
            }

            PanelHeader {
                visible: panel.room.declareReasons.length > 0
                title: qsTr("Declared because")
                Layout.topMargin: Theme.unit
                Layout.fillWidth: true
            }
            Repeater {
                model: panel.room.declareReasons
                delegate: Label {
                    required property string modelData
                    text: "• " + modelData
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}

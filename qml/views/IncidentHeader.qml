// SPDX-License-Identifier: GPL-3.0-or-later
// What the whole room must see first: severity, title, state, how long, and the controls to
// change severity and state (each change is logged).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: header
    required property MusterApp app
    readonly property IncidentRoom room: app.room

    implicitHeight: layout.implicitHeight + Theme.unit * 3
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    IncidentDetailsDialog {
        id: detailsDialog
        room: header.room
    }

    Rectangle {
        width: Math.round(6 * Theme.zoom)
        height: parent.height
        radius: Theme.radius
        color: Theme.severityColor(header.room.severity)
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.unit * 1.5
        anchors.leftMargin: Theme.unit * 2.5
        spacing: Theme.unit

        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true
            SeverityBadge {
                severity: header.room.severity
                label: header.room.severityLabel
                fontSize: Theme.fontHeading
            }
            StateBadge {
                state: header.room.state
                label: header.room.stateLabel
                fontSize: Theme.fontHeading
            }
            Pill {
                visible: header.room.drill
                text: qsTr("DRILL — kept out of metrics")
                tint: Theme.drill
            }
            Label {
                text: header.room.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            // Where the responders talk: one click from the top of the room.
            PrimaryButton {
                objectName: "joinBridgeButton"
                visible: header.room.bridge !== ""
                text: qsTr("Join bridge")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Join the conference bridge: %1").arg(header.room.bridgeLabel)
                ToolTip.visible: hovered
                ToolTip.text: header.room.bridgeLabel
                onClicked: Qt.openUrlExternally(header.room.bridge)
            }
            // When stakeholders expect the next update; overdue is a red block nobody can miss.
            Rectangle {
                id: updateDue
                objectName: "updateDuePill"
                readonly property bool overdue: header.room.updateDue > 0 && header.room.updateDue <= header.app.now
                visible: header.room.updateDue > 0
                color: overdue ? Theme.danger : "transparent"
                border.color: overdue ? Theme.danger : Theme.border
                radius: Theme.radius
                implicitWidth: dueLabel.implicitWidth + Theme.unit * 2
                implicitHeight: dueLabel.implicitHeight + Theme.unit
                Label {
                    id: dueLabel
                    objectName: "updateDueText"
                    anchors.centerIn: parent
                    text: (updateDue.overdue ? "⚠ " : "") + Format.updateDue(header.room.updateDue, header.app.now)
                    font.pixelSize: Theme.fontBody
                    font.bold: updateDue.overdue
                    color: updateDue.overdue ? "white" : Theme.text
                }
                ToolTip.visible: dueHover.hovered
                ToolTip.text: qsTr("The next stakeholder update is due at %1").arg(Format.clock(header.room.updateDue, header.app.now))
                HoverHandler { id: dueHover }
            }
            ColumnLayout {
                spacing: 0
                Label {
                    text: Format.elapsed(header.room.startedAt, header.app.now)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    font.family: "monospace"
                    color: Theme.text
                    Layout.alignment: Qt.AlignRight
                    Accessible.name: qsTr("Running for %1").arg(text)
                }
                Label {
                    text: qsTr("since %1").arg(Format.clock(header.room.startedAt, header.app.now))
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    Layout.alignment: Qt.AlignRight
                }
            }
        }

        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true

            Label {
                text: header.room.commanderName !== "" ? qsTr("IC: %1").arg(header.room.commanderName)
                                                       : qsTr("No Incident Commander")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: header.room.commanderName !== "" ? Theme.text : Theme.danger
            }
            Label {
                text: header.room.services.length > 0 ? "· " + header.room.services.join(", ") : ""
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            // Presence: who else has this incident open right now.
            Label {
                objectName: "viewers"
                visible: header.room.viewers.length > 0
                text: qsTr("Also here: %1").arg(header.room.viewers.join(", "))
                font.pixelSize: Theme.fontSmall
                color: "#43a047"
                elide: Text.ElideRight
                Layout.maximumWidth: Math.round(260 * Theme.zoom)
            }
            Button {
                text: qsTr("Edit details…")
                flat: true
                font.pixelSize: Theme.fontSmall
                onClicked: detailsDialog.edit()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Title, services, summary and customer impact (Ctrl+E)")
            }
            Button {
                objectName: "retrospectiveButton"
                text: qsTr("Retrospective…")
                flat: true
                font.pixelSize: Theme.fontSmall
                onClicked: header.app.navigator.openRetrospective(header.room.incidentId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The blameless retrospective: impact, timeline, contributing factors, action items")
            }
            Shortcut {
                sequence: "Ctrl+E"
                enabled: header.visible && header.room.loaded
                onActivated: detailsDialog.edit()
            }
            Label {
                text: qsTr("Severity")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            ComboBox {
                id: severityBox
                model: header.room.severityChoices
                textRole: "label"
                valueRole: "value"
                currentIndex: header.room.severity - 1
                Layout.preferredWidth: Math.round(110 * Theme.zoom)
                onActivated: header.room.setSeverity(currentValue)
                Accessible.name: qsTr("Severity")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Unsure? Pick the higher severity.")
            }
            Label {
                text: qsTr("State")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            FitComboBox {
                id: stateBox
                model: header.room.stateChoices
                textRole: "label"
                valueRole: "value"
                currentIndex: indexOfValue(header.room.state)
                // As wide as its longest state, in whatever language; the services beside it
                // give way first.
                Layout.minimumWidth: Math.max(Math.round(190 * Theme.zoom), implicitWidth)
                onActivated: header.room.setState(currentValue)
                Accessible.name: qsTr("Lifecycle state")
            }
        }

        Label {
            visible: header.room.summary !== "" || header.room.impact !== ""
            text: header.room.impact !== "" ? qsTr("Impact: %1").arg(header.room.impact) : header.room.summary
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }

        MilestoneTimeline {
            objectName: "milestoneTimeline"
            app: header.app
            Layout.fillWidth: true
        }
    }
}

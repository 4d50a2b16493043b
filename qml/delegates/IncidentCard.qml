// SPDX-License-Identifier: GPL-3.0-or-later
// An incident on the board: severity, title, how long it has run, who commands it, when the
// next stakeholder update is due, and how fresh its log is. Enter or a click opens it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

ItemDelegate {
    id: card
    required property int index
    required property string incidentId
    required property string title
    required property int severity
    required property string severityLabel
    required property string state
    required property string stateLabel
    required property double resolvedAt
    required property var services
    required property bool drill
    required property double startedAt
    required property string commander
    required property double lastLogAt
    required property double updateDue
    required property double now
    signal opened(string incidentId)

    // Resolved and learning incidents have stopped: show how long they lasted, not a clock.
    readonly property bool stopped: resolvedAt > 0 && (state === "resolved" || state === "learning")
    readonly property bool live: state === "detected" || state === "acknowledged" || state === "investigating"
    readonly property bool updateOverdue: updateDue > 0 && updateDue <= now

    objectName: "card-" + title
    padding: Theme.unit
    leftPadding: Theme.unit * 1.75
    hoverEnabled: true
    onClicked: opened(incidentId)
    Accessible.name: qsTr("%1, %2, %3, running %4, IC %5").arg(severityLabel).arg(title).arg(stateLabel)
                     .arg(Format.elapsed(startedAt, now)).arg(commander !== "" ? commander : qsTr("none"))

    background: Rectangle {
        color: card.hovered ? Qt.lighter(Theme.surface, Theme.dark ? 1.25 : 0.97) : Theme.surface
        radius: Theme.radius
        border.color: card.activeFocus || card.ListView.isCurrentItem && card.ListView.view.activeFocus
                      ? Theme.accent : card.updateOverdue ? Theme.danger : Theme.border
        border.width: card.activeFocus || card.updateOverdue ? 2 : 1
        Rectangle {
            width: Math.round(5 * Theme.zoom)
            height: parent.height
            radius: Theme.radius
            color: Theme.severityColor(card.severity)
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.unit / 2

        RowLayout {
            spacing: Theme.unit / 2
            Layout.fillWidth: true
            SeverityBadge {
                severity: card.severity
                label: card.severityLabel
            }
            Pill {
                visible: card.drill
                text: qsTr("DRILL")
                tint: Theme.drill
            }
            // Takes the room left and wraps in it: large text must not push the card wider.
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.Wrap
                text: card.stopped ? qsTr("lasted %1").arg(Format.elapsed(card.startedAt, card.resolvedAt))
                                   : Format.elapsed(card.startedAt, card.now)
                font.pixelSize: card.stopped ? Theme.fontSmall : Theme.fontBody
                font.bold: true
                font.family: "monospace"
                color: Theme.text
                ToolTip.visible: hoverHandler.hovered
                ToolTip.text: qsTr("Running since %1").arg(Format.dateTime(card.startedAt))
                HoverHandler { id: hoverHandler }
            }
        }
        Label {
            text: card.title
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: card.commander !== "" ? qsTr("IC %1").arg(card.commander) : qsTr("No Incident Commander")
            font.pixelSize: Theme.fontSmall
            font.bold: card.commander === ""
            color: card.commander !== "" ? Theme.text : Theme.danger
            wrapMode: Text.Wrap // "No Incident Commander" must be read whole, in any language
            Layout.fillWidth: true
        }
        Label {
            visible: card.services.length > 0
            text: card.services.join(", ")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        // Stakeholders are waiting when it is overdue: red, bold, never blinking.
        Label {
            objectName: "updateDue"
            visible: card.updateDue > 0
            text: (card.updateOverdue ? "⚠ " : "") + Format.updateDue(card.updateDue, card.now)
            font.pixelSize: Theme.fontSmall
            font.bold: card.updateOverdue
            color: card.updateOverdue ? Theme.danger : Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: card.stopped ? qsTr("Resolved %1").arg(Format.ago(card.resolvedAt, card.now))
                  : card.lastLogAt > 0 ? qsTr("Last log %1").arg(Format.ago(card.lastLogAt, card.now))
                  : qsTr("Nothing logged yet")
            font.pixelSize: Theme.fontSmall
            // A log silent for half an hour on a live incident is worth noticing.
            color: card.live && card.lastLogAt > 0 && card.now - card.lastLogAt > 30 * 60 * 1000 ? Theme.warning
                                                                                             : Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}

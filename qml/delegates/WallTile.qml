// SPDX-License-Identifier: GPL-3.0-or-later
// One active incident on the war-room wall, read from across the room: severity and state,
// how long it has run, the title, who commands and who communicates, runbook progress, when
// stakeholders expect the next update (overdue in solid red, never blinking), and the latest
// log lines. Sizes follow `factor` (the screen's height / 1080); nothing here can be edited.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Muster

Rectangle {
    id: tile
    required property string title
    required property int severity
    required property string severityLabel
    required property string stateLabel
    required property bool drill
    required property double startedAt
    required property string commander
    required property string commsLead
    required property string bridge
    required property double updateDue
    required property int stepsFinished
    required property int stepsTotal
    required property var latestLog
    property double now: 0
    property real factor: 1

    readonly property bool overdue: updateDue > 0 && updateDue <= now
    readonly property int gap: Math.round(8 * factor)

    objectName: "wallTile-" + title
    color: "#141821"
    radius: 12 * factor
    border.color: "#2f3747"
    border.width: Math.max(1, 2 * factor)
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1 %2, %3, running %4").arg(severityLabel).arg(title).arg(stateLabel)
                     .arg(Format.elapsed(startedAt, now))

    // The severity, unmistakable from the side of the room: a thick bar in its colour.
    Rectangle {
        width: 14 * tile.factor
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        radius: tile.radius
        color: WallPalette.severity(tile.severity)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 18 * tile.factor
        anchors.leftMargin: 36 * tile.factor
        spacing: tile.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: 16 * tile.factor
            Rectangle {
                color: WallPalette.severity(tile.severity)
                radius: 6 * tile.factor
                implicitWidth: severityText.implicitWidth + 24 * tile.factor
                implicitHeight: severityText.implicitHeight + 4 * tile.factor
                Text {
                    id: severityText
                    anchors.centerIn: parent
                    text: tile.severityLabel
                    color: WallPalette.onSeverity(tile.severity)
                    font.pixelSize: 34 * tile.factor
                    font.bold: true
                }
            }
            Text {
                text: tile.stateLabel.toUpperCase()
                color: "#ffffff"
                font.pixelSize: 30 * tile.factor
                font.bold: true
                font.letterSpacing: 1.5 * tile.factor
            }
            Text {
                visible: tile.drill
                text: qsTr("DRILL")
                color: "#80cbc4"
                font.pixelSize: 30 * tile.factor
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Text {
                objectName: "wallElapsed"
                text: Format.elapsed(tile.startedAt, tile.now)
                color: "#ffffff"
                font.pixelSize: 44 * tile.factor
                font.bold: true
            }
        }

        Text {
            objectName: "wallTitle"
            Layout.fillWidth: true
            text: tile.title
            color: "#ffffff"
            font.family: WallPalette.condensed
            font.pixelSize: 50 * tile.factor
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            lineHeight: 0.95
        }

        Text {
            objectName: "wallRoles"
            Layout.fillWidth: true
            text: qsTr("IC %1  ·  CL %2").arg(tile.commander !== "" ? tile.commander : qsTr("nobody"))
                  .arg(tile.commsLead !== "" ? tile.commsLead : qsTr("nobody"))
            color: tile.commander !== "" ? "#e6ebf3" : "#ff8a80"
            font.pixelSize: 30 * tile.factor
            elide: Text.ElideRight
        }

        // Where to join, readable from across the room.
        Text {
            objectName: "wallBridge"
            visible: tile.bridge !== ""
            Layout.fillWidth: true
            text: qsTr("Bridge %1").arg(tile.bridge)
            color: "#e6ebf3"
            font.pixelSize: 30 * tile.factor
            elide: Text.ElideMiddle
        }

        // When stakeholders hear next (overdue: a solid red band with words, not a flash), and
        // how far the runbook has got.
        RowLayout {
            Layout.fillWidth: true
            spacing: 20 * tile.factor
            Rectangle {
                objectName: "wallUpdateDue"
                Layout.fillWidth: true
                implicitHeight: dueText.implicitHeight + 6 * tile.factor
                radius: 6 * tile.factor
                color: tile.overdue ? "#c62828" : "transparent"
                Text {
                    id: dueText
                    anchors.verticalCenter: parent.verticalCenter
                    x: tile.overdue ? 12 * tile.factor : 0
                    width: parent.width - 2 * x
                    text: tile.updateDue <= 0 ? qsTr("No regular updates")
                          : (tile.overdue ? "⚠ " : "") + Format.updateDue(tile.updateDue, tile.now)
                    color: tile.overdue ? "#ffffff" : "#c9d1df"
                    font.pixelSize: 30 * tile.factor
                    font.bold: tile.overdue
                    elide: Text.ElideRight
                }
            }
            Text {
                visible: tile.stepsTotal > 0
                text: qsTr("Runbook %1/%2").arg(tile.stepsFinished).arg(tile.stepsTotal)
                color: "#e6ebf3"
                font.pixelSize: 30 * tile.factor
            }
            Rectangle {
                visible: tile.stepsTotal > 0
                implicitWidth: 120 * tile.factor
                implicitHeight: 16 * tile.factor
                radius: height / 2
                color: "#2f3747"
                Rectangle {
                    width: parent.width * (tile.stepsTotal > 0 ? tile.stepsFinished / tile.stepsTotal : 0)
                    height: parent.height
                    radius: height / 2
                    color: "#66d19e"
                }
            }
        }

        // The latest log lines, newest first, each whole (never cut): as many as fit.
        Item {
            id: logArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            Column {
                width: parent.width
                spacing: 4 * tile.factor
                Repeater {
                    model: tile.latestLog
                    Text {
                        id: line
                        required property var modelData
                        objectName: "wallLogLine"
                        width: parent.width
                        // Shown only when it fits whole: a cut entry would read as something else.
                        opacity: y + height <= logArea.height ? 1 : 0
                        text: Format.clock(line.modelData.time, tile.now) + "  " + line.modelData.author + ": "
                              + line.modelData.text
                        textFormat: Text.PlainText
                        color: "#d5dbe6"
                        font.family: WallPalette.condensed
                        font.pixelSize: 25 * tile.factor
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// One log entry: time, author, kind, text. Decisions and actions stand out; entries Muster
// wrote itself (state and role changes) are quieter.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: entry
    required property int index
    required property string entryId
    required property string kind
    required property string kindLabel
    required property string text
    required property string author
    required property double at
    required property bool pending
    required property bool isUserEntry
    required property double now

    readonly property color kindColor: kind === "decision" ? Theme.decision
                                     : kind === "action" ? Theme.action
                                     : kind === "note" ? Theme.textMuted : Theme.border

    objectName: "logEntry-" + index
    implicitHeight: layout.implicitHeight + Theme.unit
    color: kind === "decision" || kind === "action" ? Qt.rgba(kindColor.r, kindColor.g, kindColor.b, 0.08) : "transparent"
    radius: Theme.radius / 2
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 at %2 by %3: %4").arg(kindLabel).arg(Format.clock(at, now)).arg(author).arg(text)
                     + (pending ? " " + qsTr("(pending)") : "")

    Rectangle {
        width: Math.round(3 * Theme.zoom)
        height: parent.height
        color: entry.kindColor
        visible: entry.kind === "decision" || entry.kind === "action"
    }

    RowLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.unit * 1.25
        anchors.rightMargin: Theme.unit / 2
        spacing: Theme.unit

        Label {
            text: Format.clock(entry.at, entry.now)
            font.pixelSize: Theme.fontSmall
            font.family: "monospace"
            color: Theme.textMuted
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Math.round(84 * Theme.zoom)
            ToolTip.visible: timeHover.hovered
            ToolTip.text: Format.dateTime(entry.at)
            HoverHandler { id: timeHover }
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            RowLayout {
                spacing: Theme.unit / 2
                Label {
                    text: entry.kindLabel.toUpperCase()
                    font.pixelSize: Theme.fontSmall - 1
                    font.bold: true
                    color: entry.kind === "decision" || entry.kind === "action" ? entry.kindColor : Theme.textMuted
                }
                Label {
                    text: entry.author !== "" ? "· " + entry.author : ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                // Saved here but not yet acknowledged by the relay, or shared.
                Label {
                    objectName: "syncMark"
                    text: entry.pending ? qsTr("pending") : qsTr("✓ synced")
                    font.pixelSize: Theme.fontSmall - 1
                    color: entry.pending ? "#f57c00" : Theme.textMuted
                    Accessible.name: entry.pending ? qsTr("saved here, not yet shared") : qsTr("shared with the team")
                }
            }
            Label {
                text: entry.text
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.italic: !entry.isUserEntry
                color: entry.isUserEntry ? Theme.text : Theme.textMuted
                Layout.fillWidth: true
            }
        }
    }
}

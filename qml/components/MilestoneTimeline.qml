// SPDX-License-Identifier: GPL-3.0-or-later
// The incident's milestones from impact to close, left to right: a filled dot and the time for
// each one reached, how long after the one before, and in red what cannot be right (a time
// before an earlier milestone's, or in the future). Each milestone is a button that opens the
// correction form.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

RowLayout {
    id: timeline
    required property MusterApp app
    readonly property MilestoneModel milestones: app.room.milestones

    spacing: 0

    MilestoneDialog {
        id: milestoneDialog
        app: timeline.app
    }

    Repeater {
        model: timeline.milestones
        delegate: AbstractButton {
            id: cell
            required property int index
            required property string name
            required property string label
            required property double at
            required property bool reached
            required property double sincePrevious
            required property string problem

            objectName: "milestone-" + name
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal shares of the row
            Layout.alignment: Qt.AlignTop // a flagged cell grows downwards; the track stays level
            implicitHeight: column.implicitHeight + Theme.unit / 2
            focusPolicy: Qt.StrongFocus
            hoverEnabled: true
            Accessible.name: reached ? qsTr("%1 at %2, correct it").arg(label).arg(Format.dateTime(at))
                                     : qsTr("%1 not reached, set it").arg(label)
            Accessible.description: problem
            ToolTip.visible: hovered && problem !== ""
            ToolTip.text: problem
            onClicked: milestoneDialog.edit(name, label, at)

            background: Rectangle {
                color: cell.hovered || cell.visualFocus ? Theme.surfaceAlt : "transparent"
                radius: Theme.radius
            }

            contentItem: ColumnLayout {
                id: column
                spacing: Math.round(Theme.unit / 4)
                // The track: one line through every dot; the dots say what was reached.
                Item {
                    Layout.fillWidth: true
                    implicitHeight: dot.height
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.left: cell.index > 0 ? parent.left : dot.horizontalCenter
                        anchors.right: cell.index < timeline.milestones.count - 1 ? parent.right : dot.horizontalCenter
                        height: Math.max(2, Math.round(2 * Theme.zoom))
                        color: Theme.border
                    }
                    Rectangle {
                        id: dot
                        anchors.left: parent.left
                        anchors.leftMargin: Theme.unit
                        width: Math.round(12 * Theme.zoom)
                        height: width
                        radius: width / 2
                        color: !cell.reached ? Theme.surface : cell.problem !== "" ? Theme.danger : Theme.text
                        border.color: cell.problem !== "" ? Theme.danger : cell.reached ? Theme.text : Theme.textMuted
                        border.width: Math.max(1, Math.round(2 * Theme.zoom))
                    }
                }
                Label {
                    text: cell.label
                    font.pixelSize: Theme.fontSmall
                    font.bold: cell.reached
                    color: cell.reached ? Theme.text : Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.unit
                }
                Label {
                    text: !cell.reached ? "—"
                          : cell.sincePrevious >= 0
                            ? qsTr("%1 · +%2").arg(Format.clock(cell.at, timeline.app.now))
                                              .arg(Format.elapsed(cell.at - cell.sincePrevious, cell.at))
                            : Format.clock(cell.at, timeline.app.now)
                    font.pixelSize: Theme.fontSmall
                    font.family: "monospace"
                    color: cell.problem !== "" ? Theme.danger : Theme.text
                    // Wrapped, never cut: past midnight the time carries its date.
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.unit
                }
                Label {
                    objectName: "milestoneProblem"
                    visible: cell.problem !== ""
                    text: "⚠ " + cell.problem
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.unit
                }
            }
        }
    }
}

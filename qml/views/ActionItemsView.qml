// SPDX-License-Identifier: GPL-3.0-or-later
// Open follow-up action items of every incident, closed ones included: what the team promised
// after its outages and who owes it. Filter by owner; soonest due first; overdue in red.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: view
    required property MusterApp app
    readonly property ActionItemModel items: app.actionItems
    color: Theme.background

    PersonMenu {
        id: ownerMenu
        people: view.app.people
        clearText: qsTr("Everyone")
        onPicked: (personId) => view.items.ownerFilter = personId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 2
        spacing: Theme.unit * 1.5

        PanelHeader {
            title: qsTr("Action items")
            detail: view.items.overdueCount > 0 ? qsTr("%1 open, %2 overdue").arg(view.items.count).arg(view.items.overdueCount)
                                                : qsTr("%1 open").arg(view.items.count)
            Layout.fillWidth: true
            Label {
                text: qsTr("Owner")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Button {
                id: ownerButton
                objectName: "ownerFilterButton"
                text: view.items.ownerFilter !== "" ? view.app.people.nameOf(view.items.ownerFilter) : qsTr("Everyone")
                flat: true
                Accessible.name: qsTr("Show the action items of: %1").arg(text)
                onClicked: ownerMenu.popup(ownerButton)
            }
            Button {
                text: qsTr("Mine")
                flat: true
                enabled: view.items.ownerFilter !== view.app.userId
                onClicked: view.items.ownerFilter = view.app.userId
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border

            ListView {
                id: list
                objectName: "actionItemList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: view.items
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string taskId
                    required property string title
                    required property string ownerName
                    required property double due
                    required property bool overdue
                    required property string incidentId
                    required property string incidentTitle
                    required property int severity
                    required property bool drill
                    required property string trackerKey
                    required property string trackerUrl
                    required property string trackerStatus
                    required property bool trackerDone
                    required property bool trackerRequested

                    objectName: "actionItem-" + index
                    width: list.width
                    implicitHeight: rowLayout.implicitHeight + Theme.unit * 2
                    color: "transparent"
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: Theme.border
                    }
                    RowLayout {
                        id: rowLayout
                        anchors.fill: parent
                        anchors.margins: Theme.unit
                        anchors.leftMargin: Theme.unit * 1.5
                        spacing: Theme.unit
                        ColumnLayout {
                            spacing: Math.round(Theme.unit / 4)
                            Layout.fillWidth: true
                            Label {
                                text: row.title
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            RowLayout {
                                spacing: Theme.unit / 2
                                SeverityBadge {
                                    severity: row.severity
                                    label: "SEV" + row.severity
                                }
                                Pill {
                                    visible: row.drill
                                    text: qsTr("DRILL")
                                    tint: Theme.drill
                                }
                                Label {
                                    text: row.incidentTitle
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                        }
                        Label {
                            objectName: "actionItemOwner"
                            text: row.ownerName !== "" ? row.ownerName : qsTr("no owner")
                            font.pixelSize: Theme.fontSmall
                            color: row.ownerName !== "" ? Theme.text : Theme.warning
                            Layout.preferredWidth: Math.round(150 * Theme.zoom)
                            elide: Text.ElideRight
                        }
                        Label {
                            text: row.due <= 0 ? qsTr("no due date")
                                  : row.overdue ? qsTr("overdue since %1").arg(Format.clock(row.due, view.app.now))
                                                : qsTr("due %1").arg(Format.clock(row.due, view.app.now))
                            font.pixelSize: Theme.fontSmall
                            font.bold: row.overdue
                            color: row.overdue ? Theme.danger : Theme.textMuted
                            Layout.preferredWidth: Math.round(220 * Theme.zoom)
                            wrapMode: Text.Wrap
                        }
                        // Its Jira issue and status, "Sending…" until the relay filed it, or the
                        // button that sends it.
                        Button {
                            objectName: "actionItemJira"
                            visible: row.trackerKey !== "" || row.trackerRequested || view.app.integrations.filesToJira
                            enabled: row.trackerKey !== "" || !row.trackerRequested
                            flat: true
                            font.pixelSize: Theme.fontSmall
                            text: row.trackerKey !== "" ? (row.trackerStatus !== "" ? qsTr("Jira %1 · %2").arg(row.trackerKey).arg(row.trackerStatus)
                                                                                     : qsTr("Jira %1").arg(row.trackerKey))
                                  : row.trackerRequested ? qsTr("Sending to Jira…") : qsTr("Send to Jira")
                            // One width for every row, so the owner and due columns line up.
                            Layout.preferredWidth: Math.round(230 * Theme.zoom)
                            ToolTip.visible: hovered && row.trackerKey !== ""
                            ToolTip.text: row.trackerUrl
                            contentItem: Label {
                                // A link reads as written; the actions like the buttons beside them.
                                text: row.trackerKey !== "" ? parent.text : parent.text.toLocaleUpperCase()
                                font: parent.font
                                color: row.trackerKey !== "" ? (row.trackerDone ? Theme.textMuted : Theme.accent)
                                                             : parent.enabled ? Theme.text : Theme.textMuted
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignRight
                                verticalAlignment: Text.AlignVCenter
                            }
                            Accessible.name: row.trackerKey !== "" ? qsTr("Open %1 in Jira").arg(row.trackerKey)
                                                                   : qsTr("Send to Jira: %1").arg(row.title)
                            onClicked: row.trackerKey !== "" ? Qt.openUrlExternally(row.trackerUrl)
                                                             : view.items.sendToJira(row.incidentId, row.taskId)
                        }
                        Button {
                            text: qsTr("Open incident")
                            flat: true
                            font.pixelSize: Theme.fontSmall
                            onClicked: view.app.navigator.openIncident(row.incidentId)
                        }
                        Button {
                            objectName: "actionItemDone"
                            text: qsTr("Done")
                            flat: true
                            font.pixelSize: Theme.fontSmall
                            Accessible.name: qsTr("Mark done: %1").arg(row.title)
                            onClicked: view.items.markDone(row.incidentId, row.taskId)
                        }
                    }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - Theme.unit * 4, Math.round(560 * Theme.zoom))
                visible: list.count === 0
                title: view.items.ownerFilter !== "" ? qsTr("Nothing open for %1.").arg(view.app.people.nameOf(view.items.ownerFilter))
                                                     : qsTr("No open action items.")
                hint: qsTr("Action items are the follow-ups a retrospective agrees on; add them in an incident's Tasks tab.")
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The blameless retrospective of one incident: what happened and its impact, contributing
// factors, what went well and poorly, where we got lucky — with wording hints — beside the
// timeline (entries chosen in or out) and the follow-up action items. Draft → In review →
// Published; every save and state change is in the incident's log.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Muster

Rectangle {
    id: view
    required property MusterApp app
    readonly property IncidentRoom room: app.room
    readonly property RetrospectiveEditor retro: room.retrospective
    property string problem: ""
    property string exportedPath: ""
    color: Theme.background

    // The whole log is read for the timeline only while this is on screen.
    Binding {
        target: view.retro
        property: "active"
        value: view.visible
        when: view.retro !== null
    }

    function act(result) { view.problem = result }

    Connections {
        target: view.room.exporter
        function onExported(path) { view.problem = ""; view.exportedPath = path }
        function onFailed(problem) { view.exportedPath = ""; view.problem = problem }
    }
    // Where the export goes: the documents folder, named after the day and the title.
    FileDialog {
        id: exportDialog
        property string format: "md"
        title: qsTr("Export the retrospective and the incident record")
        fileMode: FileDialog.SaveFile
        currentFolder: view.room.exporter.defaultFolder
        nameFilters: format === "pdf" ? [qsTr("PDF documents (*.pdf)")]
                     : format === "json" ? [qsTr("JSON files (*.json)")] : [qsTr("Markdown files (*.md)")]
        onAccepted: view.act(view.room.exporter.exportTo(format, selectedFile))
    }
    function exportAs(format) {
        exportDialog.format = format
        exportDialog.selectedFile = view.room.exporter.defaultFolder + "/" + view.room.exporter.suggestedFileName(format)
        exportDialog.open()
    }

    TaskDialog {
        id: taskDialog
        app: view.app
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: view.visible && view.retro.dirty
        onActivated: view.act(view.retro.save())
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 2
        spacing: Theme.unit * 1.5

        // Which incident, where the review stands, and the actions that move it on.
        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: qsTr("Retrospective")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                RowLayout {
                    spacing: Theme.unit
                    Layout.fillWidth: true
                    SeverityBadge {
                        severity: view.room.severity
                        label: view.room.severityLabel
                    }
                    Pill {
                        visible: view.room.drill
                        text: qsTr("DRILL — kept out of metrics")
                        tint: Theme.drill
                    }
                    Label {
                        text: view.room.title
                        font.pixelSize: Theme.fontHeading
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Accessible.role: Accessible.Heading
                    }
                }
            }
            Pill {
                objectName: "reviewState"
                text: view.retro.reviewStateLabel
                tint: view.retro.reviewState === "published" ? Theme.success
                      : view.retro.reviewState === "review" ? Theme.accent : Theme.textMuted
            }
            Label {
                objectName: "hintCount"
                visible: view.retro.hintCount > 0
                text: view.retro.hintCount === 1 ? qsTr("⚠ 1 wording hint") : qsTr("⚠ %1 wording hints").arg(view.retro.hintCount)
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
            }
            Button {
                id: exportButton
                objectName: "exportButton"
                text: qsTr("Export…")
                flat: true
                enabled: !view.room.exporter.busy
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The retrospective and the full incident record, as Markdown, PDF or JSON")
                onClicked: exportMenu.open()
                Menu {
                    id: exportMenu
                    y: exportButton.height
                    MenuItem {
                        text: qsTr("Markdown (.md)…")
                        onTriggered: view.exportAs("md")
                    }
                    MenuItem {
                        text: qsTr("PDF (.pdf)…")
                        onTriggered: view.exportAs("pdf")
                    }
                    MenuItem {
                        text: qsTr("JSON (.json)…")
                        onTriggered: view.exportAs("json")
                    }
                }
            }
            Button {
                text: qsTr("Revert")
                flat: true
                enabled: view.retro.dirty
                onClicked: view.retro.revert()
            }
            Button {
                objectName: "saveRetroButton"
                text: view.retro.dirty ? qsTr("Save (Ctrl+S)") : qsTr("Saved")
                flat: true
                enabled: view.retro.dirty
                onClicked: view.act(view.retro.save())
            }
            Button {
                objectName: "backToDraftButton"
                visible: view.retro.reviewState !== "draft"
                text: qsTr("Back to draft")
                flat: true
                onClicked: view.act(view.retro.setReviewState("draft"))
            }
            PrimaryButton {
                objectName: "advanceReviewButton"
                visible: view.retro.reviewState !== "published"
                text: view.retro.reviewState === "draft" ? qsTr("Ready for review") : qsTr("Publish")
                onClicked: view.act(view.retro.setReviewState(view.retro.reviewState === "draft" ? "review" : "published"))
            }
        }
        Label {
            visible: view.problem !== ""
            text: view.problem
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: view.exportedPath !== "" && view.problem === ""
            spacing: Theme.unit
            Layout.fillWidth: true
            Label {
                objectName: "exportedLabel"
                text: qsTr("✓ Exported to %1").arg(view.exportedPath)
                color: Theme.success
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Show folder")
                flat: true
                font.pixelSize: Theme.fontSmall
                onClicked: view.room.exporter.showFolder(view.exportedPath)
            }
            Button {
                text: qsTr("Dismiss")
                flat: true
                font.pixelSize: Theme.fontSmall
                onClicked: view.exportedPath = ""
            }
        }

        RowLayout {
            spacing: Theme.unit * 1.5
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The written parts.
            Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.border
                Layout.fillWidth: true
                Layout.fillHeight: true
                ScrollView {
                    id: formScroll
                    anchors.fill: parent
                    anchors.margins: Theme.unit * 1.5
                    contentWidth: availableWidth
                    ColumnLayout {
                        width: formScroll.availableWidth
                        spacing: Theme.unit * 1.5
                        RetroField {
                            objectName: "retroSummary"
                            editor: view.retro
                            label: qsTr("Summary")
                            placeholder: qsTr("What happened, in a few sentences a newcomer can follow.")
                            text: view.retro.summary
                            onEdited: (text) => view.retro.summary = text
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "impactDuration"
                            text: view.retro.impactDuration !== ""
                                  ? qsTr("Impact lasted %1 (from impact start, or detection, to mitigation or resolution).").arg(view.retro.impactDuration)
                                  : qsTr("Impact duration: record when impact started and when it was mitigated.")
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        RetroField {
                            editor: view.retro
                            label: qsTr("Who was affected")
                            minimumLines: 2
                            placeholder: qsTr("Customers, regions, internal teams; how many, and how.")
                            text: view.retro.affected
                            onEdited: (text) => view.retro.affected = text
                            Layout.fillWidth: true
                        }
                        RetroField {
                            editor: view.retro
                            label: qsTr("SLO impact")
                            minimumLines: 2
                            placeholder: qsTr("Error budget spent, targets missed.")
                            text: view.retro.sloImpact
                            onEdited: (text) => view.retro.sloImpact = text
                            Layout.fillWidth: true
                        }
                        RetroField {
                            objectName: "retroFactors"
                            editor: view.retro
                            label: qsTr("Contributing factors")
                            placeholder: qsTr("Conditions that made this possible: defaults, gaps in checks, missing signals. One per line.")
                            text: view.retro.factors
                            onEdited: (text) => view.retro.factors = text
                            Layout.fillWidth: true
                        }
                        RetroField {
                            editor: view.retro
                            label: qsTr("What went well")
                            placeholder: qsTr("What helped: signals, tools, decisions, people's know-how.")
                            text: view.retro.wentWell
                            onEdited: (text) => view.retro.wentWell = text
                            Layout.fillWidth: true
                        }
                        RetroField {
                            editor: view.retro
                            label: qsTr("What went poorly")
                            placeholder: qsTr("What slowed detection, diagnosis or recovery.")
                            text: view.retro.wentPoorly
                            onEdited: (text) => view.retro.wentPoorly = text
                            Layout.fillWidth: true
                        }
                        RetroField {
                            editor: view.retro
                            label: qsTr("Where we got lucky")
                            placeholder: qsTr("What kept it from being worse, that we cannot count on next time.")
                            minimumLines: 2
                            text: view.retro.lucky
                            onEdited: (text) => view.retro.lucky = text
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            // The timeline and the follow-ups.
            ColumnLayout {
                readonly property int columnWidth: Math.round(Math.max(340 * Theme.zoom, view.width * 0.36))
                spacing: Theme.unit * 1.5
                Layout.fillWidth: false
                Layout.preferredWidth: columnWidth
                Layout.maximumWidth: columnWidth
                Layout.fillHeight: true

                Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.border
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 3
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.unit * 1.5
                        spacing: Theme.unit / 2
                        PanelHeader {
                            title: qsTr("Timeline")
                            detail: qsTr("%1 of %2 entries in").arg(view.retro.timeline.includedCount).arg(view.retro.timeline.count)
                            Layout.fillWidth: true
                        }
                        ListView {
                            id: timeline
                            objectName: "retroTimeline"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: view.retro.timeline
                            boundsBehavior: Flickable.StopAtBounds
                            ScrollBar.vertical: ScrollBar {}
                            delegate: RowLayout {
                                id: entry
                                required property int index
                                required property double at
                                required property string what
                                required property string kindLabel
                                required property string authorName
                                required property bool included
                                required property bool isMilestone
                                objectName: "timelineEntry-" + index
                                width: timeline.width
                                spacing: Theme.unit / 2
                                CheckBox {
                                    objectName: "includeBox"
                                    checked: entry.included
                                    enabled: !entry.isMilestone
                                    Layout.alignment: Qt.AlignTop
                                    Accessible.name: qsTr("Include in the timeline: %1").arg(entry.what)
                                    onClicked: view.retro.setIncluded(entry.index, checked)
                                }
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    Label {
                                        text: Format.clock(entry.at, view.app.now) + " · " + entry.kindLabel
                                              + (entry.authorName !== "" ? " · " + entry.authorName : "")
                                        font.pixelSize: Theme.fontSmall - 1
                                        font.bold: entry.isMilestone
                                        color: Theme.textMuted
                                        Layout.fillWidth: true
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        text: entry.what
                                        font.pixelSize: Theme.fontSmall
                                        font.bold: entry.isMilestone
                                        color: entry.included ? Theme.text : Theme.textMuted
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                }
                            }
                        }
                    }
                }

                Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.border
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 2
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.unit * 1.5
                        spacing: Theme.unit / 2
                        PanelHeader {
                            title: qsTr("Action items")
                            Layout.fillWidth: true
                            Button {
                                objectName: "addActionItemButton"
                                text: qsTr("Add…")
                                flat: true
                                font.pixelSize: Theme.fontSmall
                                Accessible.name: qsTr("Add an action item")
                                onClicked: taskDialog.add("action")
                            }
                        }
                        ListView {
                            id: actions
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: view.room.tasks
                            spacing: Theme.unit / 2
                            boundsBehavior: Flickable.StopAtBounds
                            ScrollBar.vertical: ScrollBar {}
                            // Only follow-ups belong here; the response's tasks are in the incident room.
                            delegate: TaskDelegate {
                                width: actions.width
                                visible: kind === "action"
                                height: visible ? implicitHeight : 0
                                now: view.app.now
                                people: view.app.people
                                onStatusRequested: (taskId, status) => view.room.setTaskStatus(taskId, status)
                                onOwnerRequested: (taskId, personId) => view.room.setTaskOwner(taskId, personId)
                                onDueRequested: (taskId, dueMs) => view.room.setTaskDue(taskId, dueMs)
                                canSendToJira: view.app.integrations.filesToJira
                                onSendToJiraRequested: (taskId) => view.room.sendToJira(taskId)
                            }
                        }
                    }
                }
            }
        }
    }
}

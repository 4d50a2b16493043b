// SPDX-License-Identifier: GPL-3.0-or-later
// The incident room: header with severity and state controls, then roster, log, and runbook,
// tasks or stakeholder communication side by side.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: view
    required property MusterApp app
    readonly property IncidentRoom room: app.room
    color: Theme.background

    function focusSearch() { logPanel.focusSearch() }
    function focusLogEntry() { logPanel.focusEntry() }
    // The update form opens once the incident it is for has loaded.
    property bool draftWhenLoaded: false
    function draftUpdate() {
        workTabs.currentIndex = 2
        if (room.loaded)
            commsPanel.startDraft()
        else
            draftWhenLoaded = true
    }
    Connections {
        target: view.app.navigator
        function onUpdateDraftRequested() { view.draftUpdate() }
        function onCommsSettingsRequested() {
            workTabs.currentIndex = 2
            commsPanel.openSettings()
        }
    }
    Connections {
        target: view.room
        function onIncidentChanged() {
            if (view.draftWhenLoaded && view.room.loaded) {
                view.draftWhenLoaded = false
                commsPanel.startDraft()
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+U"
        enabled: view.visible && view.room.loaded
        onActivated: view.draftUpdate()
    }

    HandoffReviewDialog {
        id: reviewDialog
        app: view.app
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 2
        spacing: Theme.unit * 1.5

        IncidentHeader {
            app: view.app
            Layout.fillWidth: true
        }

        NoticeBar {
            objectName: "chainProblem"
            message: view.room.chainProblem
            dismissible: false
            Layout.fillWidth: true
        }

        HandoffBanner {
            handoff: view.room.handoff
            Layout.fillWidth: true
            onReviewRequested: (offer) => reviewDialog.review(offer)
        }

        RowLayout {
            spacing: Theme.unit * 1.5
            Layout.fillWidth: true
            Layout.fillHeight: true

            RosterPanel {
                app: view.app
                Layout.preferredWidth: Math.round(Math.max(260 * Theme.zoom, view.width * 0.22))
                Layout.fillHeight: true
            }
            LogPanel {
                id: logPanel
                app: view.app
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            // Runbook and tasks share the right column; each tab says how much is left.
            ColumnLayout {
                id: workColumn
                readonly property int columnWidth: Math.round(Math.max(300 * Theme.zoom, view.width * 0.26))
                spacing: 0
                // A layout fills the width when a child does; this column keeps its share.
                Layout.fillWidth: false
                Layout.preferredWidth: columnWidth
                Layout.maximumWidth: columnWidth
                Layout.fillHeight: true
                TabBar {
                    id: workTabs
                    objectName: "workTabs"
                    Layout.fillWidth: true
                    // Each tab as wide as its name, the room left shared out: a long name
                    // ("Runbook 6/13" in a longer language) takes what a short one leaves. Read
                    // from the column's width, which the tabs do not change (no binding loop).
                    readonly property real spare: Math.max(0, parent.width - runbookTab.implicitWidth - tasksTab.implicitWidth
                                                              - commsTab.implicitWidth) / 3
                    TabButton {
                        id: runbookTab
                        width: implicitWidth + workTabs.spare
                        leftPadding: Theme.unit / 2
                        rightPadding: Theme.unit / 2
                        font.capitalization: Font.MixedCase // narrower than capitals: three tabs in a narrow column
                        text: view.room.runbook.count > 0
                              ? qsTr("Runbook %1/%2").arg(view.room.runbook.finished).arg(view.room.runbook.count)
                              : qsTr("Runbook")
                    }
                    TabButton {
                        id: tasksTab
                        width: implicitWidth + workTabs.spare
                        objectName: "tasksTab"
                        leftPadding: Theme.unit / 2
                        rightPadding: Theme.unit / 2
                        font.capitalization: Font.MixedCase // narrower than capitals: three tabs in a narrow column
                        // Short, so that three tabs fit a narrow column; the full count is spoken.
                        text: view.room.tasks.overdueCount > 0
                              ? qsTr("Tasks ⚠%1").arg(view.room.tasks.overdueCount)
                              : view.room.tasks.openCount > 0 ? qsTr("Tasks %1").arg(view.room.tasks.openCount)
                                                              : qsTr("Tasks")
                        Accessible.name: view.room.tasks.overdueCount > 0
                                         ? qsTr("Tasks (%1 overdue)").arg(view.room.tasks.overdueCount)
                                         : qsTr("Tasks (%1 open)").arg(view.room.tasks.openCount)
                    }
                    TabButton {
                        id: commsTab
                        width: implicitWidth + workTabs.spare
                        objectName: "commsTab"
                        leftPadding: Theme.unit / 2
                        rightPadding: Theme.unit / 2
                        font.capitalization: Font.MixedCase // narrower than capitals: three tabs in a narrow column
                        readonly property bool overdue: view.room.updateDue > 0 && view.room.updateDue <= view.app.now
                        text: overdue ? qsTr("Comms ⚠") : qsTr("Comms")
                        font.bold: overdue
                    }
                }
                StackLayout {
                    currentIndex: workTabs.currentIndex
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    RunbookPanel {
                        app: view.app
                    }
                    TaskPanel {
                        app: view.app
                    }
                    CommsPanel {
                        id: commsPanel
                        app: view.app
                    }
                }
            }
        }
    }
}

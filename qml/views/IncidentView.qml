// SPDX-License-Identifier: GPL-3.0-or-later
// The incident room: header with severity and state controls, then roster, log and runbook
// side by side.
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
            RunbookPanel {
                app: view.app
                Layout.preferredWidth: Math.round(Math.max(300 * Theme.zoom, view.width * 0.26))
                Layout.fillHeight: true
            }
        }
    }
}

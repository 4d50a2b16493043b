// SPDX-License-Identifier: GPL-3.0-or-later
// The bar across the top: where you are, how to get elsewhere, declaring, and whether your
// changes are saved and shared.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

ToolBar {
    id: bar
    required property MusterApp app
    signal declareRequested()
    signal themeToggled()
    signal settingsRequested()

    Material.foreground: "white"
    background: Rectangle {
        color: Theme.dark ? "#0f1116" : "#1d2433"
    }
    implicitHeight: Math.round(52 * Theme.zoom)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.unit * 2
        anchors.rightMargin: Theme.unit
        spacing: Theme.unit

        Label {
            text: "MUSTER"
            font.pixelSize: Theme.fontHeading
            font.bold: true
            font.letterSpacing: 2
            color: "white"
        }
        Label {
            text: bar.app.workspace
            font.pixelSize: Theme.fontSmall
            color: "#b8c0d0"
            Layout.rightMargin: Theme.unit * 2
        }
        TabBar {
            id: tabs
            Material.background: "transparent"
            Material.accent: "white"
            currentIndex: ({ people: 1, detection: 2, actions: 3, metrics: 4 })[bar.app.navigator.view] ?? 0
            TabButton {
                text: ["incident", "retrospective"].indexOf(bar.app.navigator.view) >= 0 ? qsTr("← Board") : qsTr("Board")
                width: implicitWidth
                onClicked: bar.app.navigator.showBoard()
            }
            TabButton {
                text: qsTr("People")
                width: implicitWidth
                onClicked: bar.app.navigator.showPeople()
            }
            TabButton {
                objectName: "detectionTab"
                // The count of alerts calling for action, visible from every screen.
                text: bar.app.detection.activeCount > 0 ? qsTr("Detection (%1)").arg(bar.app.detection.activeCount)
                                                        : qsTr("Detection")
                width: implicitWidth
                onClicked: bar.app.navigator.showDetection()
            }
            TabButton {
                objectName: "actionItemsTab"
                // Overdue follow-ups are promises the team is late on.
                text: bar.app.actionItems.overdueCount > 0
                      ? qsTr("Action items (%1 overdue)").arg(bar.app.actionItems.overdueCount)
                      : qsTr("Action items")
                width: implicitWidth
                onClicked: bar.app.navigator.showActionItems()
            }
            TabButton {
                objectName: "metricsTab"
                text: qsTr("Metrics")
                width: implicitWidth
                onClicked: bar.app.navigator.showMetrics()
            }
        }
        Item { Layout.fillWidth: true }

        // Saved here vs. shared with the team, always in view.
        SyncIndicator {
            app: bar.app
            onClicked: bar.settingsRequested()
        }
        Label {
            text: bar.app.userName
            font.pixelSize: Theme.fontSmall
            color: "white"
            Layout.leftMargin: Theme.unit
        }
        ToolButton {
            objectName: "wallButton"
            text: qsTr("Wall display")
            font.pixelSize: Theme.fontSmall
            onClicked: bar.app.navigator.showWall()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Show the war-room wall: full screen, read only (F11; Escape leaves it)")
        }
        ToolButton {
            text: qsTr("Dark")
            checkable: true
            checked: Theme.dark
            font.pixelSize: Theme.fontSmall
            onClicked: bar.themeToggled()
            ToolTip.visible: hovered
            ToolTip.text: Theme.dark ? qsTr("Switch to the light theme") : qsTr("Switch to the dark theme")
            Accessible.name: qsTr("Dark theme")
        }
        PrimaryButton {
            id: declareButton
            text: qsTr("Declare incident")
            tint: "#d32f2f"
            enabled: bar.app.ready
            onClicked: bar.declareRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Declare a new incident (Ctrl+D)")
        }
    }
}

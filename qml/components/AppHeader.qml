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
        color: Theme.headerBar
    }
    implicitHeight: Math.round(52 * Theme.zoom)

    // Short of room (a 1366-pixel screen with large text, a long translation), the tabs keep
    // their names: the user's name, the wall and the theme move into the "More" menu, and the
    // logo goes (the window title has it). Measured from implicit widths, which do not depend on
    // what is shown (no binding loop).
    readonly property real roomyWidth: row.anchors.leftMargin + row.anchors.rightMargin
        + logo.implicitWidth + workspaceLabel.implicitWidth + workspaceLabel.Layout.rightMargin
        + tabSlot.naturalWidth + sync.implicitWidth
        + Math.min(nameLabel.implicitWidth, nameLabel.Layout.maximumWidth) + nameLabel.Layout.leftMargin
        + wallButton.implicitWidth + darkButton.implicitWidth + declareButton.implicitWidth + row.spacing * 9
    // Once compact, it stays so until there is clearly room again: the sync state's text and
    // the Detection count change every few seconds, and the header must not blink.
    property bool compact: false
    function updateCompact() {
        if (!compact && width < roomyWidth)
            compact = true
        else if (compact && width > roomyWidth + Theme.unit * 8)
            compact = false
    }
    onWidthChanged: updateCompact()
    onRoomyWidthChanged: updateCompact()
    Component.onCompleted: updateCompact()

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.unit * 2
        anchors.rightMargin: Theme.unit
        spacing: Theme.unit

        Label {
            id: logo
            visible: !bar.compact // the window's title says it too
            text: "MUSTER"
            font.pixelSize: Theme.fontHeading
            font.bold: true
            font.letterSpacing: 2
            color: "white"
        }
        Label {
            id: workspaceLabel
            text: bar.app.workspace
            font.pixelSize: Theme.fontSmall
            color: "#b8c0d0"
            Layout.rightMargin: Theme.unit * 2
        }
        // The tabs give way when the bar is short of room (a narrow window, a long translation),
        // so that the buttons on the right, Declare above all, are never pushed out of the
        // window: the longest tabs are cut to a common width and elide (the tooltip has the
        // whole name) while the short ones keep theirs. The slot is sized by the layout from
        // the tabs' natural widths; the tabs read its width (no binding loop through the bar).
        Item {
            id: tabSlot
            readonly property var naturalWidths: [boardTab.implicitWidth, peopleTab.implicitWidth,
                                                  detectionTab.implicitWidth, actionItemsTab.implicitWidth,
                                                  metricsTab.implicitWidth]
            // Whole pixels: the layout gives whole pixels, and a slot a fraction short of the sum
            // would cut the longest tab by that fraction.
            readonly property real naturalWidth: naturalWidths.reduce((sum, w) => sum + Math.ceil(w), 0)
            readonly property real cap: {
                const widths = naturalWidths.slice().sort((a, b) => a - b)
                let remaining = width
                for (let i = 0; i < widths.length; ++i) {
                    const share = remaining / (widths.length - i)
                    if (widths[i] > share)
                        return share
                    remaining -= widths[i]
                }
                return Number.POSITIVE_INFINITY
            }
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: naturalWidth
            Layout.maximumWidth: naturalWidth
            Layout.minimumWidth: Theme.unit * 30
            TabBar {
                id: tabs
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                Material.background: "transparent"
                Material.accent: "white"
                spacing: 0 // the cap above shares the slot's width among the tabs alone
                currentIndex: ({ people: 1, detection: 2, actions: 3, metrics: 4 })[bar.app.navigator.view] ?? 0
                HeaderTab {
                    id: boardTab
                    text: ["incident", "retrospective"].indexOf(bar.app.navigator.view) >= 0 ? qsTr("← Board") : qsTr("Board")
                    cap: tabSlot.cap
                    onClicked: bar.app.navigator.showBoard()
                }
                HeaderTab {
                    id: peopleTab
                    text: qsTr("People")
                    cap: tabSlot.cap
                    onClicked: bar.app.navigator.showPeople()
                }
                HeaderTab {
                    id: detectionTab
                    objectName: "detectionTab"
                    // The count of alerts calling for action, visible from every screen.
                    text: bar.app.detection.activeCount > 0 ? qsTr("Detection (%1)").arg(bar.app.detection.activeCount)
                                                            : qsTr("Detection")
                    cap: tabSlot.cap
                    onClicked: bar.app.navigator.showDetection()
                }
                HeaderTab {
                    id: actionItemsTab
                    objectName: "actionItemsTab"
                    // Overdue follow-ups are promises the team is late on.
                    text: qsTr("Action items")
                    badge: bar.app.actionItems.overdueCount
                    badgeText: qsTr("%n overdue", "", bar.app.actionItems.overdueCount)
                    cap: tabSlot.cap
                    onClicked: bar.app.navigator.showActionItems()
                }
                HeaderTab {
                    id: metricsTab
                    objectName: "metricsTab"
                    text: qsTr("Metrics")
                    cap: tabSlot.cap
                    onClicked: bar.app.navigator.showMetrics()
                }
            }
        }
        Item { Layout.fillWidth: true; Layout.preferredWidth: 0 }

        // Saved here vs. shared with the team, always in view.
        SyncIndicator {
            id: sync
            app: bar.app
            onClicked: bar.settingsRequested()
        }
        Label {
            id: nameLabel
            visible: !bar.compact
            text: bar.app.userName
            font.pixelSize: Theme.fontSmall
            color: "white"
            elide: Text.ElideRight
            Layout.leftMargin: Theme.unit
            Layout.maximumWidth: Theme.unit * 18
        }
        ToolButton {
            id: wallButton
            visible: !bar.compact
            objectName: "wallButton"
            text: qsTr("Wall display")
            font.pixelSize: Theme.fontSmall
            onClicked: bar.app.navigator.showWall()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Show the war-room wall: full screen, read only (F11; Escape leaves it)")
        }
        ToolButton {
            id: darkButton
            visible: !bar.compact
            text: qsTr("Dark")
            checkable: true
            checked: Theme.dark
            font.pixelSize: Theme.fontSmall
            onClicked: bar.themeToggled()
            ToolTip.visible: hovered
            ToolTip.text: Theme.dark ? qsTr("Switch to the light theme") : qsTr("Switch to the dark theme")
            Accessible.name: qsTr("Dark theme")
        }
        ToolButton {
            id: moreButton
            objectName: "headerMoreButton"
            visible: bar.compact
            text: "⋯"
            font.pixelSize: Theme.fontHeading
            onClicked: moreMenu.open()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("%1 · wall display and theme").arg(bar.app.userName)
            Accessible.name: qsTr("More: wall display and theme")
            Menu {
                id: moreMenu
                y: moreButton.height
                MenuItem {
                    text: qsTr("Signed in as %1").arg(bar.app.userName)
                    enabled: false
                }
                MenuItem {
                    text: qsTr("Wall display (F11)")
                    onTriggered: bar.app.navigator.showWall()
                }
                MenuItem {
                    text: qsTr("Dark theme")
                    checkable: true
                    checked: Theme.dark
                    onTriggered: bar.themeToggled()
                }
            }
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

// SPDX-License-Identifier: GPL-3.0-or-later
// The main window. It receives the composition root as `app` and maps the navigator's view
// to a page; all decisions are made in C++.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Muster

ApplicationWindow {
    id: window
    required property MusterApp app
    // Screenshots keep the size asked for; a wall display fills the screen.
    property bool fullScreenAllowed: true
    readonly property bool onWall: app.navigator.view === "wall"
    // The window was made full screen for the wall, and goes back when the wall is left.
    property bool fullScreenForWall: false
    onOnWallChanged: {
        if (onWall && fullScreenAllowed && visibility !== Window.FullScreen) {
            fullScreenForWall = true
            showFullScreen()
        } else if (!onWall && fullScreenForWall) {
            fullScreenForWall = false
            showNormal()
        }
    }

    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: app.fatalError !== "" ? qsTr("Muster") : qsTr("%1 — Muster").arg(app.workspace)
    color: Theme.background
    font.pixelSize: Theme.fontBody

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    // The look is the app's Appearance: saved, or from --theme and --font-scale.
    Binding {
        target: Theme
        property: "scheme"
        value: window.app.appearance.scheme
    }
    Binding {
        target: Theme
        property: "fontScale"
        value: window.app.appearance.fontScale
    }
    onWidthChanged: Theme.zoom = Math.max(1.0, Math.min(2.0, width / 1920))

    function toggleTheme() {
        app.appearance.toggleDark()
    }
    function declare() {
        if (app.ready && app.fatalError === "")
            declareDialog.open()
    }

    header: AppHeader {
        app: window.app
        visible: window.app.fatalError === "" && !window.onWall
        onDeclareRequested: window.declare()
        onThemeToggled: window.toggleTheme()
        onSettingsRequested: window.app.navigator.showSyncSettings()
    }
    footer: NoticeBar {
        // A write that failed matters at the workstation, not on the wall (which writes nothing).
        // Below it in importance: posts to a team channel that stopped (until someone retries).
        readonly property bool integrationProblem: window.app.notice === "" && window.app.integrations.problem !== ""
        message: window.onWall ? "" : window.app.notice !== "" ? window.app.notice : window.app.integrations.problem
        dismissible: !integrationProblem
        actionText: integrationProblem ? qsTr("Integrations…") : ""
        onDismissed: window.app.dismissNotice()
        onActionClicked: window.app.navigator.showIntegrations()
    }

    Shortcut {
        sequences: ["Ctrl+K", "Ctrl+Shift+P"]
        context: Qt.ApplicationShortcut
        // Not over a form being filled in: its entries would navigate behind it.
        enabled: window.app.ready && window.app.fatalError === "" && !window.onWall && !declareDialog.visible
                 && !settingsDialog.visible
        onActivated: window.app.navigator.showCommandPalette()
    }
    Shortcut {
        sequence: "Ctrl+D"
        context: Qt.ApplicationShortcut
        onActivated: window.declare()
    }
    Shortcut {
        sequences: ["Ctrl+F", StandardKey.Find]
        onActivated: {
            if (window.app.navigator.view === "incident")
                incidentView.focusSearch()
            else if (window.app.navigator.view === "board")
                boardView.focusFilter()
        }
    }
    Shortcut {
        sequence: "Ctrl+L"
        onActivated: if (window.app.navigator.view === "incident") incidentView.focusLogEntry()
    }
    Shortcut {
        sequence: "Ctrl+1"
        onActivated: window.app.navigator.showBoard()
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: window.app.navigator.showPeople()
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: window.app.navigator.showDetection()
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: window.app.navigator.showActionItems()
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: window.app.navigator.showMetrics()
    }
    Shortcut {
        sequence: "F11"
        onActivated: window.onWall ? window.app.navigator.back() : window.app.navigator.showWall()
    }
    Shortcut {
        sequence: "Esc"
        // A dialog or the palette takes Escape for itself (closing it), never both at once.
        enabled: window.app.navigator.view !== "board" && !declareDialog.visible && !commandPalette.visible
                 && !settingsDialog.visible
        onActivated: window.app.navigator.back()
    }

    StackLayout {
        anchors.fill: parent
        visible: window.app.ready && window.app.fatalError === ""
        currentIndex: ["board", "incident", "people", "detection", "actions", "retrospective", "wall", "metrics"]
                      .indexOf(window.app.navigator.view)

        BoardView {
            id: boardView
            app: window.app
        }
        IncidentView {
            id: incidentView
            app: window.app
        }
        PeopleView {
            app: window.app
        }
        DetectionView {
            app: window.app
        }
        ActionItemsView {
            app: window.app
        }
        RetrospectiveView {
            app: window.app
        }
        WallView {
            wall: window.app.wall
            now: window.app.now
            workspace: window.app.workspace
        }
        MetricsView {
            app: window.app
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: !window.app.ready && window.app.fatalError === ""
        visible: running
    }

    StartupErrorView {
        objectName: "startupError"
        anchors.fill: parent
        visible: window.app.fatalError !== ""
        message: window.app.fatalError
        dataDir: window.app.dataDir
        damaged: window.app.databaseDamaged
        syncsWithRelay: window.app.relayConfigured
        onStartFreshRequested: window.app.startFresh()
    }

    DeclareDialog {
        id: declareDialog
        objectName: "declareDialog"
        app: window.app
        onDeclared: (incidentId) => window.app.navigator.openIncident(incidentId)
    }

    SettingsDialog {
        id: settingsDialog
        app: window.app
    }
    IntegrationsDialog {
        id: integrationsDialog
        app: window.app
    }

    // Above everything, dialogs included: where the keyboard focus is.
    FocusFrame {
        parent: window.Overlay.overlay
        target: window.activeFocusItem
    }

    CommandPaletteDialog {
        id: commandPalette
        objectName: "commandPalette"
        app: window.app
    }
    Connections {
        target: window.app.commandPalette
        function onActionRequested(action) {
            if (action === "declare")
                window.declare()
            else if (action === "theme")
                window.toggleTheme()
        }
    }
    Connections {
        target: window.app.navigator
        function onSyncSettingsRequested() { settingsDialog.edit() }
        function onIntegrationsRequested() {
            if (window.app.ready && window.app.fatalError === "" && !window.onWall)
                integrationsDialog.start()
        }
        function onCommandPaletteRequested() {
            if (window.app.ready && window.app.fatalError === "" && !window.onWall)
                commandPalette.show()
        }
        function onDeclareFromAlertsRequested(groupKey) {
            if (window.app.ready && window.app.fatalError === "")
                declareDialog.openFromAlerts(groupKey)
        }
    }
}

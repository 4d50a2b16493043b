// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window: every view it holds loads without a QML warning, and navigation and
// declaring work through it the way a responder uses them.
import QtQuick
import QtTest
import Muster
import MusterTest

Item {
    id: root

    Component {
        id: mainComponent
        Main {}
    }

    TestCase {
        name: "Main"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function test_everyViewAndDeclaringByKeyboard() {
            const app = Fixture.createApp(true, "Priya Raman")
            const window = createTemporaryObject(mainComponent, root, { app: app, darkTheme: true, followSettings: false })
            verify(window)
            tryCompare(app, "ready", true, 15000)
            waitForRendering(window.contentItem)
            app.navigator.showPeople()
            waitForRendering(window.contentItem)
            // No Alertmanager configured: the inbox says how to add one.
            app.navigator.showDetection()
            waitForRendering(window.contentItem)
            compare(findChild(window, "detectionEmpty").text, app.detection.emptyText)
            verify(findChild(window, "detectionEmpty").visible)
            app.navigator.openIncident(app.board.topIncidentId)
            tryCompare(app.room, "loaded", true)
            waitForRendering(window.contentItem)
            app.navigator.showBoard()

            // Ctrl+D, a title, Alt+1, Enter: declared and opened, well under ten seconds.
            const started = Date.now()
            window.requestActivate()
            keyClick(Qt.Key_D, Qt.ControlModifier)
            const dialog = findChild(window, "declareDialog")
            tryCompare(dialog, "opened", true)
            for (const c of "DNS resolution failing")
                keyClick(c)
            keyClick(Qt.Key_1, Qt.AltModifier)
            keyClick(Qt.Key_Return)
            tryCompare(app.navigator, "view", "incident")
            tryCompare(app.room, "title", "DNS resolution failing")
            compare(app.room.severity, 1)
            compare(app.room.commanderName, "Priya Raman")
            verify(Date.now() - started < 10000)

            tryCompare(dialog, "visible", false)
            keyClick(Qt.Key_Escape)
            compare(app.navigator.view, "board")
        }

        function test_damagedDatabaseIsExplained() {
            const app = Fixture.createAppOnDamagedDatabase()
            const window = createTemporaryObject(mainComponent, root, { app: app })
            const error = findChild(window, "startupError")
            tryCompare(error, "visible", true)
            verify(error.message.indexOf("not a Muster database") >= 0)
            verify(!app.ready)
        }
    }
}

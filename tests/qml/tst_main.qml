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
            app.appearance.scheme = "dark"
            const window = createTemporaryObject(mainComponent, root, { app: app })
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
            // Adding one from the inbox: a wrong line is named, a right one is polled at once.
            mouseClick(findChild(window, "alertmanagersButton"))
            const sources = findChild(window, "alertmanagerSettingsDialog")
            tryCompare(sources, "opened", true)
            const urls = findChild(sources, "alertmanagerUrlsField")
            compare(urls.text, "")
            compare(findChild(sources, "pollSecondsField").value, 15)
            urls.text = "alertmanager:9093"
            mouseClick(findChild(sources, "saveAlertmanagersButton"))
            verify(findChild(sources, "alertmanagerSettingsProblem").text.indexOf("alertmanager:9093") >= 0)
            compare(app.detection.sourceCount, 0)
            urls.text = "http://127.0.0.1:1\n\nhttp://127.0.0.1:1"
            findChild(sources, "pollSecondsField").value = 30
            mouseClick(findChild(sources, "saveAlertmanagersButton"))
            tryCompare(sources, "visible", false)
            compare(app.detection.sources, ["http://127.0.0.1:1"])
            compare(app.detection.pollSeconds, 30)
            compare(app.saveDetectionSettings([], 15), "") // leave nothing saved behind
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

        // Ctrl+K, a few letters, Enter: there, without the mouse; Escape closes it unused.
        function test_commandPaletteByKeyboard() {
            const app = Fixture.createApp(true, "Priya Raman")
            const window = createTemporaryObject(mainComponent, root, { app: app })
            tryCompare(app, "ready", true, 15000)
            tryVerify(() => app.board.count > 0)
            waitForRendering(window.contentItem)
            window.requestActivate()
            const palette = findChild(window, "commandPalette")
            const search = findChild(window, "paletteSearch")

            keyClick(Qt.Key_K, Qt.ControlModifier)
            tryCompare(palette, "opened", true)
            verify(search.activeFocus)
            for (const c of "orders")
                keyClick(c)
            compare(app.commandPalette.query, "orders")
            compare(findChild(window, "paletteResults").currentIndex, 0)
            keyClick(Qt.Key_Return)
            tryCompare(palette, "visible", false)
            compare(app.navigator.view, "incident")
            tryCompare(app.room, "title", "Orders database primary unreachable in us-east-1")

            // A person: the People view, with them selected.
            keyClick(Qt.Key_K, Qt.ControlModifier)
            tryCompare(palette, "opened", true)
            compare(app.commandPalette.query, "") // a fresh start each time
            for (const c of "kenji")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryCompare(app.navigator, "view", "people")
            const people = findChild(window, "peopleList")
            tryVerify(() => people.activeFocus)
            compare(app.people.nameOf(people.currentItem.personId), "Kenji Tanaka")

            // An action the window carries out: the declare form.
            keyClick(Qt.Key_K, Qt.ControlModifier)
            tryCompare(palette, "opened", true)
            for (const c of "declare")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryCompare(findChild(window, "declareDialog"), "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(findChild(window, "declareDialog"), "visible", false)

            // Escape leaves the palette without going anywhere.
            keyClick(Qt.Key_K, Qt.ControlModifier)
            tryCompare(palette, "opened", true)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Escape)
            tryCompare(palette, "visible", false)
            compare(app.navigator.view, "people")
        }

        function test_damagedDatabaseIsExplained() {
            const app = Fixture.createAppOnDamagedDatabase()
            const window = createTemporaryObject(mainComponent, root, { app: app })
            const error = findChild(window, "startupError")
            tryCompare(error, "visible", true)
            verify(error.message.indexOf("not a Muster database") >= 0)
            verify(!app.ready)
            // Kept aside, never deleted, and a fresh workspace opens.
            const button = findChild(window, "startFreshButton")
            verify(button.visible)
            mouseClick(button)
            tryCompare(app, "ready", true, 15000)
            tryCompare(error, "visible", false)
            verify(app.notice.indexOf("damaged database was kept as") >= 0, app.notice)
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The sync state in the header and the sync settings dialog, as a responder meets them: the
// header says whether changes are shared, and a mistyped relay address is refused with a
// sentence instead of being saved.
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
        name: "Sync"
        when: windowShown

        function openWindow(demo) {
            const app = Fixture.createApp(demo, "Priya Raman")
            app.appearance.scheme = "dark"
            const window = createTemporaryObject(mainComponent, root, { app: app })
            verify(window)
            tryCompare(app, "ready", true, 15000)
            waitForRendering(window.contentItem)
            return window
        }

        function test_headerSaysChangesStayLocalWithoutARelay() {
            const window = openWindow(false)
            const app = window.app
            const label = findChild(window, "syncStateText")
            verify(label)
            compare(app.sync.state, SyncController.LocalOnly)
            tryCompare(label, "text", "Local only · saved")
            // A declared incident is saved here and shared with no one. The header still says
            // "saved" (nothing is waiting); the details say what a relay would receive.
            window.requestActivate()
            keyClick(Qt.Key_D, Qt.ControlModifier)
            const dialog = findChild(window, "declareDialog")
            tryCompare(dialog, "opened", true)
            for (const c of "Checkout latency")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryCompare(app.navigator, "view", "incident")
            tryVerify(() => app.pendingCount > 4)
            compare(label.text, "Local only · saved")
            const indicator = findChild(window, "syncIndicator")
            tryVerify(() => indicator.detailText.indexOf("Changes a relay would receive: " + app.pendingCount) > 0,
                      5000, indicator.detailText)
        }

        function test_settingsRefuseAnAddressThatIsNotARelay() {
            const window = openWindow(false)
            const app = window.app
            const indicator = findChild(window, "syncIndicator")
            mouseClick(indicator)
            const dialog = findChild(window, "settingsDialog")
            tryCompare(dialog, "opened", true)
            const relay = findChild(dialog, "relayField")
            compare(relay.text, "")
            compare(relay.activeFocus, true)
            relay.text = "http://relay.example.org"
            keyClick(Qt.Key_Return)
            const problem = findChild(dialog, "settingsProblem")
            tryCompare(problem, "visible", true)
            verify(problem.text.length > 10)
            compare(dialog.opened, true) // nothing saved, nothing lost: the dialog stays
            compare(app.sync.state, SyncController.LocalOnly)
            compare(app.sync.relayUrl, "")
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
        }

        function test_theTokenIsTypedBlindAndNeedsARelay() {
            const window = openWindow(false)
            const app = window.app
            mouseClick(findChild(window, "syncIndicator"))
            const dialog = findChild(window, "settingsDialog")
            tryCompare(dialog, "opened", true)
            const token = findChild(dialog, "tokenField")
            verify(token)
            compare(token.echoMode, TextInput.Password) // never shown on a shared screen
            compare(token.Accessible.name, "Access token")
            verify(findChild(dialog, "tokenNote").text.indexOf("muster-relay token create") >= 0)
            token.text = "mst_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            token.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const problem = findChild(dialog, "settingsProblem")
            tryCompare(problem, "visible", true)
            verify(problem.text.indexOf("relay") >= 0, problem.text)
            compare(dialog.opened, true)
            compare(app.credentials.hasToken, false) // nothing kept
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
        }
    }
}

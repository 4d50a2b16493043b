// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Muster
import MusterTest

Item {
    id: root
    width: 1366
    height: 768

    Component {
        id: incidentComponent
        IncidentView {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "IncidentView"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function openTopIncident() {
            const app = Fixture.createApp(true, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(incidentComponent, root, { app: app })
            verify(view)
            app.navigator.openIncident(app.board.topIncidentId)
            tryCompare(app.room, "loaded", true)
            tryVerify(() => app.room.log.count > 0)
            return { app: app, view: view }
        }

        function test_logEntryByKeyboard() {
            const { app, view } = openTopIncident()
            const before = app.room.log.count
            view.focusLogEntry()
            keyClick(Qt.Key_D, Qt.AltModifier)
            for (const c of "Roll back checkout")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryCompare(app.room.log, "count", before + 1)
            // The list lays out its new top row on the next polish: wait for it to show.
            tryVerify(() => findChild(view, "logEntry-0") !== null
                            && findChild(view, "logEntry-0").text === "Roll back checkout")
            compare(findChild(view, "logEntry-0").kind, "decision")
        }

        function test_severityChangeIsLogged() {
            const { app, view } = openTopIncident()
            compare(app.room.severity, 1)
            app.room.setSeverity(2)
            tryCompare(app.room, "severity", 2)
            tryVerify(() => findChild(view, "logEntry-0") && findChild(view, "logEntry-0").text === "Severity changed from SEV1 to SEV2")
        }

        function test_untickAndTickRunbookStep() {
            const { app, view } = openTopIncident()
            const done = app.room.runbook.finished
            compare(done, 6)
            tryVerify(() => findChild(view, "step-0") !== null, 5000, "the first runbook step is shown")
            const step = findChild(view, "step-0")
            const box = findChild(step, "stepBox")
            verify(box.checked)
            mouseClick(box)
            tryCompare(app.room.runbook, "finished", done - 1)
            tryVerify(() => findChild(view, "step-0") !== null && !findChild(findChild(view, "step-0"), "stepBox").checked)
            mouseClick(findChild(findChild(view, "step-0"), "stepBox"))
            tryCompare(app.room.runbook, "finished", done)
            tryVerify(() => findChild(view, "logEntry-0") !== null
                            && findChild(view, "logEntry-0").text.startsWith("Runbook step 1 done"))
        }

        function test_tickAStepByKeyboard() {
            const { app, view } = openTopIncident()
            const steps = findChild(view, "runbookSteps")
            tryCompare(steps, "count", 13)
            steps.forceActiveFocus()
            steps.currentIndex = 6 // the step in progress
            keyClick(Qt.Key_Space)
            tryCompare(app.room.runbook, "finished", 7)
        }

        function test_searchTheLog() {
            const { app, view } = openTopIncident()
            view.focusSearch()
            for (const c of "rollback")
                keyClick(c)
            tryVerify(() => app.room.log.searchText === "rollback")
            tryVerify(() => !app.room.log.loading && app.room.log.count === 3)
            keyClick(Qt.Key_Escape)
            tryVerify(() => app.room.log.searchText === "" && app.room.log.count > 3)
        }
    }
}

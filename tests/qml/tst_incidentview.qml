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

        function test_correctAMilestoneFromTheTimeline() {
            const { app, view } = openTopIncident()
            const impact = findChild(view, "milestone-impact_started")
            verify(impact)
            compare(impact.problem, "")
            mouseClick(impact)
            const dialog = findChild(view, "milestoneDialog")
            tryCompare(dialog, "opened", true)
            // A recorded time: a correction without a reason is refused in words.
            const detected = app.room.milestones.data(app.room.milestones.index(1, 0), MilestoneModel.AtRole)
            findChild(dialog, "milestoneTimeField").text = Format.dateTime(detected + 60000)
            mouseClick(findChild(dialog, "saveMilestoneButton"))
            verify(findChild(dialog, "milestoneProblemText").text.indexOf("Say why") === 0)
            verify(dialog.opened)
            findChild(dialog, "milestoneReasonField").text = "typed the wrong hour"
            mouseClick(findChild(dialog, "saveMilestoneButton"))
            tryCompare(dialog, "visible", false)
            // Impact now starts after detection: the timeline says so in red.
            tryCompare(app.room.milestones, "problemCount", 1)
            const flagged = findChild(view, "milestone-detected")
            tryVerify(() => flagged.problem.indexOf("before Impact started") === 0)
            verify(findChild(flagged, "milestoneProblem").visible)
            tryVerify(() => findChild(view, "logEntry-0")
                            && findChild(view, "logEntry-0").text.indexOf(": typed the wrong hour") > 0)
        }

        function test_addATaskAndTickItOff() {
            const { app, view } = openTopIncident()
            const tabs = findChild(view, "workTabs")
            const openBefore = app.room.tasks.openCount
            // The demo's incident has an overdue task: the tab says so without being opened.
            verify(findChild(view, "tasksTab").text.indexOf("⚠") >= 0)
            mouseClick(findChild(view, "tasksTab"))
            tryCompare(tabs, "currentIndex", 1)
            mouseClick(findChild(view, "addTaskButton"))
            const dialog = findChild(view, "taskDialog")
            tryCompare(dialog, "opened", true)
            // No title: refused in words.
            mouseClick(findChild(dialog, "saveTaskButton"))
            verify(findChild(dialog, "taskProblem").text !== "")
            findChild(dialog, "taskTitleField").text = "Check the CDN error rate"
            findChild(dialog, "taskDueField").text = "not a time"
            mouseClick(findChild(dialog, "saveTaskButton"))
            verify(findChild(dialog, "taskProblem").text.indexOf("due time") >= 0)
            findChild(dialog, "taskDueField").text = Format.dateTime(app.now + 3600000)
            mouseClick(findChild(dialog, "saveTaskButton"))
            tryCompare(dialog, "visible", false)
            tryCompare(app.room.tasks, "openCount", openBefore + 1)
            let row = null
            tryVerify(() => {
                for (let i = 0; i < app.room.tasks.count; ++i) {
                    const candidate = findChild(view, "task-" + i)
                    if (candidate && candidate.title === "Check the CDN error rate")
                        row = candidate
                }
                return row !== null
            })
            verify(findChild(row, "taskMeta").text.indexOf("no owner") >= 0)
            verify(findChild(row, "taskMeta").text.indexOf("due ") >= 0)
            mouseClick(findChild(row, "taskBox"))
            tryCompare(app.room.tasks, "openCount", openBefore)
            tryVerify(() => findChild(view, "logEntry-0")
                            && findChild(view, "logEntry-0").text === "Task done: Check the CDN error rate")
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
            tryVerify(() => !app.room.log.loading && app.room.log.count === 4) // with the update sent to executives
            keyClick(Qt.Key_Escape)
            tryVerify(() => app.room.log.searchText === "" && app.room.log.count > 3)
        }

        // Daniel's shift ends: he has offered Priya command of the orders incident. She sees the
        // offer across the room, reads the briefing, and accepts; only then is she IC.
        function test_anOfferedHandoffIsReadAndAccepted() {
            const app = Fixture.createApp(true, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(incidentComponent, root, { app: app })
            let orders = ""
            for (let row = 0; row < app.board.count; ++row) {
                const index = app.board.index(row, 0)
                if (app.board.data(index, Qt.DisplayRole).startsWith("Orders database"))
                    orders = app.board.data(index, Qt.UserRole + 1)
            }
            verify(orders !== "")
            app.navigator.openIncident(orders)
            tryCompare(app.room, "loaded", true)
            compare(app.room.commanderName, "Daniel Okafor")
            tryVerify(() => findChild(view, "reviewHandoffButton") !== null)
            mouseClick(findChild(view, "reviewHandoffButton"))
            const accept = findChild(view, "acceptHandoffButton")
            tryVerify(() => accept.visible)
            compare(accept.text, "Accept: I am Incident Commander now")
            mouseClick(accept)
            tryCompare(app.room, "commanderName", "Priya Raman")
            tryCompare(app.room.handoff.pending, "length", 0)
            tryVerify(() => findChild(view, "reviewHandoffButton") === null)
        }

        // Priya hands command of the SEV1 to Daniel through the form; the roster waits for him.
        function test_handOverCommandWithABriefing() {
            const { app, view } = openTopIncident()
            mouseClick(findChild(view, "assign-ic"))
            const offer = findChild(view, "offerHandoffButton")
            tryVerify(() => offer.visible)
            verify(!offer.enabled) // nobody chosen yet
            let daniel = ""
            for (let row = 0; row < app.people.count; ++row) {
                const index = app.people.index(row, 0)
                if (app.people.data(index, Qt.DisplayRole) === "Daniel Okafor")
                    daniel = app.people.data(index, Qt.UserRole + 1)
            }
            verify(daniel !== "")
            const person = findChild(view, "handoffPerson")
            person.currentIndex = person.indexOfValue(daniel)
            person.activated(person.currentIndex)
            compare(app.room.handoff.toPersonId, daniel)
            tryVerify(() => offer.enabled)
            mouseClick(offer)
            tryCompare(app.room.handoff.pending, "length", 1)
            compare(app.room.commanderName, "Priya Raman")
            tryVerify(() => findChild(view, "logEntry-0") !== null
                            && findChild(view, "logEntry-0").text.startsWith("Priya Raman offered Incident Commander to Daniel Okafor"))
        }
    }
}

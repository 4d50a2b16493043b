// SPDX-License-Identifier: GPL-3.0-or-later
// The Communications Lead's two minutes: open the Comms tab, draft an update, see a warning
// for what is typed, and mark it as sent; the history shows it and the countdown restarts.
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
        name: "CommsPanel"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function test_draftWarnAndMarkSent() {
            const app = Fixture.createApp(true, "Sofia Alvarez")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(incidentComponent, root, { app: app })
            verify(view)
            app.navigator.openIncident(app.board.topIncidentId)
            tryCompare(app.room, "loaded", true)
            tryVerify(() => app.comms.lists.length === 4)
            mouseClick(findChild(view, "commsTab"))
            const before = app.room.sentUpdates.length
            verify(before > 0)
            mouseClick(findChild(view, "draftUpdateButton"))
            const dialog = findChild(view, "updateDraftDialog")
            tryCompare(dialog, "opened", true)
            const subject = findChild(dialog, "draftSubject")
            verify(subject.text.indexOf("Checkout failing with HTTP 502") >= 0)

            // An ETA typed into the body gets a warning line; it does not stop sending.
            const body = findChild(dialog, "draftBody")
            body.text = body.text + "\nBack up by 14:00."
            tryVerify(() => app.room.updateDraft.warnings.some(w => w.rule === "eta"))
            tryVerify(() => findChild(dialog, "draftWarnings").count > 0)

            mouseClick(findChild(dialog, "markSentButton"))
            tryCompare(dialog, "opened", false)
            tryCompare(app.room.sentUpdates, "length", before + 1)
            verify(app.room.updateDue > app.now)
        }

        // A list set up in the app appears when drafting.
        function test_addAListInTheSettings() {
            const app = Fixture.createApp(true, "Sofia Alvarez")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(incidentComponent, root, { app: app })
            app.navigator.openIncident(app.board.topIncidentId)
            tryCompare(app.room, "loaded", true)
            tryVerify(() => app.comms.lists.length === 4)
            mouseClick(findChild(view, "commsTab"))
            mouseClick(findChild(view, "commsSettingsButton"))
            const dialog = findChild(view, "commsSettingsDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog, "newListButton"))
            const name = findChild(dialog, "listName")
            name.forceActiveFocus()
            for (const c of "Legal")
                keyClick(c)
            findChild(dialog, "listTo").text = "legal@example.com"
            mouseClick(findChild(dialog, "saveListButton"))
            tryVerify(() => app.comms.lists.some(l => l.name === "Legal"))
            dialog.close()
            mouseClick(findChild(view, "draftUpdateButton"))
            const box = findChild(findChild(view, "updateDraftDialog"), "draftListBox")
            tryVerify(() => box.count === 5)
        }

        // Daniel commands the orders incident; Amara asked him to approve a status page notice.
        function test_theCommanderApprovesWhatWasAsked() {
            const app = Fixture.createApp(true, "Daniel Okafor")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(incidentComponent, root, { app: app })
            let orders = ""
            for (let row = 0; row < app.board.count; ++row) {
                const index = app.board.index(row, 0)
                if (app.board.data(index, Qt.DisplayRole).startsWith("Orders database"))
                    orders = app.board.data(index, Qt.UserRole + 1)
            }
            app.navigator.openIncident(orders)
            tryCompare(app.room, "loaded", true)
            mouseClick(findChild(view, "commsTab"))
            const box = findChild(view, "approvalBox")
            tryCompare(box, "visible", true)
            findChild(view, "returnButton").clicked() // no comment: refused, still waiting
            compare(app.room.updateDraft.approvalState, "requested")
            findChild(view, "approveButton").clicked()
            tryCompare(app.room.updateDraft, "approvalState", "approved")
            tryCompare(box, "visible", false)
        }

        function test_ctrlUOpensTheForm() {
            const app = Fixture.createApp(true, "Sofia Alvarez")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(incidentComponent, root, { app: app })
            app.navigator.openIncident(app.board.topIncidentId)
            tryCompare(app.room, "loaded", true)
            view.forceActiveFocus()
            keyClick(Qt.Key_U, Qt.ControlModifier)
            tryCompare(findChild(view, "updateDraftDialog"), "opened", true)
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The retrospective as a reviewer uses it: open from the incident, write with wording hints,
// save, send for review, and pick a timeline entry.
import QtQuick
import QtTest
import Muster
import MusterTest

Item {
    id: root
    width: 1366
    height: 768

    Component {
        id: retroComponent
        RetrospectiveView {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "RetrospectiveView"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function test_writeWithHintsSaveAndSendForReview() {
            const app = Fixture.createApp(true, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(retroComponent, root, { app: app })
            verify(view)
            app.navigator.openRetrospective(app.board.firstIdInState("learning"))
            tryCompare(app.room, "loaded", true)
            const retro = app.room.retrospective
            tryVerify(() => retro.timeline.count > 0) // on screen: the timeline is built
            const summary = findChild(findChild(view, "retroSummary"), "retroText")
            compare(summary.text, retro.summary)
            verify(summary.text.indexOf("Uploads over 40 MB") === 0)

            // Blaming wording gets a hint right under the text.
            const factors = findChild(view, "retroFactors")
            const area = findChild(factors, "retroText")
            area.text = area.text + "\nHuman error: the on-call should have known."
            tryCompare(retro, "dirty", true)
            tryVerify(() => findChild(factors, "retroHint") !== null)
            verify(findChild(view, "hintCount").visible)
            compare(retro.hintCount, 2)

            // Save, then send for review.
            mouseClick(findChild(view, "saveRetroButton"))
            tryCompare(retro, "dirty", false)
            mouseClick(findChild(view, "advanceReviewButton"))
            tryCompare(retro, "reviewState", "review")
            compare(findChild(view, "reviewState").text, "In review")
            compare(findChild(view, "advanceReviewButton").text, "Publish")

            // Pick a timeline entry that is out by default.
            const before = retro.timeline.includedCount
            let box = null
            for (let i = 0; i < retro.timeline.count && box === null; ++i) {
                const entry = findChild(view, "timelineEntry-" + i)
                if (entry && !entry.included && !entry.isMilestone)
                    box = findChild(entry, "includeBox")
            }
            verify(box !== null)
            mouseClick(box)
            tryCompare(retro.timeline, "includedCount", before + 1)
        }
    }
}

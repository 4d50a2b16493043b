// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics screen with the demo's history: every chart gets its numbers and shows its
// definition, the filters reach the backend, a bad date is refused in words, and all of it
// loads without a single QML warning (Qt Charts included).
import QtQuick
import QtTest
import Muster
import MusterTest

Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: metricsComponent
        MetricsView {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "MetricsView"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function test_chartsShowTheDemoHistory() {
            const app = Fixture.createApp(true, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(metricsComponent, root, { app: app })
            verify(view)
            tryVerify(() => app.metrics.incidents > 0, 10000)
            tryCompare(app.metrics, "busy", false)
            for (const name of ["response-over-time", "by-severity", "incidents-per-period", "mtbf", "role-time",
                                "runbook-steps"]) {
                const card = findChild(view, "chart-" + name)
                verify(card, name)
                verify(!card.empty, name + " has numbers")
                verify(findChild(card, "definition").text.length > 40, name + " says what it measures")
                verify(findChild(card, "exportCsv").visible)
            }
            compare(app.metrics.headline.length, 4)

            // A day that is not one: the screen says so and keeps the last report.
            const from = findChild(view, "fromDate")
            from.text = "2026-02-30"
            from.editingFinished()
            verify(findChild(view, "metricsProblem").visible)
            verify(findChild(view, "metricsProblem").text.indexOf("2026-02-30") >= 0)
            verify(app.metrics.incidents > 0)

            // A range with no incidents: every chart says there is nothing to show.
            from.text = "2001-01-01"
            const to = findChild(view, "toDate")
            to.text = "2001-03-31"
            to.editingFinished()
            tryCompare(app.metrics, "incidents", 0)
            tryCompare(app.metrics, "busy", false)
            verify(!findChild(view, "metricsProblem").visible)
            verify(findChild(view, "chart-by-severity").empty)

            // A quick range after typing: the fields show the range it chose.
            app.metrics.setLastWeeks(4)
            tryVerify(() => app.metrics.incidents > 0)
            compare(from.text, app.metrics.fromDate)
            compare(to.text, app.metrics.toDate)
            verify(from.text !== "2001-01-01")
        }
    }
}

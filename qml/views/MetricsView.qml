// SPDX-License-Identifier: GPL-3.0-or-later
// Incident metrics for the team afterwards: the headline figures, then one chart per question
// (how fast do we detect, acknowledge and resolve; at which severities; how often; which
// services fail; who carries the load; which runbook steps are slow). Every chart says what
// it measures and exports its numbers as CSV. The numbers are computed in C++ (MetricsDesk).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCharts
import Muster

Rectangle {
    id: view
    required property MusterApp app
    readonly property MetricsDesk desk: app.metrics
    property string exportProblem: ""
    property string exportedPath: ""

    objectName: "metricsView"
    color: Theme.background
    onVisibleChanged: if (desk) desk.active = visible
    Component.onCompleted: if (desk) desk.active = visible

    // One colour per figure on every chart, one per severity, one per role.
    readonly property var figureColors: ["#1e88e5", "#43a047", "#fb8c00", "#8e24aa"]
    readonly property var roleColors: ["#3949ab", "#00897b", "#d81b60", "#f4511e", "#6d4c41"]
    readonly property var severityColors: [Theme.severityColor(1), Theme.severityColor(2), Theme.severityColor(3),
                                           Theme.severityColor(4)]
    function exportChart(chart) {
        exportDialog.chart = chart
        exportDialog.selectedFile = view.desk.defaultFolder() + "/" + view.desk.suggestedFileName(chart)
        exportDialog.open()
    }

    // The quick ranges change the days from here: the fields follow unless being typed in.
    Connections {
        target: view.desk
        function onFilterChanged() {
            if (!fromField.activeFocus)
                fromField.text = view.desk.fromDate
            if (!toField.activeFocus)
                toField.text = view.desk.toDate
        }
    }

    FileDialog {
        id: exportDialog
        property string chart: ""
        title: qsTr("Export the numbers behind the chart")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: {
            view.exportProblem = view.desk.exportCsv(chart, selectedFile)
            view.exportedPath = view.exportProblem === "" ? selectedFile.toString().replace("file://", "") : ""
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 2
        spacing: Theme.unit * 1.5

        PanelHeader {
            title: qsTr("Metrics")
            detail: view.desk.summary
            Layout.fillWidth: true
        }

        // The filters: a range of days (UTC), quick ranges, a service, weeks or months.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.unit
            Label { text: qsTr("From"); color: Theme.textMuted; height: fromField.height; verticalAlignment: Text.AlignVCenter }
            TextField {
                id: fromField
                objectName: "fromDate"
                text: view.desk.fromDate
                placeholderText: "YYYY-MM-DD"
                implicitWidth: 130 * Theme.zoom
                selectByMouse: true
                onEditingFinished: view.desk.setRange(text, toField.text)
                Accessible.name: qsTr("From day (UTC)")
            }
            Label { text: qsTr("to"); color: Theme.textMuted; height: fromField.height; verticalAlignment: Text.AlignVCenter }
            TextField {
                id: toField
                objectName: "toDate"
                text: view.desk.toDate
                placeholderText: "YYYY-MM-DD"
                implicitWidth: 130 * Theme.zoom
                selectByMouse: true
                onEditingFinished: view.desk.setRange(fromField.text, text)
                Accessible.name: qsTr("To day (UTC, included)")
            }
            Repeater {
                model: [{ weeks: 4, text: qsTr("4 weeks") }, { weeks: 13, text: qsTr("13 weeks") },
                        { weeks: 52, text: qsTr("52 weeks") }]
                ChipButton {
                    required property var modelData
                    text: modelData.text
                    checkable: false
                    onClicked: view.desk.setLastWeeks(modelData.weeks)
                }
            }
            ComboBox {
                id: serviceBox
                objectName: "serviceFilter"
                model: [qsTr("All services")].concat(view.desk.services)
                currentIndex: view.desk.service === "" ? 0 : Math.max(0, view.desk.services.indexOf(view.desk.service) + 1)
                implicitWidth: 220 * Theme.zoom
                onActivated: (index) => view.desk.setService(index === 0 ? "" : view.desk.services[index - 1])
                Accessible.name: qsTr("Service")
            }
            FitComboBox {
                objectName: "severityFilter"
                model: [qsTr("All severities"), "SEV1", "SEV2", "SEV3", "SEV4"]
                currentIndex: view.desk.severity
                onActivated: (index) => view.desk.setSeverity(index)
                Accessible.name: qsTr("Severity")
            }
            ChipButton {
                text: qsTr("By week")
                checkable: false
                checked: !view.desk.byMonth
                onClicked: view.desk.setByMonth(false)
            }
            ChipButton {
                text: qsTr("By month")
                checkable: false
                checked: view.desk.byMonth
                onClicked: view.desk.setByMonth(true)
            }
            BusyIndicator {
                running: view.desk.busy
                visible: running
                height: fromField.height
                width: height
            }
        }
        Label {
            objectName: "metricsProblem"
            visible: text !== ""
            text: view.desk.problem !== "" ? view.desk.problem : view.exportProblem
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: view.exportedPath !== "" && view.exportProblem === ""
            text: qsTr("Saved %1").arg(view.exportedPath)
            color: Theme.success
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }

        // The four headline figures.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit * 1.5
            Repeater {
                model: view.desk.headline
                Rectangle {
                    id: figure
                    required property var modelData
                    objectName: "headline-" + modelData.what
                    Layout.fillWidth: true
                    implicitHeight: figureColumn.implicitHeight + Theme.unit * 2
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius
                    Column {
                        id: figureColumn
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.unit * 1.5 }
                        Label {
                            text: figure.modelData.name + " · " + figure.modelData.what
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            width: parent.width
                            wrapMode: Text.Wrap
                        }
                        Label {
                            text: figure.modelData.value
                            color: Theme.text
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                        }
                        Label {
                            text: figure.modelData.detail
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            width: parent.width
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            GridLayout {
                width: scroller.availableWidth
                columns: width > 1100 * Theme.zoom ? 2 : 1
                columnSpacing: Theme.unit * 1.5
                rowSpacing: Theme.unit * 1.5

                ChartCard {
                    objectName: "chart-response-over-time"
                    Layout.fillWidth: true
                    title: view.desk.byMonth ? qsTr("Response times by month") : qsTr("Response times by week")
                    definition: qsTr("Means, in minutes, of the incidents detected in each period (UTC). MTTD: impact start → detected. MTTA: detected → acknowledged. MTTR: acknowledged → resolved, and impact start → resolved. An incident lacking one of the two times is left out of that figure.")
                    empty: view.desk.incidents === 0
                    onExportRequested: view.exportChart("response-over-time")
                    MetricsChart {
                        id: responseChart
                        seriesColors: view.figureColors
                        ChartCategoryAxis {
                            id: periodAxis
                            full: view.desk.incidentsPerPeriod.labels
                            compact: view.desk.incidentsPerPeriod.shortLabels
                            room: responseChart.width
                        }
                        ChartValueAxis {
                            id: responseAxis
                            max: Math.max(view.desk.detectOverTime.axisMax, view.desk.acknowledgeOverTime.axisMax,
                                          view.desk.repairOverTime.axisMax, view.desk.repairFromImpactOverTime.axisMax)
                            titleText: qsTr("minutes")
                        }
                        LineSeries {
                            name: qsTr("MTTD")
                            axisX: periodAxis; axisY: responseAxis
                            pointsVisible: true; width: 3 * Theme.zoom
                            VXYModelMapper { model: view.desk.detectOverTime; xColumn: 0; yColumn: 1 }
                        }
                        LineSeries {
                            name: qsTr("MTTA")
                            axisX: periodAxis; axisY: responseAxis
                            pointsVisible: true; width: 3 * Theme.zoom
                            VXYModelMapper { model: view.desk.acknowledgeOverTime; xColumn: 0; yColumn: 1 }
                        }
                        LineSeries {
                            name: qsTr("MTTR")
                            axisX: periodAxis; axisY: responseAxis
                            pointsVisible: true; width: 3 * Theme.zoom
                            VXYModelMapper { model: view.desk.repairOverTime; xColumn: 0; yColumn: 1 }
                        }
                        LineSeries {
                            name: qsTr("MTTR from impact")
                            axisX: periodAxis; axisY: responseAxis
                            pointsVisible: true; width: 3 * Theme.zoom; style: Qt.DashLine
                            VXYModelMapper { model: view.desk.repairFromImpactOverTime; xColumn: 0; yColumn: 1 }
                        }
                    }
                }

                ChartCard {
                    objectName: "chart-by-severity"
                    Layout.fillWidth: true
                    title: qsTr("Response times by severity")
                    definition: qsTr("The same means over the whole range, per severity, in minutes. In brackets: how many incidents of that severity were measured.")
                    empty: view.desk.incidents === 0
                    onExportRequested: view.exportChart("by-severity")
                    MetricsChart {
                        id: bySeverityChart
                        seriesColors: view.figureColors
                        BarSeries {
                            onBarsetsAdded: bySeverityChart.recolor()
                            axisX: ChartCategoryAxis { full: view.desk.bySeverity.labels }
                            axisY: ChartValueAxis { max: view.desk.bySeverity.axisMax; titleText: qsTr("minutes") }
                            VBarModelMapper { model: view.desk.bySeverity; firstBarSetColumn: 0; lastBarSetColumn: 3 }
                        }
                    }
                }

                ChartCard {
                    objectName: "chart-incidents-per-period"
                    Layout.fillWidth: true
                    title: view.desk.byMonth ? qsTr("Incidents per month") : qsTr("Incidents per week")
                    definition: qsTr("Incidents by the week (Monday, UTC) or month they were detected, stacked by severity. Drills are never counted.")
                    empty: view.desk.incidents === 0
                    onExportRequested: view.exportChart("incidents-per-period")
                    MetricsChart {
                        id: perPeriodChart
                        seriesColors: view.severityColors
                        StackedBarSeries {
                            axisX: ChartCategoryAxis {
                                full: view.desk.incidentsPerPeriod.labels
                                compact: view.desk.incidentsPerPeriod.shortLabels
                                room: perPeriodChart.width
                            }
                            axisY: ChartValueAxis { max: Math.max(1, view.desk.incidentsPerPeriod.axisMax); titleText: qsTr("incidents") }
                            VBarModelMapper { model: view.desk.incidentsPerPeriod; firstBarSetColumn: 0; lastBarSetColumn: 3 }
                            onBarsetsAdded: perPeriodChart.recolor()
                        }
                    }
                }

                ChartCard {
                    objectName: "chart-mtbf"
                    Layout.fillWidth: true
                    title: qsTr("Mean time between failures, by service")
                    definition: qsTr("Hours from one incident's resolution to the next one's start (impact start, or else detection) on the same service, within the range. In brackets: incidents on the service.")
                          + (view.desk.servicesWithoutMtbf.length > 0
                             ? " " + qsTr("One incident only, so no MTBF yet: %1.").arg(view.desk.withoutMtbfNote) : "")
                    empty: view.desk.betweenFailures.count === 0
                    emptyText: qsTr("No service had two incidents in this range.")
                    onExportRequested: view.exportChart("mtbf")
                    MetricsChart {
                        legend.visible: false
                        HorizontalBarSeries {
                            axisY: ChartCategoryAxis { full: view.desk.betweenFailures.labels }
                            axisX: ChartValueAxis { max: view.desk.betweenFailures.axisMax; titleText: qsTr("hours") }
                            VBarModelMapper { model: view.desk.betweenFailures; firstBarSetColumn: 0; lastBarSetColumn: 0 }
                        }
                    }
                }

                ChartCard {
                    objectName: "chart-role-time"
                    Layout.fillWidth: true
                    title: qsTr("Time in incident roles, per person")
                    definition: qsTr("Hours each person held a role, from being assigned until handing it over or the incident being resolved (until now while it is open). A role nobody was given counts once, as the Incident Commander's time. For on-call load fairness.")
                    empty: view.desk.roleTime.count === 0
                    onExportRequested: view.exportChart("role-time")
                    MetricsChart {
                        id: roleTimeChart
                        seriesColors: view.roleColors
                        HorizontalStackedBarSeries {
                            onBarsetsAdded: roleTimeChart.recolor()
                            axisY: ChartCategoryAxis { full: view.desk.roleTime.labels }
                            axisX: ChartValueAxis { max: view.desk.roleTime.axisMax; titleText: qsTr("hours") }
                            VBarModelMapper { model: view.desk.roleTime; firstBarSetColumn: 0; lastBarSetColumn: 4 }
                        }
                    }
                }

                ChartCard {
                    objectName: "chart-runbook-steps"
                    Layout.fillWidth: true
                    title: qsTr("Slowest runbook steps")
                    definition: qsTr("Median minutes from starting a step (marking it in progress, or else finishing the step before it or attaching the runbook) to marking it done. The ten slowest steps.")
                    empty: view.desk.runbookSteps.count === 0
                    emptyText: qsTr("No runbook step was done in this range.")
                    onExportRequested: view.exportChart("runbook-steps")
                    MetricsChart {
                        legend.visible: false
                        HorizontalBarSeries {
                            axisY: ChartCategoryAxis { full: view.desk.runbookSteps.labels }
                            axisX: ChartValueAxis { max: view.desk.runbookSteps.axisMax; titleText: qsTr("minutes") }
                            VBarModelMapper { model: view.desk.runbookSteps; firstBarSetColumn: 0; lastBarSetColumn: 0 }
                        }
                    }
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// A chart of the metrics screen: the app's theme, no animation (figures, not a show), type that
// grows with the window like the rest of the UI (Qt Charts does not scale its own fonts), and
// the same colour for a figure, severity or role on every chart.
import QtQuick
import QtCharts
import Muster

ChartView {
    id: chart
    // One colour per series (line charts) or per bar set (bar charts), in order.
    property var seriesColors: []

    // A chart theme repaints every series in its own colours: put ours back after it.
    function recolor() {
        if (seriesColors.length === 0)
            return
        for (let i = 0; i < count; ++i) {
            const s = series(i)
            if (s.type === ChartView.SeriesTypeLine) {
                s.color = seriesColors[i % seriesColors.length]
            } else {
                for (let j = 0; j < s.count; ++j)
                    s.at(j).color = seriesColors[j % seriesColors.length]
            }
        }
    }

    anchors.fill: parent
    antialiasing: true
    animationOptions: ChartView.NoAnimation
    theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    backgroundColor: Theme.surface
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: Theme.fontSmall
    margins { top: 0; bottom: 0; left: 0; right: 0 }
    Connections {
        target: Theme
        function onDarkChanged() { Qt.callLater(chart.recolor) }
    }
    onSeriesColorsChanged: Qt.callLater(recolor)
    Component.onCompleted: Qt.callLater(recolor)
}

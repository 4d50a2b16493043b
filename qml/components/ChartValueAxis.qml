// SPDX-License-Identifier: GPL-3.0-or-later
// The value axis of a metrics chart: from zero, whole numbers, round tick steps, readable type.
import QtQuick
import QtCharts
import Muster

ValueAxis {
    min: 0
    labelFormat: "%.0f"
    labelsFont.pixelSize: Theme.fontSmall
    titleFont.pixelSize: Theme.fontSmall
    titleFont.bold: false
    // Round steps (0, 50, 100…) whatever the largest figure is.
    onMaxChanged: Qt.callLater(applyNiceNumbers)
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The category axis of a metrics chart (weeks, severities, services, people, steps), with
// readable type; slanted labels when they would not fit side by side.
import QtQuick
import QtCharts
import Muster

BarCategoryAxis {
    // The room the labels have, to decide whether to slant them (0: never).
    property real room: 0
    labelsFont.pixelSize: Theme.fontSmall
    labelsAngle: room > 0 && categories.length * 56 * Theme.zoom > room ? -45 : 0
}

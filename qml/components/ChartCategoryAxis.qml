// SPDX-License-Identifier: GPL-3.0-or-later
// The category axis of a metrics chart (weeks, severities, services, people, steps), with
// readable type. Given `compact` labels and the room it has, it uses them when the full ones
// would not fit side by side ("14/9" for "14 Sep"), slanted when even those would not: Qt
// Charts would cut them to "14 …".
import QtQuick
import QtCharts
import Muster

BarCategoryAxis {
    property var full: []
    property var compact: []
    property real room: 0
    readonly property bool crowded: compact.length > 0 && room > 0 && full.length * 60 * Theme.zoom > room
    categories: crowded ? compact : full
    // Even short labels are cut when the slots are narrow; slanted they fit.
    labelsAngle: crowded ? -60 : 0
    labelsFont.pixelSize: Theme.fontSmall
}

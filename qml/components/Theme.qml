// SPDX-License-Identifier: GPL-3.0-or-later
// Colours, type sizes and spacing in one place, for light, dark and high contrast (white and
// yellow on black, every text at full contrast, borders drawn). Severity is never shown by
// colour alone: every badge also carries its label. The window binds `scheme` and
// `fontScale` to the app's Appearance.
pragma Singleton
import QtQuick

QtObject {
    property string scheme: "light"
    readonly property bool dark: scheme !== "light"
    readonly property bool highContrast: scheme === "contrast"
    // The desktop's text size against Muster's own (Appearance.fontScale).
    property real fontScale: 1.0
    // Grows the whole UI on very large windows (a 4K screen without desktop scaling).
    property real zoom: 1.0

    readonly property int unit: Math.round(8 * zoom)
    readonly property int fontSmall: Math.round(12 * zoom * fontScale)
    readonly property int fontBody: Math.round(14 * zoom * fontScale)
    readonly property int fontHeading: Math.round(16 * zoom * fontScale)
    readonly property int fontTitle: Math.round(22 * zoom * fontScale)
    readonly property int radius: Math.round(6 * zoom)

    readonly property color background: highContrast ? "#000000" : dark ? "#15171c" : "#f3f4f7"
    readonly property color surface: highContrast ? "#000000" : dark ? "#1f232b" : "#ffffff"
    readonly property color surfaceAlt: highContrast ? "#1a1a1a" : dark ? "#272c36" : "#eceef3"
    readonly property color border: highContrast ? "#ffffff" : dark ? "#353b47" : "#d5d9e2"
    readonly property color text: highContrast ? "#ffffff" : dark ? "#e8eaef" : "#1b1e24"
    readonly property color textMuted: highContrast ? "#ffffff" : dark ? "#9aa2b1" : "#5d6575"
    readonly property color accent: highContrast ? "#ffff00" : dark ? "#8ab4ff" : "#2f5bd3"
    readonly property color warning: highContrast ? "#ffb000" : dark ? "#ffb74d" : "#b45309"
    readonly property color danger: highContrast ? "#ff7070" : dark ? "#ff6b6b" : "#c62828"
    readonly property color success: highContrast ? "#3ff23f" : dark ? "#66d19e" : "#1b7f4b"
    readonly property color decision: highContrast ? "#ff9dff" : dark ? "#c792ea" : "#7b3fb8"
    readonly property color action: highContrast ? "#5ce1ff" : dark ? "#4fc3f7" : "#0b6fa4"
    readonly property color drill: highContrast ? "#5cffd6" : dark ? "#80cbc4" : "#00796b"
    // The application header's bar.
    readonly property color headerBar: highContrast ? "#000000" : dark ? "#0f1116" : "#1d2433"
    // The keyboard focus frame (FocusFrame): the same in both themes, visible on all of them.
    readonly property color focusRing: "#ffcc00"
    readonly property color focusEdge: "#111111"

    function severityColor(severity) {
        if (highContrast) {
            switch (severity) {
            case 1: return "#ff5c5c"
            case 2: return "#ff9a3c"
            case 3: return "#ffe14d"
            default: return "#6cb6ff"
            }
        }
        switch (severity) {
        case 1: return dark ? "#ef5350" : "#c62828"
        case 2: return dark ? "#ff9800" : "#e65100"
        case 3: return dark ? "#fdd835" : "#f9a825"
        default: return dark ? "#64b5f6" : "#1565c0"
        }
    }
    // Text drawn on a severity colour.
    function onSeverityColor(severity) {
        return highContrast ? "#000000" : severity === 3 ? "#1b1e24" : "#ffffff"
    }
    function stateColor(state) {
        switch (state) {
        case "detected": return danger
        case "acknowledged": return warning
        case "investigating": return accent
        case "mitigated": return success
        case "resolved": return success
        default: return textMuted
        }
    }
}

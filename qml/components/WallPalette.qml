// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's own colours: dark and high contrast whatever theme the workstation uses. Every
// pairing here reads at 4.5:1 or better (severity labels are also written out).
pragma Singleton
import QtQuick

QtObject {
    readonly property color background: "#05070a"
    readonly property color text: "#ffffff"
    readonly property color muted: "#c9d1df"
    // Titles and log lines: more words per line at the same height (fonts-dejavu-extra).
    readonly property string condensed: "DejaVu Sans Condensed"

    function severity(level) {
        switch (level) {
        case 1: return "#d32f2f"
        case 2: return "#fb8c00"
        case 3: return "#fdd835"
        default: return "#64b5f6"
        }
    }
    // Text on a severity colour.
    function onSeverity(level) {
        return level === 1 ? "#ffffff" : "#000000"
    }
}

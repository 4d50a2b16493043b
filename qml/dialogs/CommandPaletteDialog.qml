// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl+K: type a few letters of an incident, a person or an action, arrows to choose, Enter to
// go. What is listed and what an entry does are decided by the app's CommandPalette model.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Popup {
    id: popup
    required property MusterApp app
    readonly property CommandPalette commands: app.commandPalette

    function show() {
        commands.reload()
        results.currentIndex = 0
        open()
        search.forceActiveFocus()
    }
    function activate(row) {
        if (row < 0 || row >= results.count)
            return
        close()
        commands.activate(row)
    }

    modal: true
    focus: true
    x: Math.round((parent.width - width) / 2)
    y: Math.round(parent.height * 0.12)
    width: Math.min(parent.width - Theme.unit * 4, Math.round(720 * Theme.zoom))
    padding: Theme.unit
    background: DialogBackground {}

    contentItem: ColumnLayout {
        spacing: Theme.unit
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Command palette")
        TextField {
            id: search
            objectName: "paletteSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Jump to an incident, a person or an action…")
            text: popup.commands.query
            onTextEdited: {
                popup.commands.query = text
                results.currentIndex = 0
            }
            Accessible.name: qsTr("Search incidents, people and actions")
            Accessible.description: qsTr("%n result(s); arrows choose, Enter goes", "", results.count)
            Keys.onDownPressed: results.incrementCurrentIndex()
            Keys.onUpPressed: results.decrementCurrentIndex()
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_PageDown) {
                    results.currentIndex = Math.min(results.count - 1, results.currentIndex + 8)
                    event.accepted = true
                } else if (event.key === Qt.Key_PageUp) {
                    results.currentIndex = Math.max(0, results.currentIndex - 8)
                    event.accepted = true
                }
            }
            Keys.onReturnPressed: popup.activate(results.currentIndex)
            Keys.onEnterPressed: popup.activate(results.currentIndex)
        }
        ListView {
            id: results
            objectName: "paletteResults"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Math.round(popup.parent.height * 0.6))
            clip: true
            model: popup.commands
            keyNavigationWraps: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            // The list follows the search box; focus stays there so typing goes on.
            activeFocusOnTab: false
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Results")
            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string kindLabel
                required property string title
                required property string detail
                required property string shortcut
                required property int severity
                required property string severityLabel
                width: results.width
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                onClicked: popup.activate(index)
                Accessible.role: Accessible.ListItem
                Accessible.name: [kindLabel, severityLabel, title, detail, shortcut].filter(s => s !== "").join(", ")
                contentItem: RowLayout {
                    spacing: Theme.unit
                    Label {
                        text: entry.kindLabel
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        Layout.preferredWidth: Math.round(80 * Theme.zoom)
                        elide: Text.ElideRight
                    }
                    SeverityBadge {
                        visible: entry.severity > 0
                        severity: Math.max(1, entry.severity)
                        label: entry.severityLabel
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: entry.title
                            color: Theme.text
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text !== ""
                            text: entry.detail
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        visible: text !== ""
                        text: entry.shortcut
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.family: "monospace"
                    }
                }
            }
        }
        Label {
            visible: results.count === 0
            text: qsTr("Nothing matches “%1”.").arg(search.text)
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.margins: Theme.unit
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The communication log: a quick-entry line (Ctrl+L) and the timeline, newest first, loading
// older entries as you scroll; Ctrl+F searches it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: panel
    required property MusterApp app
    readonly property IncidentRoom room: app.room

    function focusEntry() { entryField.forceActiveFocus() }
    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    LogEntryEditor {
        id: editor
        app: panel.app
        incidentId: panel.room.incidentId
    }
    Timer {
        id: searchDelay
        interval: 200
        onTriggered: panel.room.log.searchText = searchField.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 1.5
        spacing: Theme.unit

        PanelHeader {
            title: qsTr("Log")
            detail: panel.room.log.searchText !== ""
                    ? (panel.room.log.count === 1 ? qsTr("1 match") : qsTr("%1 matches").arg(panel.room.log.count))
                    : ""
            Layout.fillWidth: true
            TextField {
                id: searchField
                placeholderText: qsTr("Search the log (Ctrl+F)")
                Layout.preferredWidth: Math.round(240 * Theme.zoom)
                font.pixelSize: Theme.fontSmall
                selectByMouse: true
                Accessible.name: qsTr("Search the log")
                onTextEdited: searchDelay.restart()
                // Esc clears the search first; only an empty field lets Esc leave the view.
                Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape && text !== ""
                Keys.onEscapePressed: {
                    text = ""
                    panel.room.log.searchText = ""
                }
            }
        }

        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true
            ComboBox {
                id: kindBox
                model: editor.kindChoices
                textRole: "label"
                valueRole: "value"
                currentIndex: indexOfValue(editor.kind)
                onActivated: editor.kind = currentValue
                Layout.preferredWidth: Math.round(130 * Theme.zoom)
                Accessible.name: qsTr("Entry kind")
            }
            TextField {
                id: entryField
                text: editor.text
                onTextEdited: editor.text = text
                placeholderText: qsTr("What happened? (Ctrl+L)")
                selectByMouse: true
                Layout.fillWidth: true
                Accessible.name: qsTr("New log entry")
                Accessible.description: qsTr("What happened, was decided or is being done? (Ctrl+L, Enter to add)")
                onAccepted: editor.submit()
                // Alt+N, Alt+D, Alt+A pick the kind without leaving the keyboard.
                Keys.onPressed: (event) => {
                    if (!(event.modifiers & Qt.AltModifier))
                        return
                    const kinds = { [Qt.Key_N]: "note", [Qt.Key_D]: "decision", [Qt.Key_A]: "action" }
                    if (kinds[event.key] !== undefined) {
                        editor.kind = kinds[event.key]
                        event.accepted = true
                    }
                }
            }
            PrimaryButton {
                text: qsTr("Add")
                enabled: editor.valid
                onClicked: editor.submit()
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.room.log
            spacing: Theme.unit / 2
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: LogEntryDelegate {
                width: list.width
                now: panel.app.now
            }
            // A long log is held as a window (LogModel): scrolled down far, the newest pages
            // left it; coming back near its top brings them in again, above what is on screen.
            onContentYChanged: {
                if (panel.room.log.atNewest)
                    return
                const top = indexAt(width / 2, contentY) // -1 between two entries
                if (top >= 0 && top < 25)
                    panel.room.log.fetchNewer()
            }
            PrimaryButton {
                anchors.top: parent.top
                anchors.horizontalCenter: parent.horizontalCenter
                visible: !panel.room.log.atNewest
                text: qsTr("Newer entries above · Back to the newest")
                Accessible.name: qsTr("Back to the newest log entries")
                onClicked: {
                    panel.room.log.showNewest()
                    list.positionViewAtBeginning()
                }
            }
            BusyIndicator {
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                running: panel.room.log.loading && list.count > 0
                visible: running
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width * 0.8
                visible: list.count === 0 && !panel.room.log.loading
                title: panel.room.log.searchText !== "" ? qsTr("Nothing in this log matches.") : qsTr("Nothing logged yet.")
                hint: panel.room.log.searchText !== "" ? "" : qsTr("Record findings, decisions and actions as they happen.")
            }
        }
    }
}

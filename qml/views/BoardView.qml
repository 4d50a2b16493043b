// SPDX-License-Identifier: GPL-3.0-or-later
// The incident board: every active incident as a card, in columns by lifecycle state, most
// severe first. Filters narrow it by severity, service and text.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Muster

Rectangle {
    id: view
    required property MusterApp app
    property var severityFilter: []
    property string serviceFilter: ""
    color: Theme.background

    function focusFilter() {
        filterField.forceActiveFocus()
        filterField.selectAll()
    }
    function toggleSeverity(severity) {
        const list = severityFilter.slice()
        const at = list.indexOf(severity)
        if (at >= 0)
            list.splice(at, 1)
        else
            list.push(severity)
        severityFilter = list
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 2
        spacing: Theme.unit * 1.5

        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true

            TextField {
                id: filterField
                placeholderText: qsTr("Title, service or IC (Ctrl+F)")
                Layout.preferredWidth: Math.round(340 * Theme.zoom)
                selectByMouse: true
                Accessible.name: qsTr("Filter incidents")
                Accessible.description: qsTr("Filter by title, service or IC  (Ctrl+F)")
                // Esc clears the filter first; only an empty field lets Esc go further.
                Keys.onShortcutOverride: (event) => event.accepted = event.key === Qt.Key_Escape && text !== ""
                Keys.onEscapePressed: text = ""
            }
            Repeater {
                model: 4
                delegate: ChipButton {
                    required property int index
                    readonly property int severity: index + 1
                    text: "SEV" + severity
                    checked: view.severityFilter.indexOf(severity) >= 0
                    tint: Theme.severityColor(severity)
                    ink: Theme.onSeverityColor(severity)
                    font.pixelSize: Theme.fontSmall
                    onClicked: view.toggleSeverity(severity)
                    Accessible.name: qsTr("Show only severity %1").arg(text)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Show %1 (click again to stop filtering)").arg(text)
                }
            }
            ComboBox {
                id: serviceBox
                model: [qsTr("All services")].concat(view.app.board.services)
                Layout.preferredWidth: Math.round(200 * Theme.zoom)
                onActivated: (index) => view.serviceFilter = index === 0 ? "" : currentText
                Accessible.name: qsTr("Filter by service")
            }
            Item { Layout.fillWidth: true }
            Label {
                text: view.app.board.count === 1 ? qsTr("1 active incident")
                                                 : qsTr("%1 active incidents").arg(view.app.board.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }

        RowLayout {
            spacing: Theme.unit
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: view.app.board.count > 0

            Repeater {
                model: [
                    { state: "detected", label: qsTr("Detected") },
                    { state: "acknowledged", label: qsTr("Acknowledged") },
                    { state: "investigating", label: qsTr("Investigating") },
                    { state: "mitigated", label: qsTr("Mitigated") },
                    { state: "resolved", label: qsTr("Resolved") },
                    { state: "learning", label: qsTr("Learning") }
                ]
                delegate: BoardColumn {
                    required property var modelData
                    app: view.app
                    state: modelData.state
                    label: modelData.label
                    severities: view.severityFilter
                    service: view.serviceFilter
                    filterText: filterField.text
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                }
            }
        }

        EmptyState {
            objectName: "emptyBoard"
            visible: view.app.board.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.unit * 8
            title: qsTr("No active incidents.")
            hint: qsTr("When something breaks, declare an incident with Ctrl+D.")
        }
    }
}

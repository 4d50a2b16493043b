// SPDX-License-Identifier: GPL-3.0-or-later
// One line of the detection inbox: what fires, where, how bad, since when, how many, and the
// links a responder opens next (the graph in Prometheus, the runbook).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

ItemDelegate {
    id: row
    required property int index
    required property string key
    required property string name
    required property string service
    required property int severity
    required property int active
    required property int silenced
    required property int inhibited
    required property int total
    required property bool quiet
    required property double startedAt
    required property string summary
    required property string description
    required property string runbookUrl
    required property string generatorUrl
    required property string linkedIncidentId
    required property string linkedIncidentTitle
    property double now: 0
    // Whether there is an incident under way to add these alerts to.
    property bool canAttach: false
    signal declareRequested(string key)
    signal attachRequested(string key)
    signal openIncidentRequested(string incidentId)

    padding: Theme.unit * 1.5
    opacity: quiet ? 0.6 : 1
    Accessible.name: qsTr("%1 on %2, %3 firing, since %4").arg(name).arg(service !== "" ? service : qsTr("no service"))
                     .arg(active).arg(Format.clock(startedAt, now))
    background: Rectangle {
        color: row.highlighted || row.hovered ? Theme.surfaceAlt : "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Theme.unit * 1.5
        SeverityBadge {
            severity: row.severity
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            spacing: Theme.unit / 2
            Layout.fillWidth: true
            RowLayout {
                spacing: Theme.unit
                Layout.fillWidth: true
                Label {
                    text: row.service !== "" ? qsTr("%1 on %2").arg(row.name).arg(row.service) : row.name
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    elide: Label.ElideRight
                    Layout.fillWidth: true
                }
                Pill {
                    visible: row.silenced > 0
                    text: qsTr("%1 silenced").arg(row.silenced)
                }
                Pill {
                    visible: row.inhibited > 0
                    text: qsTr("%1 inhibited").arg(row.inhibited)
                }
                Label {
                    text: row.active === 1 ? qsTr("1 firing") : qsTr("%1 firing").arg(row.active)
                    visible: row.active > 0
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.danger
                }
                Label {
                    text: Format.elapsed(row.startedAt, row.now)
                    font.pixelSize: Theme.fontBody
                    font.family: "monospace"
                    color: Theme.text
                    ToolTip.visible: sinceHover.hovered
                    ToolTip.text: qsTr("Firing since %1").arg(Format.dateTime(row.startedAt))
                    HoverHandler { id: sinceHover }
                }
            }
            Label {
                text: row.summary
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Label.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
            }
            Label {
                text: row.description
                visible: row.description !== "" && row.description !== row.summary
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Label.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.unit * 2
                LinkLabel {
                    url: row.generatorUrl
                    label: qsTr("Graph")
                }
                LinkLabel {
                    url: row.runbookUrl
                    label: qsTr("Runbook")
                }
                Item { Layout.fillWidth: true }
                // Already part of an incident: say which, and go there.
                Label {
                    objectName: "linkedIncidentLabel"
                    visible: row.linkedIncidentId !== ""
                    text: qsTr("In incident: %1").arg(row.linkedIncidentTitle)
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    elide: Label.ElideRight
                    Layout.maximumWidth: Math.round(420 * Theme.zoom)
                }
                Button {
                    objectName: "openLinkedIncidentButton"
                    visible: row.linkedIncidentId !== ""
                    text: qsTr("Open incident")
                    flat: true
                    font.pixelSize: Theme.fontSmall
                    onClicked: row.openIncidentRequested(row.linkedIncidentId)
                }
                // Acknowledge: add these alerts to an incident under way, or declare a new one
                // (Enter on the line).
                Button {
                    objectName: "attachAlertsButton"
                    visible: row.linkedIncidentId === ""
                    enabled: row.canAttach
                    text: qsTr("Add to incident…")
                    ToolTip.visible: hovered && !enabled
                    ToolTip.text: qsTr("No incident is under way")
                    flat: true
                    font.pixelSize: Theme.fontSmall
                    onClicked: row.attachRequested(row.key)
                }
                Button {
                    objectName: "declareFromAlertsButton"
                    visible: row.linkedIncidentId === ""
                    text: qsTr("Declare incident…")
                    flat: true
                    font.pixelSize: Theme.fontSmall
                    onClicked: row.declareRequested(row.key)
                }
            }
        }
    }

    // Plain text, not markup: the address comes from an alert. Only http(s) links reach here.
    component LinkLabel: Label {
        id: link
        required property string url
        required property string label
        visible: url !== ""
        text: label
        color: Theme.accent
        font.underline: true
        font.pixelSize: Theme.fontSmall
        Accessible.role: Accessible.Link
        ToolTip.visible: linkHover.hovered
        ToolTip.text: url
        HoverHandler { id: linkHover; cursorShape: Qt.PointingHandCursor }
        TapHandler { onTapped: Qt.openUrlExternally(link.url) }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Declare an incident: a title, a severity, and Enter. Everything else is optional. By
// keyboard: Ctrl+D, type the title, Alt+1…4 for severity, Enter.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    signal declared(string incidentId)

    title: qsTr("Declare an incident")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - Theme.unit * 4 : 640, Math.round(640 * Theme.zoom))
    onOpened: titleField.forceActiveFocus()
    onClosed: editor.clear()

    DeclareIncidentEditor {
        id: editor
        app: dialog.app
        onDeclared: (incidentId) => {
            dialog.close()
            dialog.declared(incidentId)
        }
    }

    Shortcut { sequence: "Alt+1"; enabled: dialog.visible; onActivated: editor.severity = 1 }
    Shortcut { sequence: "Alt+2"; enabled: dialog.visible; onActivated: editor.severity = 2 }
    Shortcut { sequence: "Alt+3"; enabled: dialog.visible; onActivated: editor.severity = 3 }
    Shortcut { sequence: "Alt+4"; enabled: dialog.visible; onActivated: editor.severity = 4 }
    Shortcut { sequence: "Ctrl+Return"; enabled: dialog.visible; onActivated: editor.submit() }

    // From the detection inbox: the form comes filled from the alerts, which get linked.
    function openFromAlerts(groupKey) {
        if (editor.fillFromAlerts(groupKey))
            open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit

        Label {
            objectName: "declareFromAlerts"
            visible: editor.alertCount > 0
            text: qsTr("Alerts to link from Alertmanager: %1. Detected %2, when the first of them started.")
                  .arg(editor.alertCount).arg(Format.dateTime(editor.detectedAt))
            font.pixelSize: Theme.fontSmall
            color: Theme.accent
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Declare when any of these holds. Unsure? Declare.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        CheckBox {
            text: qsTr("Another team must be pulled in")
            checked: editor.otherTeamsNeeded
            onToggled: editor.otherTeamsNeeded = checked
        }
        CheckBox {
            text: qsTr("Customers or end users can see the problem")
            checked: editor.customerVisible
            onToggled: editor.customerVisible = checked
        }
        CheckBox {
            text: qsTr("Still unresolved after an hour of focused analysis")
            checked: editor.unresolvedAfterHour
            onToggled: editor.unresolvedAfterHour = checked
        }

        Label {
            text: qsTr("Title")
            font.bold: true
            Layout.topMargin: Theme.unit
        }
        TextField {
            id: titleField
            text: editor.title
            onTextEdited: editor.title = text
            placeholderText: qsTr("What is broken, for whom? e.g. “Checkout fails for EU customers”")
            Layout.fillWidth: true
            Accessible.name: qsTr("Incident title")
            onAccepted: editor.submit()
        }

        Label {
            text: qsTr("Severity (Alt+1 … Alt+4) — unsure? pick the higher one")
            font.bold: true
        }
        RowLayout {
            spacing: Theme.unit / 2
            Layout.fillWidth: true
            Repeater {
                model: dialog.app.room.severityChoices
                delegate: ChipButton {
                    required property var modelData
                    text: modelData.label
                    checked: editor.severity === modelData.value
                    tint: Theme.severityColor(modelData.value)
                    ink: Theme.onSeverityColor(modelData.value)
                    Layout.fillWidth: true
                    onClicked: editor.severity = modelData.value
                    ToolTip.visible: hovered
                    ToolTip.text: modelData.description
                    Accessible.name: modelData.label + ": " + modelData.description
                }
            }
        }
        Label {
            text: dialog.app.room.severityChoices[editor.severity - 1].description
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Label { text: qsTr("Affected services (comma-separated)") }
        TextField {
            text: editor.services
            onTextEdited: editor.services = text
            placeholderText: qsTr("checkout-api, payments-api")
            Layout.fillWidth: true
            Accessible.name: qsTr("Affected services")
            onAccepted: editor.submit()
        }
        Label { text: qsTr("Summary") }
        FormTextArea {
            text: editor.summary
            onTextChanged: if (text !== editor.summary) editor.summary = text
            placeholderText: qsTr("What is known so far (optional)")
            wrapMode: TextArea.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(70 * Theme.zoom)
            Accessible.name: qsTr("Summary")
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: drillBox
        }
        CheckBox {
            id: drillBox
            text: qsTr("This is a drill (GameDay): same process, kept out of metrics")
            checked: editor.drill
            onToggled: editor.drill = checked
        }

        Label {
            text: editor.problem
            visible: editor.problem !== "" && editor.title !== ""
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.topMargin: Theme.unit
            Label {
                text: qsTr("You will be Incident Commander until you hand over.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            PrimaryButton {
                text: qsTr("Declare")
                enabled: editor.valid && !editor.busy
                tint: Theme.danger
                onClicked: editor.submit()
            }
        }
    }
}

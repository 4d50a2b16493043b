// SPDX-License-Identifier: GPL-3.0-or-later
// Silence one linked alert in Alertmanager for a while. The comment Alertmanager keeps names
// the incident, so whoever looks there sees why the alert is quiet; the log records the silence.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    property string incidentId
    property string fingerprint
    property string alertLabel

    function silence(incident, alertFingerprint, label) {
        incidentId = incident
        fingerprint = alertFingerprint
        alertLabel = label
        duration.currentIndex = 2 // 2 h: long enough for a fix, short enough to come back
        reason.text = ""
        open()
        duration.forceActiveFocus()
    }
    function durationText(minutes) {
        return minutes % 60 === 0 ? qsTr("%1 h").arg(minutes / 60) : qsTr("%1 min").arg(minutes)
    }

    title: qsTr("Silence %1").arg(alertLabel)
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    standardButtons: Dialog.Cancel

    ColumnLayout {
        spacing: Theme.unit
        Label {
            text: qsTr("Alertmanager stops notifying about this alert until the silence ends. It keeps firing, and Muster keeps showing it.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            Layout.preferredWidth: Math.round(440 * Theme.zoom)
        }
        Label {
            text: qsTr("For")
            color: Theme.text
            font.pixelSize: Theme.fontSmall
        }
        ComboBox {
            id: duration
            objectName: "silenceDuration"
            model: dialog.app.alerts.silenceChoices
            displayText: dialog.durationText(currentValue)
            delegate: ItemDelegate {
                required property int modelData
                width: duration.width
                text: dialog.durationText(modelData)
            }
            Accessible.name: qsTr("Silence for")
            Layout.preferredWidth: Math.round(200 * Theme.zoom)
        }
        Label {
            text: qsTr("Why (optional; goes into Alertmanager's comment and the log)")
            color: Theme.text
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: reason
            objectName: "silenceReason"
            maximumLength: 200
            placeholderText: qsTr("e.g. rollback under way")
            Accessible.name: qsTr("Reason for the silence")
            Layout.fillWidth: true
            onAccepted: silenceButton.clicked()
        }
        RowLayout {
            Item { Layout.fillWidth: true }
            PrimaryButton {
                id: silenceButton
                objectName: "silenceButton"
                text: qsTr("Silence for %1").arg(dialog.durationText(duration.currentValue))
                onClicked: {
                    dialog.app.alerts.silence(dialog.incidentId, dialog.fingerprint, duration.currentValue,
                                              reason.text)
                    dialog.close()
                }
            }
        }
    }
}

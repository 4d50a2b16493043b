// SPDX-License-Identifier: GPL-3.0-or-later
// The incoming holder reads the briefing, then accepts the role — the moment the roster
// changes — or declines with a reason.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Dialog {
    id: dialog
    required property MusterApp app
    property var offer: ({})

    function review(pendingOffer) {
        offer = pendingOffer
        reason.text = ""
        open()
        acceptButton.forceActiveFocus()
    }

    title: qsTr("%1 offers you %2").arg(offer.fromName || "").arg(offer.roleLabel || "")
    background: DialogBackground {}
    header: DialogTitle { owner: dialog }
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Math.round(720 * Theme.zoom), Overlay.overlay ? Overlay.overlay.width - Theme.unit * 4 : 720)
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - Theme.unit * 4 : implicitHeight)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: contentHeight
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: parent.width
                spacing: Theme.unit

                Label {
                    text: qsTr("Offered %1").arg(Format.dateTime(dialog.offer.offeredAt || 0))
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Repeater {
                    model: [
                        {label: qsTr("Situation now"), text: dialog.offer.situation},
                        {label: qsTr("Under way"), text: dialog.offer.actions},
                        {label: qsTr("Open"), text: dialog.offer.openItems},
                        {label: qsTr("Next stakeholder update"), text: dialog.offer.nextUpdate},
                        {label: qsTr("Risks"), text: dialog.offer.risks}
                    ]
                    delegate: ColumnLayout {
                        id: part
                        required property var modelData
                        visible: (modelData.text || "") !== ""
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: part.modelData.label
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.textMuted
                        }
                        Label {
                            text: part.modelData.text || ""
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        Label {
            text: qsTr("If you decline, say why (optional; it goes into the log)")
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            Layout.topMargin: Theme.unit
        }
        TextField {
            id: reason
            objectName: "declineReason"
            maximumLength: 200
            Accessible.name: qsTr("Reason for declining")
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "declineHandoffButton"
                text: qsTr("Decline")
                flat: true
                onClicked: {
                    dialog.app.room.handoff.decline(dialog.offer.role, reason.text)
                    dialog.close()
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Later")
                flat: true
                onClicked: dialog.close()
            }
            PrimaryButton {
                id: acceptButton
                objectName: "acceptHandoffButton"
                text: qsTr("Accept: I am %1 now").arg(dialog.offer.roleLabel || "")
                onClicked: {
                    dialog.app.room.handoff.accept(dialog.offer.role)
                    dialog.close()
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// An offer of a role to the user, across the top of the incident room until they answer: the
// incoming IC must not miss that command is being handed to them.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Muster

ColumnLayout {
    id: banner
    required property HandoffController handoff
    signal reviewRequested(var offer)

    spacing: Theme.unit / 2
    visible: offers.count > 0

    Repeater {
        id: offers
        model: banner.handoff.pending.filter(offer => offer.forMe)
        delegate: Rectangle {
            id: offerBar
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + Theme.unit * 2
            color: Theme.accent
            radius: Theme.radius
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text.text

            RowLayout {
                id: row
                anchors.fill: parent
                anchors.leftMargin: Theme.unit * 2
                anchors.rightMargin: Theme.unit
                Label {
                    id: text
                    text: qsTr("%1 offers you %2. Read the briefing, then accept or decline.")
                              .arg(offerBar.modelData.fromName).arg(offerBar.modelData.roleLabel)
                    color: Theme.dark ? "#15171c" : "white"
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "reviewHandoffButton"
                    text: qsTr("Read the briefing…")
                    highlighted: true
                    Material.accent: Theme.dark ? "#15171c" : "white"
                    Material.foreground: Theme.dark ? "white" : Theme.accent
                    onClicked: banner.reviewRequested(offerBar.modelData)
                }
            }
        }
    }
}

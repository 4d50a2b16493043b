// SPDX-License-Identifier: GPL-3.0-or-later
// The people directory: everyone who can hold a role, with how to reach them.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

Rectangle {
    id: view
    required property MusterApp app
    color: Theme.background

    // The command palette's "jump to a person": select them and bring them into sight.
    Connections {
        target: view.app.navigator
        function onPersonRequested(personId) {
            const row = view.app.people.indexOfId(personId)
            if (row < 0)
                return
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Contain)
            list.forceActiveFocus()
        }
    }

    PersonDialog {
        id: personDialog
        objectName: "personDialog"
        app: view.app
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 2
        spacing: Theme.unit * 1.5

        PanelHeader {
            title: qsTr("People")
            detail: view.app.people.count === 1 ? qsTr("1 responder") : qsTr("%1 responders").arg(view.app.people.count)
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "addPersonButton"
                text: qsTr("Add person…")
                onClicked: personDialog.editPerson("")
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border

            // Column titles, aligned with the rows below.
            PersonDelegate {
                id: titles
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.margins: Theme.unit
                isHeader: true
                name: qsTr("Name")
                team: qsTr("Team")
                email: qsTr("E-mail")
                handle: qsTr("Phone or chat")
                personId: ""
                index: -1
            }
            ListView {
                id: list
                objectName: "peopleList"
                anchors.top: titles.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.unit
                anchors.topMargin: 0
                clip: true
                model: view.app.people
                activeFocusOnTab: count > 0 // an empty list is no place to stop
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                // Tab into the list, arrows to a person, Enter edits.
                Keys.onReturnPressed: if (currentItem) personDialog.editPerson(currentItem.personId)
                delegate: PersonDelegate {
                    width: list.width
                    isMe: personId === view.app.userId
                    onEditRequested: (personId) => personDialog.editPerson(personId)
                }
            }
        }
    }
}

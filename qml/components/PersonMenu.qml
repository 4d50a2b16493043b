// SPDX-License-Identifier: GPL-3.0-or-later
// Pick a person from the directory. Keyboard: arrows and Enter; type-ahead by first letter.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Muster

Menu {
    id: menu
    required property PeopleModel people
    property string clearText: ""
    signal picked(string personId)

    Instantiator {
        model: menu.people
        delegate: MenuItem {
            required property string personId
            required property string name
            required property string team
            text: team !== "" ? name + "  ·  " + team : name
            onTriggered: menu.picked(personId)
        }
        onObjectAdded: (index, object) => menu.insertItem(index, object)
        onObjectRemoved: (index, object) => menu.removeItem(object)
    }
    MenuSeparator {
        visible: menu.clearText !== ""
    }
    MenuItem {
        visible: menu.clearText !== ""
        height: visible ? implicitHeight : 0
        text: menu.clearText
        onTriggered: menu.picked("")
    }
}

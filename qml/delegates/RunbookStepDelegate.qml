// SPDX-License-Identifier: GPL-3.0-or-later
// A runbook step: a box to tick (Space), a menu for in-progress and skipped, and who did it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

ColumnLayout {
    id: step
    required property int index
    required property string attachmentId
    required property string runbookTitle
    required property bool firstOfRunbook
    required property int stepIndex
    required property string text
    required property string state
    required property string stateLabel
    required property string doneBy
    required property double at
    required property double now
    required property var choices
    signal stateRequested(string attachmentId, int stepIndex, string state)

    objectName: "step-" + index
    spacing: Theme.unit / 2
    // What a screen reader says when the list's current step has the keyboard (Space ticks it).
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Step %1: %2, %3").arg(stepIndex + 1).arg(text).arg(stateLabel)

    Label {
        visible: step.firstOfRunbook
        text: step.runbookTitle
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.accent
        Layout.topMargin: step.index > 0 ? Theme.unit : 0
        Layout.fillWidth: true
        elide: Text.ElideRight
    }
    RowLayout {
        spacing: Theme.unit / 2
        Layout.fillWidth: true
        // Marks the step that Space would tick when the list has the keyboard.
        Rectangle {
            Layout.preferredWidth: Math.round(3 * Theme.zoom)
            Layout.fillHeight: true
            color: Theme.accent
            opacity: step.ListView.isCurrentItem && step.ListView.view !== null && step.ListView.view.activeFocus ? 1 : 0
        }
        CheckBox {
            id: box
            objectName: "stepBox"
            checked: step.state === "done"
            tristate: false
            Layout.alignment: Qt.AlignTop
            Accessible.name: step.text
            onClicked: step.stateRequested(step.attachmentId, step.stepIndex, checked ? "done" : "todo")
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: (step.stepIndex + 1) + ". " + step.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                font.strikeout: step.state === "skipped"
                color: step.state === "done" || step.state === "skipped" ? Theme.textMuted : Theme.text
                Layout.fillWidth: true
            }
            Label {
                visible: step.state !== "todo"
                text: step.doneBy !== "" ? qsTr("%1 · %2 · %3").arg(step.stateLabel).arg(step.doneBy).arg(Format.clock(step.at, step.now))
                                         : step.stateLabel
                font.pixelSize: Theme.fontSmall - 1
                color: step.state === "doing" ? Theme.accent : Theme.textMuted
                Layout.fillWidth: true
                // Wrapped, never cut: who did it and when is what the line is for, and past
                // midnight the time carries its date.
                wrapMode: Text.Wrap
            }
        }
        ToolButton {
            id: more
            text: "⋯"
            Layout.alignment: Qt.AlignTop
            Accessible.name: qsTr("Set step state")
            onClicked: stateMenu.popup(more)
        }
    }
    Menu {
        id: stateMenu
        Instantiator {
            model: step.choices
            delegate: MenuItem {
                required property var modelData
                text: modelData.label
                checkable: true
                checked: modelData.value === step.state
                onTriggered: step.stateRequested(step.attachmentId, step.stepIndex, modelData.value)
            }
            onObjectAdded: (index, object) => stateMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => stateMenu.removeItem(object)
        }
    }
}

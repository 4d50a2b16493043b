// SPDX-License-Identifier: GPL-3.0-or-later
// One written part of a retrospective: a heading, the text, and under it the blameless-language
// hints for what is written (the flagged words, why they hurt the review, a neutral way to say
// it). Hints never block saving: the writer decides.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Muster

ColumnLayout {
    id: field
    required property RetrospectiveEditor editor
    required property string label
    property string placeholder: ""
    property alias text: area.text
    property int minimumLines: 3
    readonly property var hints: editor.hintsFor(area.text)
    signal edited(string text)

    spacing: Math.round(Theme.unit / 2)

    Label {
        text: field.label
        font.bold: true
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    FormTextArea {
        id: area
        objectName: "retroText"
        placeholderText: field.placeholder
        wrapMode: TextEdit.Wrap
        Layout.fillWidth: true
        Layout.minimumHeight: Math.round(field.minimumLines * 1.6 * Theme.fontBody)
        Accessible.name: field.label
        onTextChanged: field.edited(text)
    }
    Repeater {
        model: field.hints
        delegate: Label {
            required property var modelData
            objectName: "retroHint"
            text: qsTr("⚠ “%1”: %2 %3").arg(modelData.words).arg(modelData.why).arg(modelData.suggestion)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.warning
            Layout.fillWidth: true
        }
    }
}

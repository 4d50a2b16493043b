// SPDX-License-Identifier: GPL-3.0-or-later
// A combo box as wide as its longest choice, in whatever language and text size. Qt 6.4's
// ComboBox.WidestText measures once, before the window's font (scaled for large text) reaches
// the box, so its choices were cut at 125% and up; this measures again when the font or the
// choices change.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ComboBox {
    id: box

    readonly property real widestChoice: {
        // Measured in the font the choice is drawn with, again whenever it changes.
        metrics.font.pixelSize; metrics.font.pointSize; metrics.font.bold; metrics.font.family;
        box.model;
        let widest = 0
        for (let index = 0; index < box.count; ++index)
            widest = Math.max(widest, metrics.advanceWidth(box.textAt(index)))
        return Math.ceil(widest)
    }

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            widestChoice + leftPadding + rightPadding
                            + (contentItem ? contentItem.leftPadding + contentItem.rightPadding : 0))

    // Qt 6.4's layouts can miss a change of size that arrives while they are laying out (a
    // view being shown as the window's zoom changes the font): the box kept its old width, and
    // "Investigating" was cut at 150% text. Shown, or grown while shown, the box has the layouts
    // around it lay out again a moment later. tst_longtranslation catches a regression.
    onVisibleChanged: if (visible) reminder.restart()
    onImplicitWidthChanged: if (visible) reminder.restart()
    Timer {
        id: reminder
        interval: 50 // after the frame that is laying out now
        onTriggered: box.remindLayout()
    }
    function remindLayout() {
        for (let up = box.parent; up instanceof RowLayout || up instanceof ColumnLayout || up instanceof GridLayout;
             up = up.parent) {
            const spacing = up.spacing !== undefined ? "spacing" : "columnSpacing"
            const value = up[spacing]
            up[spacing] = value + 1
            up[spacing] = value
        }
    }

    FontMetrics {
        id: metrics
        font: box.contentItem ? box.contentItem.font : box.font
    }
}

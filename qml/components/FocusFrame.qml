// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard focus, drawn where it is: one frame over whichever control has the focus after
// Tab, Shift+Tab or a shortcut (its visualFocus), above the window and its dialogs. Material
// draws focus faintly or not at all on flat buttons, tabs and combo boxes, and a keyboard user
// must see where they are at a glance. Yellow with a dark edge shows on the dark header, on
// light and dark surfaces and on the severity colours alike. A mouse click shows no frame.
// It also scrolls whatever holds the focused control so that the control is in sight: Tab
// into a list of runbook steps below the fold must not leave the focus out of view.
import QtQuick
import QtQuick.Controls
import Muster

Item {
    id: frame
    // The item with the focus (the window's activeFocusItem).
    property Item target: null
    readonly property bool shown: target !== null && target.visible && target.visualFocus === true

    function follow() {
        if (!shown || !parent)
            return
        clippedAway = clippedByAncestor()
        const r = target.mapToItem(parent, 0, 0, target.width, target.height)
        x = Math.round(r.x) - ring.border.width
        y = Math.round(r.y) - ring.border.width
        width = Math.round(r.width) + ring.border.width * 2
        height = Math.round(r.height) + ring.border.width * 2
    }

    visible: shown && !clippedAway
    z: 100000
    // The nearest Flickable around the target that scrolls up and down (a ListView, a
    // ScrollView's content) is scrolled just enough for the target to be inside it, with a
    // little room. A target already partly in sight and taller than the view (a long text field)
    // is left where it is: jumping to its top would lose the text cursor.
    function bringIntoView() {
        if (!target)
            return
        for (let holder = target.parent; holder; holder = holder.parent) {
            if (holder.contentItem === undefined || holder.contentY === undefined || holder.contentHeight === undefined
                    || holder.interactive === undefined || holder.contentHeight <= holder.height + 1)
                continue
            const room = Theme.unit
            const r = target.mapToItem(holder.contentItem, 0, 0, target.width, target.height)
            const inSight = r.y < holder.contentY + holder.height && r.y + r.height > holder.contentY
            if (inSight && r.height + room * 2 > holder.height)
                return
            const top = holder.originY
            const bottom = Math.max(top, holder.originY + holder.contentHeight - holder.height)
            let y = holder.contentY
            if (r.y - room < y)
                y = r.y - room
            else if (r.y + r.height + room > y + holder.height)
                y = r.y + r.height + room - holder.height
            holder.contentY = Math.max(top, Math.min(bottom, y))
            return
        }
    }
    // Scrolled out of a clipping list or pane by the mouse wheel, the control is out of sight:
    // so is the frame, rather than floating over the header.
    property bool clippedAway: false
    function clippedByAncestor() {
        const r = target.mapToItem(null, 0, 0, target.width, target.height)
        for (let p = target.parent; p; p = p.parent) {
            if (!p.clip)
                continue
            const box = p.mapToItem(null, 0, 0, p.width, p.height)
            if (r.x + r.width <= box.x || r.x >= box.x + box.width || r.y + r.height <= box.y || r.y >= box.y + box.height)
                return true
        }
        return false
    }

    onTargetChanged: {
        bringIntoView()
        follow()
    }
    onShownChanged: follow()
    Connections {
        target: frame.target
        ignoreUnknownSignals: true
        function onXChanged() { frame.follow() }
        function onYChanged() { frame.follow() }
        function onWidthChanged() { frame.follow() }
        function onHeightChanged() { frame.follow() }
    }
    // Lists scroll and layouts move the control without it changing its own x and y.
    Timer {
        interval: 100
        repeat: true
        running: frame.shown
        onTriggered: frame.follow()
    }

    Rectangle {
        id: ring
        anchors.fill: parent
        color: "transparent"
        radius: Theme.radius
        border.width: Math.max(2, Math.round(3 * Theme.zoom))
        border.color: Theme.focusRing
        Rectangle {
            anchors.fill: parent
            anchors.margins: ring.border.width
            color: "transparent"
            radius: Math.max(0, ring.radius - ring.border.width)
            border.width: 1
            border.color: Theme.focusEdge
        }
    }
}

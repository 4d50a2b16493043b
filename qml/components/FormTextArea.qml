// SPDX-License-Identifier: GPL-3.0-or-later
// A multi-line text field that Tab and Shift+Tab leave, as every other field does, instead of
// typing a tab character: without this, a keyboard user who tabs into it cannot get out.
import QtQuick
import QtQuick.Controls

TextArea {
    id: area
    Keys.onTabPressed: (event) => {
        const next = area.nextItemInFocusChain(true)
        if (next && next !== area)
            next.forceActiveFocus(Qt.TabFocusReason)
        event.accepted = true
    }
    Keys.onBacktabPressed: (event) => {
        const previous = area.nextItemInFocusChain(false)
        if (previous && previous !== area)
            previous.forceActiveFocus(Qt.BacktabFocusReason)
        event.accepted = true
    }
}

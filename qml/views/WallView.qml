// SPDX-License-Identifier: GPL-3.0-or-later
// The war-room wall: every active incident as a tile, most severe first, legible from five
// metres. Everything is sized from the screen's height (1080 px = 1), so a 4K wall looks the
// same, only sharper. Read only: there is nothing to click. When the tiles need more than one
// page the wall turns them (`--wall-page-seconds`); with nothing active it says so, calmly.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Muster

Rectangle {
    id: view
    required property WallDisplay wall
    required property double now
    required property string workspace
    readonly property real factor: height / 1080
    readonly property real margin: 20 * factor

    objectName: "wallView"
    color: WallPalette.background
    onVisibleChanged: if (wall) wall.active = visible
    Component.onCompleted: if (wall) wall.active = visible
    Component.onDestruction: if (wall) wall.active = false

    RowLayout {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: view.margin }
        spacing: 32 * view.factor

        ColumnLayout {
            spacing: 0
            Text {
                text: qsTr("MUSTER · %1").arg(view.workspace.toUpperCase())
                color: WallPalette.muted
                font.pixelSize: 26 * view.factor
                font.bold: true
                font.letterSpacing: 3 * view.factor
            }
            Text {
                objectName: "wallHeadline"
                text: view.wall.tiles.count === 0 ? qsTr("All clear")
                                                  : qsTr("Active incidents: %1").arg(view.wall.tiles.count)
                color: WallPalette.text
                font.pixelSize: 44 * view.factor
                font.bold: true
            }
        }
        Item { Layout.fillWidth: true }
        // Which page shows, when there are several: "Page 2 of 3" and a dot per page.
        ColumnLayout {
            visible: view.wall.pageCount > 1
            spacing: 8 * view.factor
            Text {
                objectName: "wallPageIndicator"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Page %1 of %2").arg(view.wall.page + 1).arg(view.wall.pageCount)
                color: WallPalette.muted
                font.pixelSize: 26 * view.factor
            }
            Row {
                Layout.alignment: Qt.AlignHCenter
                spacing: 12 * view.factor
                Repeater {
                    model: view.wall.pageCount
                    Rectangle {
                        required property int index
                        width: 18 * view.factor
                        height: width
                        radius: width / 2
                        color: index === view.wall.page ? WallPalette.text : "#3a4354"
                    }
                }
            }
        }
        Item { Layout.preferredWidth: 32 * view.factor; visible: view.wall.pageCount > 1 }
        WallClock {
            now: view.now
            factor: view.factor
        }
    }

    // The tiles: two rows of up to two per page (walllayout.h decides where each goes).
    Item {
        id: tiles
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        anchors.margins: view.margin
        readonly property real gap: 20 * view.factor
        readonly property real columnWidth: (width - gap) / 2

        Repeater {
            model: view.wall.tiles
            WallTile {
                required property int page
                required property int row
                required property int column
                required property int span
                required property int rowsOnPage
                readonly property real rowHeight: (tiles.height - (rowsOnPage - 1) * tiles.gap) / rowsOnPage
                visible: page === view.wall.page
                x: column * (tiles.columnWidth + tiles.gap)
                y: row * (rowHeight + tiles.gap)
                width: span === 2 ? tiles.width : tiles.columnWidth
                height: rowHeight
                now: view.now
                // A tile with the whole page to itself is read from further away: larger type.
                factor: view.factor * (span === 2 && rowsOnPage === 1 ? 1.4 : 1)
            }
        }
    }

    // Nothing active: a calm screen that still tells the room something true.
    ColumnLayout {
        objectName: "wallCalm"
        anchors.centerIn: parent
        visible: view.wall.loaded && view.wall.tiles.count === 0
        spacing: 16 * view.factor
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("No active incidents")
            color: "#66d19e"
            font.pixelSize: 72 * view.factor
            font.bold: true
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: view.wall.lastResolvedAt > 0
                  ? qsTr("Last incident resolved %1 ago").arg(Format.elapsed(view.wall.lastResolvedAt, view.now))
                  : qsTr("No incident on record yet")
            color: WallPalette.muted
            font.pixelSize: 36 * view.factor
        }
    }
}

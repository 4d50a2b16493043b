// SPDX-License-Identifier: GPL-3.0-or-later
// The war-room wall with the demo at 1920x1080 and 3840x2160: on every page, no tile text is
// elided or overlaps another, every text is at least 24 px at 1080p (titles 48 px) and grows
// with the screen, at least three log entries show whole on each tile (all, when it has fewer),
// and nothing can be edited.
import QtQuick
import QtQuick.Controls
import QtTest
import Muster
import MusterTest

Item {
    id: root
    width: 800
    height: 600

    Component {
        id: wallComponent
        WallView {}
    }

    TestCase {
        name: "WallView"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function texts(item, out) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible || child.opacity === 0)
                    continue
                if (child.hasOwnProperty("truncated") && child.hasOwnProperty("font"))
                    out.push(child)
                texts(child, out)
            }
            return out
        }
        function controls(item, out) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child instanceof Control || child instanceof TextInput || child instanceof TextEdit
                        || child instanceof MouseArea)
                    out.push(child)
                controls(child, out)
            }
            return out
        }
        function rectIn(item, text) {
            const p = text.mapToItem(item, 0, 0)
            return { x: p.x, y: p.y, w: Math.min(text.width, text.contentWidth), h: Math.min(text.height, text.contentHeight) }
        }
        function overlaps(a, b) {
            return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5
        }
        function visibleTiles(item, out) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible)
                    continue
                if (child.objectName.indexOf("wallTile-") === 0)
                    out.push(child)
                else
                    visibleTiles(child, out)
            }
            return out
        }

        function checkAt(width, height) {
            const app = Fixture.createApp(true, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(wallComponent, root,
                                               { wall: app.wall, now: app.now, workspace: app.workspace,
                                                 width: width, height: height })
            verify(view)
            tryCompare(app.wall, "loaded", true, 10000)
            verify(app.wall.tiles.count >= 4)
            verify(app.wall.pageCount >= 2)
            compare(controls(view, []).length, 0, "nothing on the wall can be clicked or typed into")
            const factor = height / 1080
            const minimum = 24 * factor - 0.01
            let tilesSeen = 0
            for (let page = 0; page < app.wall.pageCount; ++page) {
                tryCompare(app.wall, "page", page)
                wait(0)
                const tiles = visibleTiles(view, [])
                verify(tiles.length >= 1 && tiles.length <= 2, "page " + page + " shows " + tiles.length)
                tilesSeen += tiles.length
                for (let t = 0; t < tiles.length; ++t) {
                    const tile = tiles[t]
                    const p = tile.mapToItem(view, 0, 0)
                    verify(p.x >= 0 && p.y >= 0 && p.x + tile.width <= width + 0.5 && p.y + tile.height <= height + 0.5,
                           tile.objectName + " lies inside the screen")
                    for (let o = t + 1; o < tiles.length; ++o) {
                        const q = tiles[o].mapToItem(view, 0, 0)
                        verify(!overlaps({ x: p.x, y: p.y, w: tile.width, h: tile.height },
                                         { x: q.x, y: q.y, w: tiles[o].width, h: tiles[o].height }),
                               tile.objectName + " and " + tiles[o].objectName + " overlap")
                    }
                    const all = texts(tile, [])
                    let logLines = 0
                    for (let i = 0; i < all.length; ++i) {
                        const text = all[i]
                        const where = tile.objectName + ": '" + text.text + "'"
                        verify(!text.truncated, where + " is elided")
                        verify(text.font.pixelSize >= minimum, where + " is " + text.font.pixelSize + " px")
                        if (text.objectName === "wallTitle")
                            verify(text.font.pixelSize >= 48 * factor - 0.01, where + ": title too small")
                        if (text.objectName === "wallLogLine")
                            ++logLines
                        const r = rectIn(tile, text)
                        verify(r.x >= -0.5 && r.y >= -0.5 && r.x + r.w <= tile.width + 0.5 && r.y + r.h <= tile.height + 0.5,
                               where + " runs out of its tile")
                        for (let j = i + 1; j < all.length; ++j)
                            verify(!overlaps(r, rectIn(tile, all[j])), where + " overlaps '" + all[j].text + "'")
                    }
                    verify(logLines >= Math.min(3, tile.latestLog.length),
                           tile.objectName + " shows " + logLines + " of " + tile.latestLog.length + " log lines")
                }
                app.wall.nextPage()
            }
            compare(tilesSeen, app.wall.tiles.count)
            // The header: clock and page indicator legible too.
            const local = findChild(view, "wallClockLocal")
            verify(local.font.pixelSize >= 48 * factor - 0.01)
            verify(findChild(view, "wallClockUtc").text.indexOf("UTC") > 0)
            compare(findChild(view, "wallPageIndicator").text, "Page 1 of " + app.wall.pageCount)
            verify(findChild(view, "wallPageIndicator").font.pixelSize >= minimum)
        }

        function test_legibleAt1080p() {
            checkAt(1920, 1080)
        }
        function test_legibleAt4k() {
            checkAt(3840, 2160)
        }

        function test_calmWhenNothingIsActive() {
            const app = Fixture.createApp(false, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(wallComponent, root,
                                               { wall: app.wall, now: app.now, workspace: app.workspace,
                                                 width: 1920, height: 1080 })
            tryCompare(app.wall, "loaded", true, 10000)
            verify(findChild(view, "wallCalm").visible)
            compare(findChild(view, "wallHeadline").text, "All clear")
        }
    }
}

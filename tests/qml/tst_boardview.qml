// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Muster
import MusterTest

Item {
    id: root
    width: 1366
    height: 768

    Component {
        id: boardComponent
        BoardView {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "BoardView"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function test_showsActiveIncidentsAndOpensOne() {
            const app = Fixture.createApp(true, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(boardComponent, root, { app: app })
            verify(view)
            compare(app.board.count, 8)
            const title = "card-Checkout failing with HTTP 502 for EU customers"
            tryVerify(() => findChild(view, title) !== null, 5000, "the SEV1 card is on the board")
            const card = findChild(view, title)
            mouseClick(card)
            compare(app.navigator.view, "incident")
            tryCompare(app.room, "title", "Checkout failing with HTTP 502 for EU customers")
        }

        function test_openACardByKeyboard() {
            const app = Fixture.createApp(true, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(boardComponent, root, { app: app })
            const column = findChild(view, "column-investigating")
            verify(column)
            tryCompare(column, "count", 3)
            column.forceActiveFocus()
            keyClick(Qt.Key_Down) // second card: the drill
            keyClick(Qt.Key_Return)
            compare(app.navigator.view, "incident")
            tryCompare(app.room, "title", "GameDay: evacuate eu-central-1")
            verify(app.room.drill)
        }

        function test_emptyBoardSaysHowToDeclare() {
            const app = Fixture.createApp(false, "Alex")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(boardComponent, root, { app: app })
            compare(app.board.count, 0)
            const empty = findChild(view, "emptyBoard")
            verify(empty.visible)
        }
    }
}

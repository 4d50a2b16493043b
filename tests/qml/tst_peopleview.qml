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
        id: peopleComponent
        PeopleView {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "PeopleView"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function test_addAPersonByKeyboard() {
            const app = Fixture.createApp(false, "Priya Raman")
            tryCompare(app, "ready", true, 15000)
            const view = createTemporaryObject(peopleComponent, root, { app: app })
            verify(view)
            compare(app.people.count, 1)
            tryVerify(() => findChild(view, "person-Priya Raman") !== null, 5000, "you are in the directory")

            mouseClick(findChild(view, "addPersonButton"))
            const dialog = findChild(view, "personDialog")
            tryCompare(dialog, "opened", true)
            for (const c of "Daniel Okafor")
                keyClick(c)
            keyClick(Qt.Key_Tab)
            for (const c of "Databases")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryCompare(app.people, "count", 2)
            tryCompare(dialog, "visible", false)
            tryVerify(() => findChild(view, "person-Daniel Okafor") !== null)
            compare(app.people.data(app.people.index(0, 0), PeopleModel.TeamRole), "Databases")
        }
    }
}

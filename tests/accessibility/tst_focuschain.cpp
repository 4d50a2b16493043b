// SPDX-License-Identifier: GPL-3.0-or-later
// Every view of the real window, walked with the Tab key alone, as someone who cannot use a
// mouse would: the walk must come back to where it started (no trap), every stop must tell a
// screen reader what it is (a role) and what it is called (a name), and each stop must look
// different when it has the focus (the pixels around it change), so a sighted keyboard user
// can see where they are.
#include "app/boardmodel.h"
#include "app/detectioninbox.h"
#include "app/integrationeditor.h"
#include "app/integrationlist.h"
#include "app/navigator.h"
#include "windowtesting.h"

#include <QAccessible>
#include <QApplication>
#include <QDateTime>
#include <QQmlContext>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <functional>

Q_IMPORT_QML_PLUGIN(MusterPlugin)

using namespace muster;

namespace {
constexpr int kMaxStops = 200; // more than any view has; reaching it means Tab never comes back
constexpr int kFocusRingMargin = 4; // focus rings may be drawn just outside an item

// What a screen reader would be given for `item`. Off screen the platform has no accessibility
// bridge, so Qt Quick never switches its accessibility on by itself; reading the item's
// Accessible attached property does for this item what a running screen reader does for all.
QAccessibleInterface *accessibleOf(QQuickItem *item)
{
    QQmlProperty::read(item, QStringLiteral("Accessible.role"), qmlContext(item));
    return QAccessible::queryAccessibleInterface(item);
}

// The name a screen reader hears: the Accessible name, or for a button without one its text,
// which is what Qt Quick Controls give as the name once accessibility is on.
QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *accessible = accessibleOf(item);
    QString name = accessible ? accessible->text(QAccessible::Name) : QString();
    if (name.trimmed().isEmpty() && item->inherits("QQuickAbstractButton"))
        name = item->property("text").toString();
    return name.trimmed();
}

QString describe(const QQuickItem *item)
{
    QString text = QString::fromLatin1(item->metaObject()->className());
    if (!item->objectName().isEmpty())
        text += QStringLiteral(" \"") + item->objectName() + u'"';
    if (QAccessibleInterface *accessible = accessibleOf(const_cast<QQuickItem *>(item)))
        text += QStringLiteral(" %1 named \"").arg(accessible->role())
            + accessibleName(const_cast<QQuickItem *>(item)) + u'"';
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return text
        + QStringLiteral(" at %1,%2 %3x%4")
              .arg(scene.x())
              .arg(scene.y())
              .arg(scene.width())
              .arg(scene.height());
}

// Roles that say "a region" rather than "a thing you can operate".
bool isVagueRole(QAccessible::Role role)
{
    return role == QAccessible::NoRole || role == QAccessible::Client || role == QAccessible::Pane
        || role == QAccessible::Grouping || role == QAccessible::Border || role == QAccessible::Whitespace;
}
} // namespace

class TestFocusChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::RealWindow> m_real;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_elsewhere = nullptr;

    // Walks from where the focus is and fails the test with every problem found; returns the
    // stops for further checks.
    QStringList walkExpectingNoProblems()
    {
        QStringList stops;
        const QStringList problems = walk(&stops);
        if (!problems.isEmpty()) {
            qInfo().noquote() << QStringLiteral("stops:\n  ") + stops.join(QStringLiteral("\n  "));
            qInfo().noquote() << QStringLiteral("problems:\n  ") + problems.join(QStringLiteral("\n  "));
        }
        [&] { QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n'))); }();
        return stops;
    }

    // Tabs through the window from where the focus is until it comes back to its first stop.
    // Returns what is wrong, one line per stop.
    QStringList walk(QStringList *stops)
    {
        QStringList problems;
        QList<QQuickItem *> chain;
        for (int step = 0; step < kMaxStops; ++step) {
            QTest::keyClick(m_window, Qt::Key_Tab);
            QTest::qWait(30); // let a focus transition finish
            QQuickItem *focused = m_window->activeFocusItem();
            if (!focused) {
                problems << QStringLiteral("Tab left nothing with the focus");
                break;
            }
            if (!chain.isEmpty() && focused == chain.constFirst())
                return problems; // round and back: no trap
            if (chain.contains(focused)) {
                problems << QStringLiteral(
                                "Tab goes round without coming back to the first stop; it repeats ")
                        + describe(focused);
                return problems;
            }
            chain << focused;
            *stops << describe(focused);

            QAccessibleInterface *accessible = accessibleOf(focused);
            if (!accessible || !accessible->isValid()) {
                problems << QStringLiteral("no accessible interface: ") + describe(focused);
            } else {
                if (accessibleName(focused).isEmpty())
                    problems << QStringLiteral("no accessible name: ") + describe(focused);
                if (isVagueRole(accessible->role()))
                    problems << QStringLiteral("no accessible role (%1): ").arg(accessible->role())
                            + describe(focused);
            }

            // The same place with and without the focus: something there must differ.
            const QRect area
                = focused->mapRectToScene(QRectF(0, 0, focused->width(), focused->height()))
                      .toAlignedRect()
                      .adjusted(-kFocusRingMargin, -kFocusRingMargin, kFocusRingMargin, kFocusRingMargin)
                      .intersected(QRect(QPoint(0, 0), m_window->size()));
            if (area.isEmpty() || !focused->isVisible()) {
                problems << QStringLiteral("focused but out of sight: ") + describe(focused);
                continue;
            }
            const QImage whole = m_window->grabWindow();
            const QImage withFocus = whole.copy(area);
            // MUSTER_FOCUS_SHOTS=DIR keeps a picture of every stop, for a person to look at.
            if (const QString shots = qEnvironmentVariable("MUSTER_FOCUS_SHOTS"); !shots.isEmpty())
                whole.save(QStringLiteral("%1/%2-%3.png")
                               .arg(shots, QString::fromLatin1(QTest::currentDataTag()))
                               .arg(step, 3, 10, QChar(u'0')));
            m_elsewhere->forceActiveFocus(); // an empty item: the focus is nowhere to be seen
            QTest::qWait(30);
            const QImage without = m_window->grabWindow().copy(area);
            focused->forceActiveFocus(Qt::TabFocusReason);
            QTest::qWait(30);
            if (withFocus == without)
                problems << QStringLiteral("the focus cannot be seen: ") + describe(focused);
        }
        problems << QStringLiteral("Tab did not come back to the first stop within %1 stops").arg(kMaxStops);
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QAccessible::setActive(true); // as when a screen reader is running (where the platform can)
    }

    void init()
    {
        m_real = std::make_unique<testing::RealWindow>();
        QVERIFY(m_real->open());
        m_window = m_real->window;
        m_elsewhere = new QQuickItem(m_window->contentItem());
    }

    void cleanup() { m_real.reset(); }

    void everyViewCanBeWalkedByKeyboard_data()
    {
        QTest::addColumn<QString>("view");
        for (const QString &view : testing::RealWindow::workstationViews())
            QTest::newRow(qPrintable(view)) << view;
    }

    void everyViewCanBeWalkedByKeyboard()
    {
        QFETCH(QString, view);
        QVERIFY(m_real->show(view));
        const QStringList stops = walkExpectingNoProblems();
        if (QTest::currentTestFailed())
            return;
        // The header's way out is always among the stops.
        QVERIFY2(stops.join(u'\n').contains(QStringLiteral("Declare incident")),
                 qPrintable(stops.join(u'\n')));
    }

    // The forms people fill in under pressure: Tab stays inside them and reaches every field.
    void everyDialogCanBeFilledInByKeyboard_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("mustReach"); // a stop that proves the walk went through the form
        QTest::newRow("declare") << QStringLiteral("declare")
                                 << QStringLiteral("Cancel"); // Declare waits for a title
        QTest::newRow("settings") << QStringLiteral("settings") << QStringLiteral("Language");
        QTest::newRow("command palette")
            << QStringLiteral("palette") << QStringLiteral("Search incidents, people and actions");
        QTest::newRow("person") << QStringLiteral("person") << QStringLiteral("Cancel");
        QTest::newRow("incident details") << QStringLiteral("details") << QStringLiteral("Cancel");
        QTest::newRow("stakeholder update") << QStringLiteral("update") << QStringLiteral("Mark as sent");
        QTest::newRow("comms settings") << QStringLiteral("comms settings") << QStringLiteral("Close");
        QTest::newRow("alertmanagers") << QStringLiteral("alertmanagers") << QStringLiteral("Cancel");
        QTest::newRow("milestone") << QStringLiteral("milestone") << QStringLiteral("Cancel");
        QTest::newRow("handoff") << QStringLiteral("handoff") << QStringLiteral("Cancel");
        QTest::newRow("task") << QStringLiteral("task") << QStringLiteral("Cancel");
        QTest::newRow("comms settings: cadence")
            << QStringLiteral("comms settings cadence") << QStringLiteral("Save cadence");
        QTest::newRow("comms settings: templates")
            << QStringLiteral("comms settings templates") << QStringLiteral("Save template");
        QTest::newRow("silence an alert") << QStringLiteral("silence") << QStringLiteral("Cancel");
        QTest::newRow("attach alerts") << QStringLiteral("attach") << QStringLiteral("Cancel");
        QTest::newRow("accept a handoff")
            << QStringLiteral("review handoff") << QStringLiteral("Accept: I am Incident Commander now");
        QTest::newRow("integrations")
            << QStringLiteral("integrations") << QStringLiteral("Incoming webhook URL");
        // Choosing another service changes the form under the keyboard (this once crashed Qt's
        // GridLayout when the events went).
        QTest::newRow("integrations: jira")
            << QStringLiteral("integrations jira") << QStringLiteral("Project key");
        QTest::newRow("integrations: incoming PagerDuty")
            << QStringLiteral("integrations pagerduty-webhook")
            << QStringLiteral("Signing secret of the PagerDuty webhook subscription");
    }

    void everyDialogCanBeFilledInByKeyboard()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, mustReach);
        Navigator *navigator = (*m_real->app)->navigator();
        const QString top = (*m_real->app)->board()->topIncidentId();
        // Opened the way a person opens it: a button, a shortcut, or what they call on.
        auto click = [this](const char *button) {
            // By the visual tree: delegates of a Repeater are not the window's QObject children.
            std::function<QQuickItem *(QQuickItem *)> find = [&](QQuickItem *item) -> QQuickItem * {
                if (item->objectName() == QLatin1String(button))
                    return item;
                for (QQuickItem *child : item->childItems())
                    if (QQuickItem *found = find(child))
                        return found;
                return nullptr;
            };
            QQuickItem *item = find(m_window->contentItem());
            QVERIFY2(item, button);
            if (item->inherits("QQuickTabButton")) // a tab changes on a real click only
                QTest::mouseClick(m_window, Qt::LeftButton, {},
                                  item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
            else
                QMetaObject::invokeMethod(item, "clicked");
        };
        if (dialog == u"declare") {
            QMetaObject::invokeMethod(m_window, "declare");
        } else if (dialog == u"settings") {
            navigator->showSyncSettings();
        } else if (dialog == u"palette") {
            navigator->showCommandPalette();
        } else if (dialog == u"person") {
            QVERIFY(m_real->show(QStringLiteral("people")));
            click("addPersonButton");
        } else if (dialog == u"details") {
            QVERIFY(m_real->show(QStringLiteral("incident")));
            QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
        } else if (dialog == u"milestone" || dialog == u"handoff" || dialog == u"task") {
            QVERIFY(m_real->show(QStringLiteral("incident")));
            click(dialog == u"milestone"     ? "milestone-mitigated"
                      : dialog == u"handoff" ? "assign-ic"
                                             : "addTaskButton");
        } else if (dialog == u"update") {
            navigator->draftUpdate(top);
        } else if (dialog.startsWith(u"comms settings")) {
            navigator->showCommsSettings(top);
            if (dialog.endsWith(u"cadence") || dialog.endsWith(u"templates")) {
                QTest::qWait(300);
                click(dialog.endsWith(u"cadence") ? "cadenceTab" : "templatesTab");
            }
        } else if (dialog == u"silence") {
            // The top incident follows a firing alert from the demo's Alertmanager.
            QVERIFY(m_real->show(QStringLiteral("incident")));
            click("silenceAlertButton");
        } else if (dialog == u"attach") {
            // An alert the relay passed on, not yet part of any incident.
            protocol::AlertRecord alert;
            alert.fingerprint = QStringLiteral("a1b2c3d4e5f60718");
            alert.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFillingUp")},
                            {QStringLiteral("service"), QStringLiteral("search")},
                            {QStringLiteral("severity"), QStringLiteral("warning")}};
            alert.startsAt = QDateTime::currentMSecsSinceEpoch() - 60'000;
            alert.source = QStringLiteral("http://am-eu.example:9093");
            (*m_real->app)->detection()->setRelayConnected(true);
            (*m_real->app)->detection()->setRelayAlerts({alert});
            QVERIFY(m_real->show(QStringLiteral("detection")));
            click("attachAlertsButton");
        } else if (dialog == u"review handoff") {
            // Daniel has offered command of the orders incident to Priya, who is at this desk.
            BoardModel *board = (*m_real->app)->board();
            QString orders;
            for (int row = 0; row < board->rowCount(); ++row)
                if (board->data(board->index(row), BoardModel::TitleRole).toString().contains(u"Orders"))
                    orders = board->data(board->index(row), BoardModel::IdRole).toString();
            QVERIFY(!orders.isEmpty());
            navigator->openIncident(orders);
            QVERIFY(m_real->app->settle());
            QTest::qWait(300);
            click("reviewHandoffButton");
        } else if (dialog.startsWith(u"integrations")) {
            // As an admin would see them: one posting, one paused, and the form to add one.
            protocol::IntegrationInfo slack {QStringLiteral("int-a"),
                                             QStringLiteral("slack"),
                                             QStringLiteral("#incidents"),
                                             QStringLiteral("https://hooks.slack.com"),
                                             {QStringLiteral("declared")}};
            slack.lastDeliveredAt = QDateTime::currentMSecsSinceEpoch();
            protocol::IntegrationInfo teams {QStringLiteral("int-b"),
                                             QStringLiteral("teams"),
                                             QStringLiteral("Ops"),
                                             QStringLiteral("https://example.webhook.office.com"),
                                             {QStringLiteral("resolved")}};
            teams.paused = QStringLiteral("HTTP 404 from https://example.webhook.office.com");
            (*m_real->app)->integrations()->setIntegrations({slack, teams}, true);
            navigator->showSyncSettings();
            QTest::qWait(300);
            click("openIntegrations");
            if (const QString kind = dialog.section(u' ', 1); !kind.isEmpty()) {
                // The form for another service: Jira's site, project, issue type, account and
                // token; an incoming webhook's secret alone.
                const auto editors = m_window->findChildren<IntegrationEditor *>();
                QCOMPARE(editors.size(), 1);
                editors.constFirst()->setKind(kind);
            }
        } else {
            QVERIFY(m_real->show(QStringLiteral("detection")));
            click("alertmanagersButton");
        }
        if (QTest::currentTestFailed())
            return;
        QTest::qWait(500); // the opening transition
        const QStringList stops = walkExpectingNoProblems();
        if (QTest::currentTestFailed())
            return;
        const QString all = stops.join(u'\n');
        QVERIFY2(all.contains(mustReach), qPrintable(all));
        // A modal form keeps the keyboard: the header behind it is never a stop.
        QVERIFY2(!all.contains(QStringLiteral("Declare incident")), qPrintable(all));
    }
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv); // Qt Charts needs widgets
    QApplication::setOrganizationName(QStringLiteral("MusterTest"));
    TestFocusChain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_focuschain.moc"

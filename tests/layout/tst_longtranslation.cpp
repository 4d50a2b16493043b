// SPDX-License-Identifier: GPL-3.0-or-later
// A language 40% longer than English must still fit: every workstation view of the real window
// at 1366x768, under a pseudo-translation (every message accented, 40% longer, between ⟦ and
// ⟧; see make-pseudo-ts.py), may not cut a translated text short (elide) nor let it run out of
// its own box over its neighbours. Data (incident titles, names) may elide by design; only
// texts with the pseudo-translation's marks are judged.
#include "app/boardmodel.h"
#include "app/musterapp.h"
#include "app/navigator.h"
#include "apptesting.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(MusterPlugin)

using namespace muster;

namespace {
const QChar kOpen = QChar(0x27E6); // ⟦

// Visible from the window: shown, not faded out, and inside it.
bool isOnScreen(const QQuickItem *item, const QSize &window)
{
    for (const QQuickItem *up = item; up; up = up->parentItem())
        if (!up->isVisible() || up->opacity() < 0.01)
            return false;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return scene.intersects(QRectF(QPointF(0, 0), window)) && item->width() > 0 && item->height() > 0;
}

QString where(const QQuickItem *item)
{
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return QStringLiteral("\"%1\" at %2,%3 %4x%5")
        .arg(item->property("text").toString())
        .arg(scene.x())
        .arg(scene.y())
        .arg(scene.width())
        .arg(scene.height());
}

// The part of `item` that a clipping ancestor cuts off, as a direction, or empty. A list that
// scrolls up and down may show a row in part: only a cut across its scrolling direction counts.
QString cutByContainer(const QQuickItem *item)
{
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (const QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (!up->clip())
            continue;
        const QRectF box = up->mapRectToScene(QRectF(0, 0, up->width(), up->height()));
        if (!box.intersects(scene))
            return {}; // scrolled out of sight altogether
        const bool scrollsSideways
            = up->inherits("QQuickFlickable") && up->property("contentWidth").toDouble() > up->width() + 1;
        const bool scrollsUpDown = up->inherits("QQuickFlickable");
        if (!scrollsSideways && (scene.left() < box.left() - 1 || scene.right() > box.right() + 1))
            return QStringLiteral("cut at the side by its container: ");
        if (!scrollsUpDown && (scene.top() < box.top() - 1 || scene.bottom() > box.bottom() + 1))
            return QStringLiteral("cut at the top or bottom by its container: ");
    }
    return {};
}

void collectProblems(const QQuickItem *item, const QSize &window, QStringList *problems)
{
    if (!item->isVisible())
        return;
    if (item->inherits("QQuickText") && isOnScreen(item, window)) {
        const QString text = item->property("text").toString();
        if (text.contains(kOpen)) {
            if (item->property("truncated").toBool())
                problems->append(QStringLiteral("cut short: ") + where(item));
            else if (item->property("wrapMode").toInt() == 0 && item->implicitWidth() > item->width() + 1)
                problems->append(QStringLiteral("runs out of its box by %1 px: ")
                                     .arg(item->implicitWidth() - item->width())
                                 + where(item));
            else if (const QString cut = cutByContainer(item); !cut.isEmpty())
                problems->append(cut + where(item));
        }
    }
    // A combo box shows its choice in a one-line text input, which never elides: it just stops.
    if (item->inherits("QQuickTextInput") && isOnScreen(item, window)) {
        const QString text = item->property("displayText").toString();
        // Its content width counts the (hidden) cursor too: a few pixels over are not a cut.
        if (text.contains(kOpen) && item->property("contentWidth").toDouble() > item->width() + 3)
            problems->append(QStringLiteral("does not fit its field (%1 of %2 px): \"%3\"")
                                 .arg(item->property("contentWidth").toDouble())
                                 .arg(item->width())
                                 .arg(text));
    }
    for (const QQuickItem *child : item->childItems())
        collectProblems(child, window, problems);
}
} // namespace

class TestLongTranslation : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QTranslator m_pseudo;

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY2(m_pseudo.load(QStringLiteral(MUSTER_PSEUDO_QM)), MUSTER_PSEUDO_QM);
        QCoreApplication::installTranslator(&m_pseudo);
    }

    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(m_app->app.get())}});
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Muster/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_app->settle());
        QVERIFY(QTest::qWaitFor([this] { return (*m_app)->board()->rowCount() > 0; }));
    }

    void cleanup()
    {
        m_engine.reset();
        m_app.reset();
    }

    void theMessagesAreThePseudoTranslation()
    {
        // Without this the test below would pass for want of marked texts.
        QVERIFY(QCoreApplication::translate("muster::Appearance", "Dark").startsWith(kOpen));
    }

    void everyWorkstationViewFits_data()
    {
        QTest::addColumn<QString>("view");
        for (const char *view :
             {"board", "incident", "people", "detection", "actions", "metrics", "retrospective"})
            QTest::newRow(view) << QString::fromLatin1(view);
    }

    void everyWorkstationViewFits()
    {
        QFETCH(QString, view);
        Navigator *navigator = (*m_app)->navigator();
        if (view == u"incident")
            navigator->openIncident((*m_app)->board()->topIncidentId());
        else if (view == u"retrospective")
            navigator->openRetrospective((*m_app)->board()->firstIdInState(QStringLiteral("learning")));
        else
            QVERIFY(navigator->showListView(view));
        QVERIFY(m_app->settle());
        QTest::qWait(300);
        if (const QString shots = qEnvironmentVariable("MUSTER_LAYOUT_SHOTS"); !shots.isEmpty())
            m_window->grabWindow().save(QStringLiteral("%1/%2.png").arg(shots, view));
        QStringList problems;
        collectProblems(m_window->contentItem(), m_window->size(), &problems);
        problems.removeDuplicates();
        if (!problems.isEmpty())
            qInfo().noquote() << QStringLiteral("problems:\n  ") + problems.join(QStringLiteral("\n  "));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

int main(int argc, char **argv)
{
    QApplication application(argc, argv); // Qt Charts needs widgets
    QApplication::setOrganizationName(QStringLiteral("MusterTest"));
    TestLongTranslation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_longtranslation.moc"

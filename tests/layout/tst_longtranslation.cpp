// SPDX-License-Identifier: GPL-3.0-or-later
// A language 40% longer than English must still fit: every workstation view of the real window
// at 1366x768, under a pseudo-translation (every message accented, 40% longer, between ⟦ and
// ⟧; see make-pseudo-ts.py), may not cut a translated text short (elide) nor let it run out of
// its own box over its neighbours. Data (incident titles, names) may elide by design; only
// texts with the pseudo-translation's marks are judged.
#include "windowtesting.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScopeGuard>
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
        // A ScrollView clips as well as the Flickable inside it, and scrolls as it does.
        const bool scrollsUpDown = up->inherits("QQuickFlickable") || up->inherits("QQuickScrollView");
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

// What a layout must survive: a longer language, and English in larger text. Large text is
// judged on the screens its readers use: one step up (125%) on the smallest supported screen,
// one and a half times on a full-HD one.
struct LayoutCase
{
    const char *name;
    bool longerWords; // the 40% pseudo-translation, else English between the marks
    double fontScale;
    QSize window;
};
constexpr LayoutCase kCases[] = {
    {"40% longer", true, 1.0, {1366, 768}},
    {"text at 125%", false, 1.25, {1366, 768}},
    {"text at 150%", false, 1.5, {1920, 1080}},
};

class TestLongTranslation : public QObject
{
    Q_OBJECT

    QTranslator m_longer;
    QTranslator m_marked;

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY2(m_longer.load(QStringLiteral(MUSTER_PSEUDO_QM)), MUSTER_PSEUDO_QM);
        QVERIFY2(m_marked.load(QStringLiteral(MUSTER_MARKED_QM)), MUSTER_MARKED_QM);
    }

    void theMessagesAreMarked()
    {
        // Without this the test below would pass for want of marked texts.
        QCoreApplication::installTranslator(&m_longer);
        QVERIFY(QCoreApplication::translate("muster::Appearance", "Dark").startsWith(kOpen));
        QVERIFY(QCoreApplication::translate("muster::Appearance", "Dark").size() > 6);
        QCoreApplication::removeTranslator(&m_longer);
        QCoreApplication::installTranslator(&m_marked);
        QCOMPARE(QCoreApplication::translate("muster::Appearance", "Dark"), QStringLiteral("⟦Dark⟧"));
        QCoreApplication::removeTranslator(&m_marked);
    }

    void everyWorkstationViewFits_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("layoutCase");
        for (int index = 0; index < int(std::size(kCases)); ++index)
            for (const QString &view : testing::RealWindow::workstationViews())
                QTest::addRow("%s: %s", kCases[index].name, qPrintable(view)) << view << index;
    }

    void everyWorkstationViewFits()
    {
        QFETCH(QString, view);
        QFETCH(int, layoutCase);
        const LayoutCase &how = kCases[layoutCase];
        QTranslator &translator = how.longerWords ? m_longer : m_marked;
        QCoreApplication::installTranslator(&translator);
        auto removeAfter = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        testing::RealWindow real(how.fontScale);
        QVERIFY(real.open(how.window));
        QVERIFY(real.show(view));
        QQuickWindow *window = real.window;
        if (const QString shots = qEnvironmentVariable("MUSTER_LAYOUT_SHOTS"); !shots.isEmpty())
            window->grabWindow().save(
                QStringLiteral("%1/%2 %3.png").arg(shots, QLatin1String(how.name), view));
        QStringList problems;
        collectProblems(window->contentItem(), window->size(), &problems);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// The look a person chose comes back at the next start; the command line sets one run; the
// text follows a larger desktop font, never a smaller one.
#include "app/appearance.h"

#include <QFont>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestAppearance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appearance"));
    }
    void init() { QSettings().clear(); }

    void theChosenSchemeComesBackAtTheNextStart()
    {
        {
            Appearance first({}, 0, true);
            QCOMPARE(first.scheme(), QStringLiteral("light"));
            QSignalSpy changed(&first, &Appearance::schemeChanged);
            first.setScheme(QStringLiteral("contrast"));
            QCOMPARE(changed.size(), 1);
            first.setScheme(QStringLiteral("neon")); // not a scheme: nothing changes
            QCOMPARE(first.scheme(), QStringLiteral("contrast"));
            QCOMPARE(changed.size(), 1);
        }
        Appearance next({}, 0, true);
        QCOMPARE(next.scheme(), QStringLiteral("contrast"));
    }

    void theDarkChoiceOfOlderVersionsIsKept()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("appearance/dark"), true);
        settings.sync();
        QCOMPARE(Appearance({}, 0, true).scheme(), QStringLiteral("dark"));
    }

    void theHeaderButtonTogglesLightAndDark()
    {
        Appearance look({}, 0, true);
        look.toggleDark();
        QCOMPARE(look.scheme(), QStringLiteral("dark"));
        look.toggleDark();
        QCOMPARE(look.scheme(), QStringLiteral("light"));
        look.setScheme(QStringLiteral("contrast"));
        look.toggleDark();
        QCOMPARE(look.scheme(), QStringLiteral("light"));
    }

    void theCommandLineSetsOneRunAndScreenshotsSaveNothing()
    {
        Appearance saved({}, 0, true);
        saved.setScheme(QStringLiteral("dark"));
        QCOMPARE(Appearance(QStringLiteral("contrast"), 0, true).scheme(), QStringLiteral("contrast"));
        // A screenshot: the default look whatever was saved, and a change is not kept.
        Appearance screenshot({}, 0, false);
        QCOMPARE(screenshot.scheme(), QStringLiteral("light"));
        QCOMPARE(screenshot.fontScale(), 1.0);
        screenshot.setScheme(QStringLiteral("contrast"));
        QCOMPARE(Appearance({}, 0, true).scheme(), QStringLiteral("dark"));
        // --font-scale wins over the desktop's font, within its bounds.
        QCOMPARE(Appearance({}, 1.25, false).fontScale(), 1.25);
        QCOMPARE(Appearance({}, 9, false).fontScale(), Appearance::kMaxFontScale);
    }

    void theTextFollowsALargerDesktopFontOnly()
    {
        QFont font;
        font.setPointSizeF(Appearance::kReferencePointSize);
        QCOMPARE(Appearance::fontScaleFor(font), 1.0);
        font.setPointSizeF(12.5); // GNOME's "Large Text", or a 12.5 pt desktop font
        QCOMPARE(Appearance::fontScaleFor(font), 1.25);
        font.setPointSizeF(8); // smaller than Muster reads well at: Muster's own size
        QCOMPARE(Appearance::fontScaleFor(font), 1.0);
        font.setPointSizeF(40);
        QCOMPARE(Appearance::fontScaleFor(font), Appearance::kMaxFontScale);
        font.setPixelSize(30); // sized in pixels: no statement about the desktop
        QCOMPARE(Appearance::fontScaleFor(font), 1.0);
    }

    void everySchemeIsOfferedByName()
    {
        const QVariantList choices = Appearance({}, 0, false).schemeChoices();
        QCOMPARE(choices.size(), 3);
        for (const QVariant &choice : choices) {
            QVERIFY(Appearance::isKnownScheme(choice.toMap().value(QStringLiteral("value")).toString()));
            QVERIFY(!choice.toMap().value(QStringLiteral("text")).toString().isEmpty());
        }
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What a few typed letters find in the command palette, and in what order.
#include "app/palettematch.h"

#include <QTest>

using namespace muster;

class TestPaletteMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseAccentsAndSpacesDoNotCount()
    {
        QCOMPARE(palette::fold(QStringLiteral("  Jörg   MÜLLER\t")), QStringLiteral("jorg muller"));
        QCOMPARE(palette::fold(QStringLiteral("Ærøskøbing Straße")), QStringLiteral("ærøskøbing strasse"));
        QVERIFY(palette::score(QStringLiteral("muller"), {QStringLiteral("Jörg Müller")}) > 0);
        QVERIFY(palette::score(QStringLiteral("MÜLL"), {QStringLiteral("jorg muller")}) > 0);
        QVERIFY(palette::score(QStringLiteral("sev1"), {QStringLiteral("x"), QStringLiteral("SEV1")}) > 0);
        // Not everything matches everything: a word found nowhere rules the entry out.
        QCOMPARE(palette::score(QStringLiteral("checkout zzz"), {QStringLiteral("Checkout failing")}), 0);
        QCOMPARE(palette::score(QStringLiteral("ordres"), {QStringLiteral("Orders database")}), 0);
    }

    void anEmptyQueryMatchesEverythingEqually()
    {
        QCOMPARE(palette::score(QString(), {QStringLiteral("anything")}), 1);
        QCOMPARE(palette::score(QStringLiteral("   "), {}), 1);
    }

    void theStartOfAWordBeatsTheInsideBeatsLettersInOrder()
    {
        const QStringList checkout {QStringLiteral("Checkout failing with HTTP 502")};
        const int start = palette::score(QStringLiteral("check"), checkout);
        const int word = palette::score(QStringLiteral("fail"), checkout);
        const int inside = palette::score(QStringLiteral("heck"), checkout);
        const int inOrder = palette::score(QStringLiteral("chkfl"), checkout);
        QVERIFY(start > word);
        QVERIFY(word > inside);
        QVERIFY(inside > inOrder);
        QVERIFY(inOrder > 0);
        // Letters strewn over a long title are not a match: "stras" is not in these.
        QCOMPARE(palette::score(QStringLiteral("stras"),
                                {QStringLiteral("Orders database primary unreachable in us-east-1")}),
                 0);
        QCOMPARE(palette::score(QStringLiteral("stras"),
                                {QStringLiteral("Status page TLS certificate expires in 5 days")}),
                 0);
    }

    void theNameCountsMoreThanTheDetails()
    {
        // "Hannah" as the person's name ranks above an incident whose IC is Hannah.
        const int name = palette::score(QStringLiteral("hannah"),
                                        {QStringLiteral("Hannah Weber"), QStringLiteral("Platform")});
        const int detail
            = palette::score(QStringLiteral("hannah"),
                             {QStringLiteral("GameDay"), QStringLiteral("Investigating · IC Hannah Weber")});
        QVERIFY(name > detail);
        QVERIFY(detail > 0);
    }

    void everyWordTypedAddsUp()
    {
        const QStringList orders {QStringLiteral("Orders database primary unreachable"),
                                  QStringLiteral("us-east-1")};
        QVERIFY(palette::score(QStringLiteral("orders east"), orders)
                > palette::score(QStringLiteral("orders"), orders));
        // Punctuation typed is matched like any letter; nothing is a pattern.
        QCOMPARE(palette::score(QStringLiteral(".*"), orders), 0);
        QVERIFY(palette::score(QStringLiteral("us-east"), orders) > 0);
    }
};

QTEST_GUILESS_MAIN(TestPaletteMatch)
#include "tst_palettematch.moc"

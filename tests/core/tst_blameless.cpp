// SPDX-License-Identifier: GPL-3.0-or-later
// Each blameless-language rule (docs/blameless.md) flags what it should, where it is, with a
// suggestion — and leaves neutral wording alone, so the hints stay worth reading.
#include "core/blameless.h"

#include <QTest>

using namespace muster;

class TestBlameless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachRuleFlagsItsWording_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("words");
        QTest::newRow("human error") << QStringLiteral("Root cause: human error during the failover.")
                                     << QStringLiteral("human-error") << QStringLiteral("human error");
        QTest::newRow("operator error") << QStringLiteral("Operator Error.") << QStringLiteral("human-error")
                                        << QStringLiteral("Operator Error");
        QTest::newRow("careless") << QStringLiteral("A careless change to the config.")
                                  << QStringLiteral("judgement") << QStringLiteral("careless");
        QTest::newRow("negligence") << QStringLiteral("This was negligence.") << QStringLiteral("judgement")
                                    << QStringLiteral("negligence");
        QTest::newRow("should have known")
            << QStringLiteral("The on-call should have known the pool was small.")
            << QStringLiteral("hindsight") << QStringLiteral("should have known");
        QTest::newRow("should've checked")
            << QStringLiteral("We should've checked the canary.") << QStringLiteral("hindsight")
            << QStringLiteral("should've checked");
        QTest::newRow("forgot to") << QStringLiteral("The deployer forgot to drain the node.")
                                   << QStringLiteral("omission") << QStringLiteral("forgot to");
        QTest::newRow("failed to") << QStringLiteral("Ops failed to notice the alert.")
                                   << QStringLiteral("omission") << QStringLiteral("failed to");
        QTest::newRow("fault") << QStringLiteral("It was their fault.") << QStringLiteral("blame")
                               << QStringLiteral("their fault");
        QTest::newRow("to blame") << QStringLiteral("Nobody is to blame, but…") << QStringLiteral("blame")
                                  << QStringLiteral("to blame");
        QTest::newRow("obviously") << QStringLiteral("The fix was obviously a rollback.")
                                   << QStringLiteral("minimising") << QStringLiteral("obviously");
        QTest::newRow("person caused") << QStringLiteral("Kenji broke checkout with the 14:02 deploy.")
                                       << QStringLiteral("person-caused") << QStringLiteral("Kenji broke");
        QTest::newRow("full name caused")
            << QStringLiteral("Then Marcus Chen accidentally deleted the index.")
            << QStringLiteral("person-caused") << QStringLiteral("Marcus Chen accidentally deleted");
        QTest::newRow("any case, Unicode") << QStringLiteral("Ein HUMAN ERROR? Zoë caused it.")
                                           << QStringLiteral("human-error") << QStringLiteral("HUMAN ERROR");
    }

    void eachRuleFlagsItsWording()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        QFETCH(QString, words);
        const QList<BlamelessHint> hints = blamelessHints(
            text, {QStringLiteral("Kenji Tanaka"), QStringLiteral("Marcus Chen"), QStringLiteral("Zoë")});
        QVERIFY(!hints.isEmpty());
        const BlamelessHint &hint = hints.first();
        QCOMPARE(hint.rule, rule);
        QCOMPARE(hint.words, words);
        QCOMPARE(text.mid(hint.start, hint.length), words);
        QVERIFY(!hint.why.isEmpty());
        QVERIFY(!hint.suggestion.isEmpty());
    }

    void neutralWordingIsLeftAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("conditions") << QStringLiteral(
            "The 14:02 deploy removed an index; the canary stage did not cover EU traffic, so the alert "
            "fired at 14:09.");
        QTest::newRow("what was visible")
            << QStringLiteral("The dashboard did not show the pool size at the time.");
        QTest::newRow("name without blame")
            << QStringLiteral("Kenji rolled back the deploy and the error rate fell.");
        QTest::newRow("words inside words")
            << QStringLiteral("The erroring human-facing API: faultless failover.");
        QTest::newRow("empty") << QString();
    }

    void neutralWordingIsLeftAlone()
    {
        QFETCH(QString, text);
        const QList<BlamelessHint> hints = blamelessHints(text, {QStringLiteral("Kenji Tanaka")});
        QVERIFY2(hints.isEmpty(), qPrintable(hints.isEmpty() ? QString() : hints.first().words));
    }

    void severalHintsInOrderAndNoneTwiceForTheSameWords()
    {
        const QString text = QStringLiteral("Obviously Kenji forgot to drain it. Human error, and careless.");
        const QList<BlamelessHint> hints = blamelessHints(text, {QStringLiteral("Kenji Tanaka")});
        QStringList rules;
        for (const BlamelessHint &h : hints)
            rules << h.rule;
        QCOMPARE(rules,
                 (QStringList {QStringLiteral("minimising"), QStringLiteral("omission"),
                               QStringLiteral("human-error"), QStringLiteral("judgement")}));
        for (qsizetype i = 1; i < hints.size(); ++i)
            QVERIFY(hints.at(i).start >= hints.at(i - 1).start + hints.at(i - 1).length);
    }
};

QTEST_GUILESS_MAIN(TestBlameless)
#include "tst_blameless.moc"

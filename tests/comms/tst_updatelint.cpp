// SPDX-License-Identifier: GPL-3.0-or-later
// Each lint rule on a drafted update: a text that must warn, and one close to it that must not.
#include "comms/updatelint.h"

#include <QTest>

using namespace muster;
using namespace muster::comms;

namespace {
const QString kNext = QStringLiteral("\nNext update: 10:40 CET.");

QStringList rulesOf(const QList<LintWarning> &warnings)
{
    QStringList out;
    for (const LintWarning &w : warnings)
        out << w.rule;
    return out;
}
} // namespace

class TestUpdateLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachRuleWarnsAndStaysQuiet_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("warns");
        QTest::addColumn<QString>("words"); // what the warning quotes

        const QString subject = QStringLiteral("[SEV2] Update: checkout errors");
        QTest::newRow("eta: ETA") << "eta" << subject << QStringLiteral("ETA 14:00.") + kNext << true
                                  << "ETA";
        QTest::newRow("eta: fixed by")
            << "eta" << subject << QStringLiteral("It will be fixed by noon.") + kNext << true
            << "will be fixed";
        QTest::newRow("eta: back within")
            << "eta" << subject << QStringLiteral("Checkout should be back within the hour.") + kNext << true
            << "back within";
        QTest::newRow("eta: none") << "eta" << subject
                                   << QStringLiteral(
                                          "We do not have a time to recovery yet; the fix is being tested.")
                + kNext << false << "";

        QTest::newRow("address: IPv4")
            << "internal-address" << subject
            << QStringLiteral("Traffic to 10.24.3.17:5432 is failing.") + kNext << true << "10.24.3.17:5432";
        QTest::newRow("address: internal host")
            << "internal-address" << subject
            << QStringLiteral("See https://grafana.ops.internal/d/checkout.") + kNext << true
            << "grafana.ops.internal";
        QTest::newRow("address: IPv6")
            << "internal-address" << subject << QStringLiteral("Node fd00:ec2::23 is down.") + kNext << true
            << "fd00:ec2::23";
        QTest::newRow("address: times and versions are not")
            << "internal-address" << subject << QStringLiteral("At 10:14:05 we rolled back to 4.2.1.") + kNext
            << false << "";

        QTest::newRow("blame") << "blame" << subject
                               << QStringLiteral("It was human error in the deploy.") + kNext << true
                               << "human error";
        QTest::newRow("blame: names without blame")
            << "blame" << subject << QStringLiteral("Kenji rolled back the release.") + kNext << false << "";
        QTest::newRow("blame: person caused")
            << "blame" << subject << QStringLiteral("Kenji broke checkout with a config push.") + kNext
            << true << "Kenji broke";

        QTest::newRow("placeholder") << "placeholder" << subject
                                     << QStringLiteral("Impact: {{impact}}.") + kNext << true << "{{impact}}";
        QTest::newRow("placeholder: braces in prose")
            << "placeholder" << subject << QStringLiteral("The {config} value was wrong.") + kNext << false
            << "";

        QTest::newRow("next update missing")
            << "next-update" << subject << QStringLiteral("We are working on it.") << true << "";
        QTest::newRow("next update stated")
            << "next-update" << subject << QStringLiteral("We are working on it.") + kNext << false << "";

        QTest::newRow("subject too long")
            << "subject-length" << QString(79, u'x') << QStringLiteral("Body.") + kNext << true << "";
        QTest::newRow("subject just fits")
            << "subject-length" << QString(78, u'x') << QStringLiteral("Body.") + kNext << false << "";
    }

    void eachRuleWarnsAndStaysQuiet()
    {
        QFETCH(QString, rule);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(bool, warns);
        QFETCH(QString, words);
        const QList<LintWarning> warnings
            = lintUpdate(subject, body, UpdateStage::Update, {QStringLiteral("Kenji Tanaka")});
        const qsizetype at = rulesOf(warnings).indexOf(rule);
        QCOMPARE(at >= 0, warns);
        if (warns) {
            QCOMPARE(warnings.at(at).words, words);
            QVERIFY(!warnings.at(at).why.isEmpty());
            QVERIFY(!warnings.at(at).why.contains(u'\n'));
        }
    }

    void theResolutionNoticeNeedsNoNextUpdate()
    {
        QVERIFY(
            lintUpdate(QStringLiteral("Resolved"), QStringLiteral("It is over."), UpdateStage::Resolved, {})
                .isEmpty());
        QCOMPARE(rulesOf(lintUpdate(QStringLiteral("Update"), QStringLiteral("It is not over."),
                                    UpdateStage::Mitigated, {})),
                 QStringList {QStringLiteral("next-update")});
    }

    void aWordIsQuotedOnceAndTheSubjectComesFirst()
    {
        const QList<LintWarning> warnings = lintUpdate(
            QStringLiteral("ETA for 10.0.0.1"),
            QStringLiteral("ETA soon, ETA later; 10.0.0.1 again.") + kNext, UpdateStage::Update, {});
        QCOMPARE(rulesOf(warnings),
                 (QStringList {QStringLiteral("eta"), QStringLiteral("internal-address"),
                               QStringLiteral("eta"), QStringLiteral("internal-address")}));
    }
};

QTEST_GUILESS_MAIN(TestUpdateLint)
#include "tst_updatelint.moc"

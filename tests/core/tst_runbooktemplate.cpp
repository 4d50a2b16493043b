// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runbooktemplate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestRunbookTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTitleDescriptionAndSteps()
    {
        QString error;
        const auto runbook = RunbookTemplate::parse(
            QStringLiteral("x"),
            QStringLiteral("# Cache flush\n\nUse when the cache serves stale data.\n\n"
                           "## Before\n- [ ] Tell support\n* [x] Flush  \n- not a step\n"),
            &error);
        QVERIFY2(runbook, qPrintable(error));
        QCOMPARE(runbook->title, QStringLiteral("Cache flush"));
        QCOMPARE(runbook->description, QStringLiteral("Use when the cache serves stale data."));
        QCOMPARE(runbook->steps, (QStringList {QStringLiteral("Tell support"), QStringLiteral("Flush")}));
    }

    void rejectsTemplatesWithoutTitleOrSteps_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << QStringLiteral("- [ ] a") << QStringLiteral("Title");
        QTest::newRow("no steps") << QStringLiteral("# T\ntext") << QStringLiteral("step");
        QTest::newRow("empty") << QString() << QStringLiteral("Title");
        QTest::newRow("control char") << QStringLiteral("# T\n- [ ] a\x01") << QStringLiteral("line 2");
    }
    void rejectsTemplatesWithoutTitleOrSteps()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!RunbookTemplate::parse(QStringLiteral("x"), markdown, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void bundledTemplatesAllParse()
    {
        const QString dir = qEnvironmentVariable("MUSTER_SOURCE_DIR") + QStringLiteral("/resources/runbooks");
        QStringList errors;
        const auto runbooks = loadRunbookTemplates(dir, true, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE_GE(runbooks.size(), 3);
        for (const auto &r : runbooks) {
            QVERIFY(r.bundled);
            QCOMPARE_GE(r.steps.size(), 5);
        }
    }

    void badUserFilesAreReportedAndSkipped()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("good.md"), "# Good\n- [ ] one\n");
        write(QStringLiteral("bad.md"), "no title here\n");
        write(QStringLiteral("ignored.txt"), "# Not markdown\n- [ ] x\n");
        QStringList errors;
        const auto runbooks = loadRunbookTemplates(dir.path(), false, &errors);
        QCOMPARE(runbooks.size(), 1);
        QCOMPARE(runbooks.first().id, QStringLiteral("good"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(QStringLiteral("bad.md: ")));
    }
};

QTEST_GUILESS_MAIN(TestRunbookTemplate)
#include "tst_runbooktemplate.moc"

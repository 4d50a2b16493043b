// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown export against an expected file (a reviewed copy of what a wiki would get), and
// text people typed that must read as typed: no headings, lists, links, HTML or broken tables.
#include "integrations/export/markdownexport.h"
#include "samplerecord.h"

#include <QFile>
#include <QTest>

using namespace muster;

class TestMarkdownExport : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name)
    {
        return qEnvironmentVariable("MUSTER_SOURCE_DIR") + QStringLiteral("/tests/integrations/fixtures/")
            + QString::fromLatin1(name);
    }

private Q_SLOTS:
    void matchesTheExpectedFile()
    {
        const testing::SampleRecord sample;
        const QString markdown = exportMarkdown(sample.record());
        QFile expected(fixture("retrospective.md"));
        // After a deliberate change of the format: MUSTER_WRITE_EXPECTED=1 writes the file anew,
        // to be read line by line before it is committed.
        if (qEnvironmentVariableIsSet("MUSTER_WRITE_EXPECTED") && expected.open(QIODevice::WriteOnly)) {
            expected.write(markdown.toUtf8());
            expected.close();
        }
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
        const QString want = QString::fromUtf8(expected.readAll());
        if (markdown != want) {
            // Where they part, so a failure says more than "not equal".
            const QStringList got = markdown.split(u'\n'), lines = want.split(u'\n');
            for (qsizetype i = 0; i < std::max(got.size(), lines.size()); ++i)
                QCOMPARE(got.value(i), lines.value(i));
        }
        QCOMPARE(markdown, want);
    }

    void theTimelineHasWhatWasChosen()
    {
        testing::SampleRecord sample;
        const QString markdown = exportMarkdown(sample.record());
        const QString timeline
            = markdown.section(QStringLiteral("## Timeline"), 1).section(QStringLiteral("\n## "), 0, 0);
        // Decisions and actions are in by default, the note is not; a correction replaces what it corrects.
        QVERIFY(timeline.contains(QStringLiteral("Roll back checkout\\-api"))
                || timeline.contains(QStringLiteral("Roll back checkout-api")));
        QVERIFY(timeline.contains(QStringLiteral("Rollback started at 09:19")));
        QVERIFY(!timeline.contains(QStringLiteral("| Rollback started |")));
        QVERIFY(!timeline.contains(QStringLiteral("Error rate is 38%")));
        QVERIFY(timeline.contains(QStringLiteral("Milestone: Impact started")));
        // The full log keeps everything, the corrected entry too.
        const QString log = markdown.section(QStringLiteral("## Communication log"), 1);
        QVERIFY(log.contains(QStringLiteral("Error rate is 38% in eu\\-west\\-1"))
                || log.contains(QStringLiteral("Error rate is 38% in eu-west-1")));
        QVERIFY(log.contains(QStringLiteral("| Rollback started |")));
        QVERIFY(log.contains(QStringLiteral("(corrects the entry of 2026-11-24 09:19:00)")));
    }

    void typedText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Rolled back at 09:14.")
                               << QStringLiteral("Rolled back at 09:14.")
                               << QStringLiteral("Rolled back at 09:14.");
        QTest::newRow("heading") << QStringLiteral("# not a heading") << QStringLiteral("\\# not a heading")
                                 << QStringLiteral("# not a heading");
        QTest::newRow("list and rule")
            << QStringLiteral("- a\n---\n+ b") << QStringLiteral("\\- a\\\n\\---\\\n\\+ b")
            << QStringLiteral("- a<br>---<br>+ b");
        QTest::newRow("numbered") << QStringLiteral("1. first\n12) second")
                                  << QStringLiteral("1\\. first\\\n12\\) second")
                                  << QStringLiteral("1. first<br>12) second");
        QTest::newRow("emphasis, code, links, html")
            << QStringLiteral("*x* _y_ `z` [a](b) <script>&amp; ~~s~~ ![i](j)")
            << QStringLiteral(
                   "\\*x\\* \\_y\\_ \\`z\\` \\[a\\](b) \\<script\\>\\&amp; \\~\\~s\\~\\~ \\!\\[i\\](j)")
            << QStringLiteral(
                   "\\*x\\* \\_y\\_ \\`z\\` \\[a\\](b) \\<script\\>\\&amp; \\~\\~s\\~\\~ \\!\\[i\\](j)");
        QTest::newRow("pipes and backslashes")
            << QStringLiteral("a | b \\ c") << QStringLiteral("a \\| b \\\\ c")
            << QStringLiteral("a \\| b \\\\ c");
        QTest::newRow("paragraphs") << QStringLiteral("one\n\ntwo") << QStringLiteral("one\n\ntwo")
                                    << QStringLiteral("one<br><br>two");
        QTest::newRow("unicode") << QStringLiteral("Zoë → 東京 ✓") << QStringLiteral("Zoë → 東京 ✓")
                                 << QStringLiteral("Zoë → 東京 ✓");
        QTest::newRow("tabs and trailing blanks")
            << QStringLiteral("\tindented   ") << QStringLiteral("indented") << QStringLiteral("indented");
    }

    void typedText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, paragraph);
        QFETCH(QString, cell);
        QCOMPARE(markdownText(typed), paragraph);
        QCOMPARE(markdownCell(typed), cell);
    }

    void aTitleCannotBreakTheDocument()
    {
        testing::SampleRecord sample;
        IncidentRecord record = sample.record();
        record.incident.title = QStringLiteral("| broken\n# table");
        const QString markdown = exportMarkdown(record);
        QVERIFY(markdown.startsWith(QStringLiteral("# Retrospective: \\| broken")));
        // Nothing but the document's own headings starts with '#'.
        for (const QString &line : markdown.split(u'\n')) {
            if (line.startsWith(u'#'))
                QVERIFY2(line.startsWith(QStringLiteral("# ")) || line.startsWith(QStringLiteral("## ")),
                         qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"

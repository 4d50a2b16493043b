// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF export read back the way a person would read it: its text extracted with pdftotext
// (poppler-utils) in layout mode, so a table row reads as one line, and its metadata with
// pdfinfo. Long logs break across pages with the table header repeated; nothing is cut.
#include "integrations/export/pdfexport.h"
#include "samplerecord.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestPdfExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            qWarning() << program << process.readAllStandardError();
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The PDF's text, page by page (pdftotext separates pages with a form feed).
    QStringList pagesOf(const IncidentRecord &record, QString *info = nullptr)
    {
        QString error;
        const QByteArray pdf = exportPdf(record, &error);
        if (pdf.isEmpty()) {
            qWarning() << error;
            return {};
        }
        const QString path = qEnvironmentVariableIsSet("MUSTER_KEEP_PDF")
            ? qEnvironmentVariable("MUSTER_KEEP_PDF")
            : m_dir.filePath(QStringLiteral("export.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(pdf);
        file.close();
        if (info)
            *info = run(QStringLiteral("pdfinfo"), {path});
        QStringList pages
            = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                  .split(u'\f');
        if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

    static QString lineWith(const QString &text, const QString &needle)
    {
        for (const QString &line : text.split(u'\n')) {
            if (line.contains(needle))
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theRetrospectiveThenTheRecord()
    {
        const testing::SampleRecord sample;
        QString info;
        const QStringList pages = pagesOf(sample.record(), &info);
        QVERIFY(pages.size() >= 2);
        QVERIFY(info.contains(QStringLiteral("Retrospective: Checkout 502s for EU customers")));
        // The retrospective comes first; the incident record starts on a page of its own.
        qsizetype recordPage = 0;
        while (recordPage < pages.size() && !pages.at(recordPage).contains(QStringLiteral("Incident record")))
            ++recordPage;
        QVERIFY(recordPage > 0 && recordPage < pages.size());
        QVERIFY(pages.at(recordPage).trimmed().startsWith(QStringLiteral("Incident record")));
        const QString first = pages.mid(0, recordPage).join(u'\n');
        QVERIFY(pages.first().contains(QStringLiteral("Retrospective: Checkout 502s for EU customers")));
        for (const char *heading :
             {"Summary", "Impact", "Timeline", "Contributing factors", "What went well", "Action items"})
            QVERIFY2(first.contains(QString::fromLatin1(heading)), heading);
        // The timeline is a table: time, what happened and who on one line.
        const QString row = lineWith(first, QStringLiteral("Rollback started at 09:19"));
        QVERIFY2(row.contains(QStringLiteral("2026-11-24 09:"))
                     && row.contains(QStringLiteral("Kenji Tanaka")),
                 qPrintable(row));
        const QString item = lineWith(first.mid(first.lastIndexOf(QStringLiteral("Action items"))),
                                      QStringLiteral("Add a canary stage for EU traffic"));
        QVERIFY2(item.contains(QStringLiteral("2026-12-04 17:00 UTC"))
                     && item.contains(QStringLiteral("Open")),
                 qPrintable(item));
        // Typed text is printed as typed, Markdown-looking characters included.
        QVERIFY(first.contains(QStringLiteral("# No canary for EU")));
        const QString record = pages.mid(recordPage).join(u'\n');
        QVERIFY(
            lineWith(record, QStringLiteral("Communications Lead")).contains(QStringLiteral("Zoë Müller")));
        QVERIFY(lineWith(record, QStringLiteral("Freeze deploys")).contains(QStringLiteral("Done")));
        QVERIFY(record.contains(QStringLiteral("Error rate is 38% in eu-west-1")));
        QVERIFY(pages.first().contains(QStringLiteral("Page 1")));
        QVERIFY(pages.at(1).contains(QStringLiteral("Page 2")));
    }

    void aLongLogBreaksAcrossPagesAndLosesNothing()
    {
        testing::SampleRecord sample;
        sample.addNotes(400, QStringLiteral("Checked shard %1 of the order index; latency normal"));
        // One entry at the longest a log entry may be, with a word at its very end.
        QString longText;
        while (longText.size() < 19'900)
            longText += QStringLiteral("Connection pool saturated again on checkout-db. ");
        longText += QStringLiteral("FINALWORD");
        sample.addNote(longText);
        const QStringList pages = pagesOf(sample.record());
        QVERIFY2(pages.size() > 10, qPrintable(QString::number(pages.size())));
        const QString all = pages.join(u'\n');
        for (int i : {1, 200, 400})
            QVERIFY2(all.contains(QStringLiteral("Checked shard %1 of the order index").arg(i)),
                     qPrintable(QString::number(i)));
        QVERIFY(all.contains(QStringLiteral("FINALWORD")));
        // Every page of the log repeats the table's header.
        int headed = 0;
        for (const QString &page : pages) {
            if (page.contains(QStringLiteral("Checked shard"))
                && page.contains(
                    QRegularExpression(QStringLiteral("Time \\(UTC\\)\\s+Kind\\s+Author\\s+Entry"))))
                ++headed;
        }
        int withLog = 0;
        for (const QString &page : pages) {
            withLog += page.contains(QStringLiteral("Checked shard")) ? 1 : 0;
        }
        QCOMPARE(headed, withLog);
        QVERIFY(pages.last().contains(QStringLiteral("Page %1").arg(pages.size())));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"

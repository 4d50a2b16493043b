// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting the open incident from the desktop, against a real MusterApp and SQLite file: each
// format lands in the chosen file with what was saved a moment before, a place that cannot be
// written is reported and leaves nothing behind, and bad requests are refused up front.
#include "apptesting.h"
#include "boardmodel.h"
#include "incidentexporter.h"
#include "incidentroom.h"
#include "retrospectiveeditor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestIncidentExporter : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;
    QTemporaryDir m_out;

    IncidentRoom *room() { return (*m_app)->room(); }
    IncidentExporter *exporter() { return room()->exporter(); }

    // Exports and waits; returns the problem, or "" with the file written.
    QString exportAs(const QString &format, const QString &path)
    {
        QSignalSpy done(exporter(), &IncidentExporter::exported);
        QSignalSpy failed(exporter(), &IncidentExporter::failed);
        if (const QString refused = exporter()->exportTo(format, QUrl::fromLocalFile(path));
            !refused.isEmpty())
            return refused;
        if (!QTest::qWaitFor([&] { return done.size() + failed.size() > 0; }, 10'000))
            return QStringLiteral("no answer");
        if (!failed.isEmpty())
            return failed.first().first().toString();
        return done.first().first().toString() == path ? QString() : QStringLiteral("another path");
    }

    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        room()->open((*m_app)->board()->firstIdInState(QStringLiteral("learning")));
        QVERIFY(m_app->settle());
        QVERIFY(room()->loaded());
    }
    void cleanup() { m_app.reset(); }

    void everyFormatHasWhatWasJustSaved()
    {
        room()->retrospective()->setLucky(QStringLiteral("The upload spike came on a quiet Sunday."));
        QCOMPARE(room()->retrospective()->save(), QString());
        QVERIFY(m_app->settle());

        const QString md = m_out.filePath(QStringLiteral("retro.md"));
        QCOMPARE(exportAs(QStringLiteral("md"), md), QString());
        const QByteArray markdown = read(md);
        QVERIFY(markdown.startsWith("# Retrospective: Image resizer returning 5xx for large uploads\n"));
        QVERIFY(markdown.contains("The upload spike came on a quiet Sunday."));
        QVERIFY(markdown.contains("# Incident record"));

        const QString json = m_out.filePath(QStringLiteral("retro.json"));
        QCOMPARE(exportAs(QStringLiteral("json"), json), QString());
        const QJsonObject document = QJsonDocument::fromJson(read(json)).object();
        QCOMPARE(document.value(QStringLiteral("workspace")).toString(), (*m_app)->workspace());
        QCOMPARE(document.value(QStringLiteral("retrospective"))
                     .toObject()
                     .value(QStringLiteral("lucky"))
                     .toString(),
                 QStringLiteral("The upload spike came on a quiet Sunday."));

        const QString pdf = m_out.filePath(QStringLiteral("retro.pdf"));
        QCOMPARE(exportAs(QStringLiteral("pdf"), pdf), QString());
        QVERIFY(read(pdf).startsWith("%PDF-"));
        QVERIFY(!exporter()->busy());
    }

    void aFileThatCannotBeWrittenIsReported()
    {
        const QString path = m_out.filePath(QStringLiteral("missing/folder/retro.md"));
        const QString problem = exportAs(QStringLiteral("md"), path);
        QVERIFY2(problem.startsWith(QStringLiteral("cannot write")), qPrintable(problem));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!exporter()->busy());
    }

    void badRequestsAreRefusedUpFront()
    {
        QVERIFY(
            !exporter()
                 ->exportTo(QStringLiteral("docx"), QUrl::fromLocalFile(m_out.filePath(QStringLiteral("x"))))
                 .isEmpty());
        QVERIFY(!exporter()
                     ->exportTo(QStringLiteral("md"), QUrl(QStringLiteral("https://example.invalid/x.md")))
                     .isEmpty());
        QVERIFY(!exporter()->busy());
    }

    void aSuggestedNameSaysWhenAndWhat()
    {
        const QString name = exporter()->suggestedFileName(QStringLiteral("pdf"));
        QVERIFY2(
            name.endsWith(QStringLiteral("-image-resizer-returning-5xx-for-large-uploads-retrospective.pdf")),
            qPrintable(name));
        QVERIFY2(QDate::fromString(name.left(10), Qt::ISODate).isValid(), qPrintable(name));
        QVERIFY(exporter()->defaultFolder().isLocalFile());
    }
};

QTEST_MAIN(TestIncidentExporter)
#include "tst_incidentexporter.moc"

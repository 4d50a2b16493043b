// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON export against its documented schema (docs/schemas/muster-incident-1.schema.json),
// checked by an independent validator (Debian's python3-jsonschema, Draft 2020-12), and what a
// reader of the retrospective part finds in it.
#include "integrations/export/incidentjson.h"
#include "samplerecord.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {
const char *kValidator = R"(
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
errors = sorted(Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))),
                key=lambda e: list(e.path))
for e in errors:
    print("/".join(str(p) for p in e.path) + ": " + e.message)
sys.exit(1 if errors else 0)
)";
} // namespace

class TestIncidentJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The validator's complaints, one a line; empty when the document follows the schema.
    QString schemaProblems(const QJsonObject &document)
    {
        const QString path = m_dir.filePath(QStringLiteral("export.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1").arg(path);
        file.write(QJsonDocument(document).toJson());
        file.close();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(kValidator),
                      qEnvironmentVariable("MUSTER_SOURCE_DIR")
                          + QStringLiteral("/docs/schemas/muster-incident-1.schema.json"),
                      path});
        if (!python.waitForFinished(60'000))
            return QStringLiteral("the validator did not finish");
        const QString out = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
        if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
            return out.isEmpty() ? QStringLiteral("the validator failed") : out;
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theExportFollowsItsSchema()
    {
        const testing::SampleRecord sample;
        const QJsonObject document = exportJson(sample.record());
        const QString problems = schemaProblems(document);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void aDocumentOffTheSchemaIsCaught_data()
    {
        QTest::addColumn<QString>("path"); // "a/b": the member to break
        QTest::addColumn<QJsonValue>("value"); // undefined: remove it
        QTest::newRow("no retrospective")
            << QStringLiteral("retrospective") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("severity 5") << QStringLiteral("incident/severity") << QJsonValue(5);
        QTest::newRow("local time") << QStringLiteral("exportedAt")
                                    << QJsonValue(QStringLiteral("2026-11-26 15:00"));
        QTest::newRow("log chain head not hex")
            << QStringLiteral("logChain/head") << QJsonValue(QStringLiteral("not a hash"));
        QTest::newRow("unknown review state")
            << QStringLiteral("retrospective/reviewState") << QJsonValue(QStringLiteral("final"));
    }

    void aDocumentOffTheSchemaIsCaught()
    {
        // The validator is real: a broken document fails it, so a pass above means something.
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const testing::SampleRecord sample;
        QJsonObject document = exportJson(sample.record());
        const QStringList keys = path.split(u'/');
        if (keys.size() == 1) {
            if (value.isUndefined())
                document.remove(keys.at(0));
            else
                document.insert(keys.at(0), value);
        } else {
            QJsonObject inner = document.value(keys.at(0)).toObject();
            inner.insert(keys.at(1), value);
            document.insert(keys.at(0), inner);
        }
        QVERIFY(!schemaProblems(document).isEmpty());
    }

    void theRetrospectiveReadsAsWritten()
    {
        const testing::SampleRecord sample;
        const QJsonObject document = exportJson(sample.record());
        QCOMPARE(document.value(QStringLiteral("workspace")).toString(), QStringLiteral("payments"));
        QCOMPARE(document.value(QStringLiteral("exportedAt")).toString(),
                 QStringLiteral("2026-11-26T15:00:00.000Z"));
        const QJsonObject retro = document.value(QStringLiteral("retrospective")).toObject();
        QCOMPARE(retro.value(QStringLiteral("reviewState")).toString(), QStringLiteral("draft"));
        QCOMPARE(retro.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("A deploy removed an index.\nCheckout timed out in the EU."));
        QCOMPARE(retro.value(QStringLiteral("lucky")).toString(), QString());
        // Impact from 09:02 (impact started) to mitigation.
        const QJsonObject milestones = document.value(QStringLiteral("incident"))
                                           .toObject()
                                           .value(QStringLiteral("milestones"))
                                           .toObject();
        const qint64 mitigated
            = QDateTime::fromString(milestones.value(QStringLiteral("mitigated")).toString(),
                                    Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        QCOMPARE(retro.value(QStringLiteral("impactMinutes")).toInteger(),
                 (mitigated - testing::utcMs("2026-11-24T09:02:00Z")) / 60'000);
        const QJsonArray items = retro.value(QStringLiteral("actionItems")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(
            items.at(0).toObject().value(QStringLiteral("owner")).toObject().value(QStringLiteral("name")),
            QStringLiteral("Kenji Tanaka"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-12-04T17:00:00.000Z"));
        const QJsonObject jira = items.at(0).toObject().value(QStringLiteral("jira")).toObject();
        QCOMPARE(jira.value(QStringLiteral("key")).toString(), QStringLiteral("OPS-1423"));
        QCOMPARE(jira.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.atlassian.net/browse/OPS-1423"));
        QCOMPARE(jira.value(QStringLiteral("status")).toString(), QStringLiteral("In Progress"));
        QCOMPARE(jira.value(QStringLiteral("category")).toString(), QStringLiteral("indeterminate"));
        // The timeline: milestones (no log id) and chosen entries; the note is left out.
        QStringList texts;
        for (const QJsonValue &entry : retro.value(QStringLiteral("timeline")).toArray())
            texts << entry.toObject().value(QStringLiteral("text")).toString();
        QVERIFY(texts.contains(QStringLiteral("Impact started")));
        QVERIFY(texts.contains(QStringLiteral("Rollback started at 09:19")));
        QVERIFY(!texts.contains(QStringLiteral("Rollback started")));
        QVERIFY(!texts.contains(QStringLiteral("Error rate is 38% in eu-west-1")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentJson)
#include "tst_incidentjson.moc"

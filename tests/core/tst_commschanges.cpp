// SPDX-License-Identifier: GPL-3.0-or-later
// Distribution lists and communication settings as ops: what an edit writes, how concurrent
// edits of different attributes keep both, templates back to the bundled ones, and values that
// no peer may send.
#include "core/commschanges.h"
#include "core/fields.h"
#include "core/workspacestate.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace muster;

namespace {
constexpr qint64 kNow = 1'795'000'000'000;
const QString kList = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1X1S");

struct Replica
{
    QString replica = QStringLiteral("a000000000000001");
    WorkspaceState state;
    qint64 counter = 0;
    QList<Operation> ops;
    void apply(const QList<Change> &changes)
    {
        for (const Change &c : changes) {
            const Operation op {{replica, ++counter},
                                {kNow + counter, 0},
                                QString(),
                                QStringLiteral("ws"),
                                c.kind,
                                c.entity,
                                c.field,
                                c.value};
            QVERIFY2(validateOperation(op).isEmpty(), qPrintable(validateOperation(op)));
            QVERIFY(state.apply(op) == WorkspaceState::Applied::Changed);
            ops << op;
        }
    }
};

DistributionList execs()
{
    return {kList,
            QStringLiteral("Exec team"),
            AudienceType::Executives,
            {QStringLiteral("execs@example.com"), QStringLiteral(" Priya Raman <priya@example.com> ")},
            {},
            QStringLiteral("Europe/Berlin"),
            false};
}
} // namespace

class TestCommsChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aListIsCreatedAndEditedAttributeByAttribute()
    {
        Replica r;
        const QList<Change> created = changes::saveDistributionList({}, execs());
        QCOMPARE(created.size(), 5); // every attribute but "archived", which starts false
        r.apply(created);
        DistributionList stored = r.state.lists().value(kList);
        QCOMPARE(stored.name, QStringLiteral("Exec team"));
        QCOMPARE(stored.to.at(1), QStringLiteral("Priya Raman <priya@example.com>")); // trimmed
        QCOMPARE(stored.timeZone, QStringLiteral("Europe/Berlin"));
        QVERIFY(changes::saveDistributionList(stored, stored).isEmpty());
        DistributionList edited = stored;
        edited.cc = {QStringLiteral("cfo@example.com")};
        edited.archived = true;
        const QList<Change> edit = changes::saveDistributionList(stored, edited);
        QCOMPARE(edit.size(), 2);
        r.apply(edit);
        QCOMPARE(r.state.lists().value(kList).cc, QStringList {QStringLiteral("cfo@example.com")});
        QVERIFY(r.state.lists().value(kList).archived);
    }

    void concurrentEditsOfDifferentAttributesKeepBoth()
    {
        Replica a, b;
        b.replica = QStringLiteral("b000000000000002");
        a.apply(changes::saveDistributionList({}, execs()));
        for (const Operation &op : std::as_const(a.ops))
            b.state.apply(op);
        b.counter = a.counter; // b's clock has seen a's writes
        DistributionList renamed = a.state.lists().value(kList);
        renamed.name = QStringLiteral("Leadership");
        DistributionList widened = b.state.lists().value(kList);
        widened.cc = {QStringLiteral("cfo@example.com")};
        a.apply(changes::saveDistributionList(a.state.lists().value(kList), renamed));
        b.apply(changes::saveDistributionList(b.state.lists().value(kList), widened));
        for (const Operation &op : std::as_const(b.ops))
            a.state.apply(op);
        for (const Operation &op : std::as_const(a.ops))
            b.state.apply(op);
        QCOMPARE(a.state.lists().value(kList).name, QStringLiteral("Leadership"));
        QCOMPARE(a.state.lists().value(kList).cc, QStringList {QStringLiteral("cfo@example.com")});
        QCOMPARE(a.state.stateHash(), b.state.stateHash());
    }

    void cadenceAndTemplatesAreSettings()
    {
        Replica r;
        r.apply(changes::setCadenceInterval(r.state.comms(), Severity::Sev2, 15));
        r.apply(changes::setLongIncidentCadence(r.state.comms(), 180, 90));
        QCOMPARE(r.state.comms().intervalMinutes.value(Severity::Sev2), 15);
        QCOMPARE(r.state.comms().longIncidentAfterMinutes, 180);
        QVERIFY(changes::setCadenceInterval(r.state.comms(), Severity::Sev2, 15).isEmpty());
        const TemplateText text {QStringLiteral("[{{severity}}] {{title}}"),
                                 QStringLiteral("Hello.\nNext update: {{next_update}}")};
        r.apply(changes::saveTemplate(r.state.comms(), AudienceType::Support, UpdateStage::Update, text));
        QCOMPARE(r.state.comms().templates.value({AudienceType::Support, UpdateStage::Update}), text);
        QVERIFY(changes::saveTemplate(r.state.comms(), AudienceType::Support, UpdateStage::Update, text)
                    .isEmpty());
        r.apply(
            changes::saveTemplate(r.state.comms(), AudienceType::Support, UpdateStage::Update, std::nullopt));
        QVERIFY(r.state.comms().templates.isEmpty()); // back to the bundled template
        QVERIFY(
            changes::saveTemplate(r.state.comms(), AudienceType::Support, UpdateStage::Update, std::nullopt)
                .isEmpty());
    }

    void valuesNoPeerMaySend_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QCborValue>("value");
        const QString list = listEntity(kList);
        QTest::newRow("empty name") << list << listfield::name << QCborValue(QStringLiteral(" "));
        QTest::newRow("unknown audience")
            << list << listfield::audience << QCborValue(QStringLiteral("press"));
        QTest::newRow("address with a line break")
            << list << listfield::to
            << QCborValue(QCborArray {QStringLiteral("a@example.com\nBcc: b@example.com")});
        QTest::newRow("recipients not a list")
            << list << listfield::cc << QCborValue(QStringLiteral("a@example.com"));
        QTest::newRow("zone with spaces")
            << list << listfield::zone << QCborValue(QStringLiteral("Central European"));
        QTest::newRow("zone escaping")
            << list << listfield::zone << QCborValue(QStringLiteral("../../etc/passwd"));
        QTest::newRow("unknown list field")
            << list << QStringLiteral("owner") << QCborValue(QStringLiteral("x"));
        QTest::newRow("negative interval") << commsEntity() << cadenceField(Severity::Sev1) << QCborValue(-1);
        QTest::newRow("interval over a week")
            << commsEntity() << cadenceField(Severity::Sev1) << QCborValue(10081);
        QTest::newRow("long after 0") << commsEntity() << kLongAfterField << QCborValue(0);
        QTest::newRow("template without body")
            << commsEntity() << templateField(AudienceType::Customers, UpdateStage::Initial)
            << QCborValue(QCborMap {{QStringLiteral("subject"), QStringLiteral("Hi")}});
        QTest::newRow("template subject with a line break")
            << commsEntity() << templateField(AudienceType::Customers, UpdateStage::Initial)
            << QCborValue(QCborMap {{QStringLiteral("subject"), QStringLiteral("Hi\nBcc: x")},
                                    {QStringLiteral("body"), QStringLiteral("Body")}});
        QTest::newRow("template of an unknown stage")
            << commsEntity() << QStringLiteral("template.customers.final") << QCborValue(nullptr);
        QTest::newRow("a second settings entity") << QStringLiteral("comms:01JD5Q7X9T4M2K8R3N6P0W1X1S")
                                                  << cadenceField(Severity::Sev1) << QCborValue(20);
    }

    void valuesNoPeerMaySend()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QCborValue, value);
        QVERIFY(!validateChange({OpKind::Set, entity, field, value}).isEmpty());
        QVERIFY(!validateChange({OpKind::Append, listEntity(kList), fields::log, QCborMap {}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommsChanges)
#include "tst_commschanges.moc"

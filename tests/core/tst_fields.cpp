// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fields.h"
#include "core/ids.h"
#include "core/incident.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace muster;

class TestFields : public QObject
{
    Q_OBJECT

    const QString incident = incidentEntity(newEntityId(1'700'000'000'000));
    const QString person = newEntityId(1'700'000'000'000);

private Q_SLOTS:
    void validChanges_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QCborValue>("value");
        QTest::newRow("title") << fields::title << QCborValue(QStringLiteral("Checkout 502s"));
        QTest::newRow("title unicode")
            << fields::title << QCborValue(QStringLiteral("Zahlung 💳 fällt aus — 東京"));
        QTest::newRow("sql in title")
            << fields::title << QCborValue(QStringLiteral("'); DROP TABLE ops; --"));
        QTest::newRow("severity") << fields::severity << QCborValue(1);
        QTest::newRow("state") << fields::state << QCborValue(QStringLiteral("mitigated"));
        QTest::newRow("drill") << fields::drill << QCborValue(true);
        QTest::newRow("services") << fields::services << QCborValue(QCborArray {QStringLiteral("api")});
        QTest::newRow("milestone") << milestoneField(Milestone::Mitigated)
                                   << QCborValue(qint64(1'700'000'000'000));
        QTest::newRow("milestone cleared") << milestoneField(Milestone::Mitigated) << QCborValue(nullptr);
        QTest::newRow("role") << roleField(Role::Scribe) << QCborValue(person);
        QTest::newRow("role unassigned") << roleField(Role::Scribe) << QCborValue(QString());
        QTest::newRow("sme") << smeField(person) << QCborValue(true);
        QTest::newRow("linked alert")
            << alertField(QStringLiteral("6a4f37c34a2d1e4b"))
            << QCborValue(QCborMap {{QStringLiteral("name"), QStringLiteral("HighLatency")},
                                    {QStringLiteral("service"), QString()},
                                    {QStringLiteral("source"), QStringLiteral("http://am:9093")}});
        QTest::newRow("alert unlinked") << alertField(QStringLiteral("6a4f")) << QCborValue(nullptr);
        QTest::newRow("handoff offered")
            << handoffField(Role::IncidentCommander)
            << QCborValue(
                   HandoffOffer {person, person, {QStringLiteral("stable\nfalling"), {}, {}, {}, {}}, 1}
                       .toCbor());
        QTest::newRow("handoff settled") << handoffField(Role::CommunicationsLead) << QCborValue(nullptr);
        QTest::newRow("next IC") << nextHolderField(Role::IncidentCommander) << QCborValue(person);
        QTest::newRow("no next IC") << nextHolderField(Role::IncidentCommander) << QCborValue(QString());
        QTest::newRow("linked alert resolved")
            << alertField(QStringLiteral("6a4f"))
            << QCborValue(QCborMap {{QStringLiteral("name"), QStringLiteral("HighLatency")},
                                    {QStringLiteral("service"), QString()},
                                    {QStringLiteral("source"), QStringLiteral("http://am:9093")},
                                    {QStringLiteral("resolvedAt"), qint64(1'700'000'000'000)}});
        QTest::newRow("summary multiline")
            << fields::summary << QCborValue(QStringLiteral("line 1\nline 2\ttab"));
        QTest::newRow("bridge, Meet")
            << fields::bridge << QCborValue(QStringLiteral("https://meet.google.com/abc-defg-hij"));
        QTest::newRow("bridge, Zoom with a passcode")
            << fields::bridge
            << QCborValue(QStringLiteral("https://example.zoom.us/j/91234567890?pwd=AbC123"));
        QTest::newRow("bridge, dial-in") << fields::bridge << QCborValue(QStringLiteral("tel:+493012345678"));
        QTest::newRow("bridge removed") << fields::bridge << QCborValue(QString());
    }
    void validChanges()
    {
        QFETCH(QString, field);
        QFETCH(QCborValue, value);
        QCOMPARE(validateChange({OpKind::Set, incident, field, value}), QString());
    }

    void invalidChanges_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QCborValue>("value");
        QTest::newRow("empty title") << fields::title << QCborValue(QStringLiteral("   "));
        QTest::newRow("title too long") << fields::title << QCborValue(QString(201, u'x'));
        QTest::newRow("title newline") << fields::title << QCborValue(QStringLiteral("a\nb"));
        QTest::newRow("nul in summary")
            << fields::summary << QCborValue(QStringLiteral("a") + QChar(0) + u'b');
        QTest::newRow("severity 0") << fields::severity << QCborValue(0);
        QTest::newRow("severity 5") << fields::severity << QCborValue(5);
        QTest::newRow("severity text") << fields::severity << QCborValue(QStringLiteral("1"));
        QTest::newRow("unknown state") << fields::state << QCborValue(QStringLiteral("panicking"));
        QTest::newRow("unknown field") << QStringLiteral("colour") << QCborValue(1);
        QTest::newRow("role not a person") << roleField(Role::Scribe) << QCborValue(QStringLiteral("bob"));
        QTest::newRow("negative milestone") << milestoneField(Milestone::Detected) << QCborValue(-5);
        QTest::newRow("unknown role") << QStringLiteral("role.king") << QCborValue(person);
        QTest::newRow("alert without name")
            << alertField(QStringLiteral("6a4f"))
            << QCborValue(QCborMap {{QStringLiteral("service"), QStringLiteral("api")}});
        QTest::newRow("alert resolved at text")
            << alertField(QStringLiteral("6a4f"))
            << QCborValue(QCborMap {{QStringLiteral("name"), QStringLiteral("HighLatency")},
                                    {QStringLiteral("service"), QString()},
                                    {QStringLiteral("source"), QString()},
                                    {QStringLiteral("resolvedAt"), QStringLiteral("yesterday")}});
        QTest::newRow("handoff without situation")
            << handoffField(Role::IncidentCommander)
            << QCborValue(HandoffOffer {person, person, {}, 1}.toCbor());
        QTest::newRow("handoff to nobody")
            << handoffField(Role::IncidentCommander)
            << QCborValue(
                   HandoffOffer {person, QString(), {QStringLiteral("x"), {}, {}, {}, {}}, 1}.toCbor());
        QTest::newRow("handoff without time")
            << handoffField(Role::IncidentCommander)
            << QCborValue(HandoffOffer {person, person, {QStringLiteral("x"), {}, {}, {}, {}}, 0}.toCbor());
        QTest::newRow("handoff of a made-up role") << QStringLiteral("handoff.king") << QCborValue(nullptr);
        QTest::newRow("next IC not a person") << nextHolderField(Role::IncidentCommander) << QCborValue(42);
        QTest::newRow("alert as text")
            << alertField(QStringLiteral("6a4f")) << QCborValue(QStringLiteral("x"));
        QTest::newRow("alert fingerprint with a dot") << QStringLiteral("alert.6a.4f") << QCborValue(nullptr);
        QTest::newRow("alert fingerprint too long") << alertField(QString(65, u'a')) << QCborValue(nullptr);
        QTest::newRow("alert name two lines")
            << alertField(QStringLiteral("6a4f"))
            << QCborValue(QCborMap {{QStringLiteral("name"), QStringLiteral("a\nb")},
                                    {QStringLiteral("service"), QString()},
                                    {QStringLiteral("source"), QString()}});
        QTest::newRow("bridge, script")
            << fields::bridge << QCborValue(QStringLiteral("javascript:alert(1)"));
        QTest::newRow("bridge, local file")
            << fields::bridge << QCborValue(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("bridge, no scheme")
            << fields::bridge << QCborValue(QStringLiteral("meet.example.com/x"));
        QTest::newRow("bridge, no host") << fields::bridge << QCborValue(QStringLiteral("https:///x"));
        QTest::newRow("bridge, spaces")
            << fields::bridge << QCborValue(QStringLiteral("https://meet.example.com/a b"));
        QTest::newRow("bridge, not text") << fields::bridge << QCborValue(42);
        QTest::newRow("bridge too long")
            << fields::bridge << QCborValue(QStringLiteral("https://x.example/") + QString(2000, u'a'));
        QTest::newRow("runbook without steps")
            << QStringLiteral("role.king")
            << QCborValue(QCborMap {{QStringLiteral("title"), QStringLiteral("x")}});
    }
    void invalidChanges()
    {
        QFETCH(QString, field);
        QFETCH(QCborValue, value);
        QVERIFY(!validateChange({OpKind::Set, incident, field, value}).isEmpty());
    }

    void aBridgeLinkIsShownWithoutItsScheme()
    {
        QCOMPARE(bridgeLabelOf(QStringLiteral("https://www.meet.example.com/abc-defg-hij?hs=1")),
                 QStringLiteral("meet.example.com/abc-defg-hij"));
        QCOMPARE(bridgeLabelOf(QStringLiteral("https://jitsi.example.org/")),
                 QStringLiteral("jitsi.example.org"));
        QCOMPARE(bridgeLabelOf(QStringLiteral("tel:+493012345678")), QStringLiteral("+493012345678"));
        QCOMPARE(bridgeLabelOf(QString()), QString());
        QVERIFY(
            validateBridgeLink(QStringLiteral("javascript:alert(1)")).contains(QStringLiteral("https://")));
    }

    void logEntries()
    {
        auto entry = [](const QString &kind, const QString &text) {
            return QCborMap {{QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}};
        };
        QCOMPARE(validateChange({OpKind::Append, incident, fields::log,
                                 entry(QStringLiteral("decision"), QStringLiteral("Roll back"))}),
                 QString());
        QVERIFY(!validateChange({OpKind::Append, incident, fields::log,
                                 entry(QStringLiteral("gossip"), QStringLiteral("x"))})
                     .isEmpty());
        QVERIFY(
            !validateChange({OpKind::Append, incident, fields::log, entry(QStringLiteral("note"), QString())})
                 .isEmpty());
        QVERIFY(!validateChange({OpKind::Append, incident, QStringLiteral("chat"),
                                 entry(QStringLiteral("note"), QStringLiteral("x"))})
                     .isEmpty());
        QVERIFY(!validateChange({OpKind::Append, personEntity(person), fields::log,
                                 entry(QStringLiteral("note"), QStringLiteral("x"))})
                     .isEmpty());
    }

    // A key named twice would let two decoders read two texts for one entry.
    void mapsThatNameAKeyTwiceAreRefusedAtAnyDepth()
    {
        // QCborMap keeps what it parsed: "text" twice, as a peer could send it.
        const QByteArray twice = QByteArray::fromHex("a3") + QCborValue(QStringLiteral("kind")).toCbor()
            + QCborValue(QStringLiteral("note")).toCbor() + QCborValue(QStringLiteral("text")).toCbor()
            + QCborValue(QStringLiteral("what happened")).toCbor()
            + QCborValue(QStringLiteral("text")).toCbor()
            + QCborValue(QStringLiteral("what someone wants read")).toCbor();
        const QCborValue entry = QCborValue::fromCbor(twice);
        QCOMPARE(entry.toMap().size(), 3);
        const QString problem = validateChange({OpKind::Append, incident, fields::log, entry});
        QVERIFY2(problem.contains(QStringLiteral("text")), qPrintable(problem));
        const QByteArray nested = QByteArray::fromHex("a2") + QCborValue(QStringLiteral("kind")).toCbor()
            + QCborValue(QStringLiteral("note")).toCbor() + QCborValue(QStringLiteral("extra")).toCbor()
            + QByteArray::fromHex("81") + twice;
        QVERIFY(
            !validateChange({OpKind::Append, incident, fields::log, QCborValue::fromCbor(nested)}).isEmpty());
    }

    void entities()
    {
        QVERIFY(EntityRef::parse(incident));
        QVERIFY(!EntityRef::parse(QStringLiteral("incident:nope")));
        QVERIFY(!EntityRef::parse(QStringLiteral("planet:") + person));
        QVERIFY(!validateChange({OpKind::Set, QStringLiteral("garbage"), fields::title, QStringLiteral("x")})
                     .isEmpty());
    }

    void parameterisedFieldsRoundTrip()
    {
        QCOMPARE(roleOfField(roleField(Role::CommunicationsLead)), Role::CommunicationsLead);
        QCOMPARE(milestoneOfField(milestoneField(Milestone::ImpactStarted)), Milestone::ImpactStarted);
        QCOMPARE(smeOfField(smeField(person)), person);
        const auto step = stepOfField(stepField(person, 12));
        QVERIFY(step);
        QCOMPARE(step->first, person);
        QCOMPARE(step->second, 12);
        QVERIFY(!stepOfField(QStringLiteral("step.") + person + QStringLiteral(".-1")));
        QVERIFY(!stepOfField(QStringLiteral("step.") + person + QStringLiteral(".999")));
    }

    void ids()
    {
        const QString a = newEntityId(1'700'000'000'000);
        const QString b = newEntityId(1'700'000'000'001);
        QVERIFY(isValidEntityId(a));
        QVERIFY(a < b); // time-ordered
        QVERIFY(isValidReplicaId(newReplicaId()));
        QVERIFY(isValidWorkspaceName(QStringLiteral("payments-team")));
        QVERIFY(!isValidWorkspaceName(QStringLiteral("../etc")));
        QVERIFY(!isValidWorkspaceName(QStringLiteral(".hidden")));
        QVERIFY(!isValidWorkspaceName(QString()));
    }
};

QTEST_GUILESS_MAIN(TestFields)
#include "tst_fields.moc"

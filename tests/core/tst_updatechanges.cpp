// SPDX-License-Identifier: GPL-3.0-or-later
// Marking a stakeholder update as sent: the incident keeps what went to whom, the log has the
// full text, the latest one is what the cadence counts from, a retry writes nothing, and a
// malformed update from anywhere is refused.
#include "core/changes.h"
#include "core/fields.h"
#include "core/updatechanges.h"
#include "core/workspacestate.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace muster;

namespace {
constexpr qint64 kNow = 1'795'000'000'000;
const QString kIncident = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1ABC");
const QString kZoe = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1Z0E");

struct Replica
{
    WorkspaceState state;
    qint64 counter = 0;
    void apply(const QList<Change> &changes)
    {
        for (const Change &c : changes) {
            const Operation op {{QStringLiteral("a000000000000001"), ++counter},
                                {kNow + counter, 0},
                                kZoe,
                                QStringLiteral("ws"),
                                c.kind,
                                c.entity,
                                c.field,
                                c.value};
            QVERIFY2(validateOperation(op).isEmpty(), qPrintable(validateOperation(op)));
            QVERIFY(state.apply(op) == WorkspaceState::Applied::Changed);
        }
    }
    const Incident &incident() const { return state.incidents().find(kIncident).value(); }
};

SentUpdate update(const QString &id, qint64 at)
{
    return {id,
            QStringLiteral("Exec team"),
            AudienceType::Executives,
            UpdateStage::Initial,
            {QStringLiteral("execs@example.com"), QStringLiteral("Priya Raman <priya@example.com>")},
            {QStringLiteral("support-leads@example.com")},
            QStringLiteral("[SEV1] Incident declared: Checkout failing"),
            QStringLiteral("Hello,\n\nCheckout fails for EU customers.\n\nNext update: 10:40 CET.\n"),
            at,
            kZoe};
}
} // namespace

class TestUpdateChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSentUpdateIsKeptAndLoggedInFull()
    {
        Replica r;
        Declaration d;
        d.title = QStringLiteral("Checkout failing");
        d.commanderId = kZoe;
        d.commanderName = QStringLiteral("Zoë Müller");
        r.apply(changes::declareIncident(kIncident, d, kNow));
        QCOMPARE(r.incident().lastUpdateSentMs(), 0);

        const SentUpdate first = update(QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1SN1"), kNow + 60'000);
        r.apply(changes::recordSentUpdate(r.incident(), first));
        QCOMPARE(r.incident().updates.value(first.id), first);
        QCOMPARE(r.incident().lastUpdateSentMs(), kNow + 60'000);
        const LogEntry logged = r.state.log(kIncident).constLast();
        QCOMPARE(logged.kind, LogKind::Action);
        // The log keeps the text as sent, trimmed like every entry.
        QCOMPARE(logged.text, changes::sentUpdateLogText(first).trimmed());
        QVERIFY(logged.text.startsWith(QStringLiteral(
            "Stakeholder update sent to Exec team: [SEV1] Incident declared: Checkout failing\n"
            "Initial notice · Executives · To: execs@example.com, Priya Raman <priya@example.com>\n"
            "Cc: support-leads@example.com\n\nHello,\n\nCheckout fails for EU customers.")));
        QVERIFY(logged.text.endsWith(QStringLiteral("Next update: 10:40 CET.")));
        // A retry of the same update writes nothing; the next one moves the cadence on.
        QVERIFY(changes::recordSentUpdate(r.incident(), first).isEmpty());
        SentUpdate second = update(QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1SN2"), kNow + 21 * 60'000);
        second.stage = UpdateStage::Update;
        r.apply(changes::recordSentUpdate(r.incident(), second));
        QCOMPARE(r.incident().updates.size(), 2);
        QCOMPARE(r.incident().lastUpdateSentMs(), kNow + 21 * 60'000);
    }

    void anUpdateIsApprovedOrReturnedAndSendingClearsIt()
    {
        Replica r;
        Declaration d;
        d.title = QStringLiteral("Checkout failing");
        d.commanderId = kZoe;
        d.commanderName = QStringLiteral("Zoë Müller");
        r.apply(changes::declareIncident(kIncident, d, kNow));
        const QString ic = QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W11C0");
        UpdateApproval request;
        request.list = QStringLiteral("Customers");
        request.audience = AudienceType::Customers;
        request.subject = QStringLiteral("We are looking into a problem");
        request.body = QStringLiteral("Since 09:02 some of you could not pay.\nNext update by 10:00.");
        request.requestedBy = kZoe;
        request.requestedAtMs = kNow + 1;
        // Nothing to decide before anyone asks.
        QVERIFY(changes::approveUpdate(r.incident(), ic, QStringLiteral("Priya"), kNow).isEmpty());
        r.apply(changes::requestApproval(r.incident(), request, QStringLiteral("Zoë Müller")));
        QCOMPARE(r.incident().approval->state, UpdateApproval::State::Requested);
        QCOMPARE(r.state.log(kIncident).constLast().text,
                 QStringLiteral(
                     "Zoë Müller asked the Incident Commander to approve the update to Customers: We are "
                     "looking into a problem"));
        r.apply(changes::returnUpdate(r.incident(), ic, QStringLiteral("Priya"),
                                      QStringLiteral(" Say it was EU only. "), kNow + 2));
        QCOMPARE(r.incident().approval->state, UpdateApproval::State::Returned);
        QCOMPARE(r.incident().approval->comment, QStringLiteral("Say it was EU only."));
        QCOMPARE(r.state.log(kIncident).constLast().kind, LogKind::Decision);
        QCOMPARE(r.state.log(kIncident).constLast().text,
                 QStringLiteral("Priya returned the update to Customers: Say it was EU only."));
        // A returned update is not decided again; asked again, it is approved.
        QVERIFY(changes::approveUpdate(r.incident(), ic, QStringLiteral("Priya"), kNow).isEmpty());
        request.subject = QStringLiteral("We are looking into a problem in the EU");
        r.apply(changes::requestApproval(r.incident(), request, QStringLiteral("Zoë Müller")));
        r.apply(changes::approveUpdate(r.incident(), ic, QStringLiteral("Priya"), kNow + 3));
        QCOMPARE(r.incident().approval->state, UpdateApproval::State::Approved);
        QCOMPARE(r.incident().approval->decidedBy, ic);
        // Sent: nothing waits any more.
        r.apply(changes::recordSentUpdate(r.incident(),
                                          update(QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1SN3"), kNow + 4)));
        QVERIFY(!r.incident().approval.has_value());
    }

    void aVeryLongRecipientListIsCountedInTheLog()
    {
        SentUpdate u = update(QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1SN1"), kNow);
        u.to.clear();
        for (int i = 0; i < 100; ++i)
            u.to << QStringLiteral("someone.with.a.rather.long.address.%1@departments.example.com").arg(i);
        u.body = QString(15'000, u'x');
        const QString text = changes::sentUpdateLogText(u);
        QVERIFY(text.size() <= limits::longTextChars);
        QVERIFY(text.contains(QStringLiteral("To 100 and Cc 1 recipients")));
        QVERIFY(text.endsWith(u.body));
    }

    void malformedUpdatesAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QCborValue>("value");
        QTest::newRow("unknown audience")
            << QStringLiteral("audience") << QCborValue(QStringLiteral("press"));
        QTest::newRow("unknown stage") << QStringLiteral("stage") << QCborValue(QStringLiteral("final"));
        QTest::newRow("no recipient") << QStringLiteral("to") << QCborValue(QCborArray());
        QTest::newRow("recipient with a line break")
            << QStringLiteral("to")
            << QCborValue(QCborArray {QStringLiteral("a@example.com\nBcc: x@example.com")});
        QTest::newRow("subject with a line break")
            << QStringLiteral("subject") << QCborValue(QStringLiteral("Update\nBcc: x@example.com"));
        QTest::newRow("empty subject") << QStringLiteral("subject") << QCborValue(QStringLiteral(" "));
        QTest::newRow("body too long") << QStringLiteral("body") << QCborValue(QString(16'001, u'x'));
        QTest::newRow("no time") << QStringLiteral("at") << QCborValue(0);
        QTest::newRow("sender not a person") << QStringLiteral("by") << QCborValue(QStringLiteral("zoe"));
    }

    void malformedUpdatesAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QCborValue, value);
        QCborMap map = update(QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1SN1"), kNow).toCbor();
        map.insert(key, value);
        const Change change {OpKind::Set, incidentEntity(kIncident),
                             updateField(QStringLiteral("01JD5Q7X9T4M2K8R3N6P0W1SN1")), QCborValue(map)};
        QVERIFY(!validateChange(change).isEmpty());
        QVERIFY(!validateChange({OpKind::Set, incidentEntity(kIncident), QStringLiteral("update.not-an-id"),
                                 QCborValue(update(QStringLiteral("x"), kNow).toCbor())})
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUpdateChanges)
#include "tst_updatechanges.moc"

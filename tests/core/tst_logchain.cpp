// SPDX-License-Identifier: GPL-3.0-or-later
// The log's hash chain. A retrospective rests on it: the bytes must be exactly what
// docs/protocol.md says (a client in another language computes the same links), and a changed,
// missing, repeated or reordered entry must be found at the first place it makes a difference.
#include "core/fields.h"
#include "core/logchain.h"

#include <QTest>

using namespace muster;

namespace {

ChainedEntry decision()
{
    return {QStringLiteral("01HV6Z8K3QJ4T7N2B5X9C0D1EF"),
            {QStringLiteral("9f3c2a61d04e8b17"), 12},
            117669888275972097ULL,
            QStringLiteral("01HV6Y2M7RKD9PW3S4A8G5TNQB"),
            QStringLiteral("decision"),
            QStringLiteral("Fail over to the replica in eu-west-1"),
            {}};
}

ChainedEntry correction()
{
    return {QStringLiteral("01HV6Z8K3QJ4T7N2B5X9C0D1EF"),
            {QStringLiteral("c41d7e0a9b2f6358"), 7},
            117669888340000000ULL,
            QStringLiteral("01HV6Y9B4D2C7XKQ5M8NRT3AWE"),
            QStringLiteral("note"),
            QStringLiteral("Écrit à 03:12 — réplica prête ✅"),
            QStringLiteral("9f3c2a61d04e8b17:12")};
}

QList<std::pair<ChainedEntry, ChainLink>> chained(const QList<ChainedEntry> &entries)
{
    QList<std::pair<ChainedEntry, ChainLink>> out;
    ChainLink head;
    for (const ChainedEntry &entry : entries) {
        head = logchain::next(head, entry);
        out.append({entry, head});
    }
    return out;
}

ChainedEntry numbered(int i)
{
    ChainedEntry e = decision();
    e.id.counter = 100 + i;
    e.text = QStringLiteral("step %1").arg(i);
    return e;
}

} // namespace

class TestLogChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The worked example of docs/protocol.md, computed there by hand (and here by a separate
    // Python script): canonical bytes and both links.
    void theDocumentedExampleGivesTheDocumentedBytes()
    {
        QCOMPARE(
            logchain::canonicalBytes(decision()).toHex(),
            QByteArray("8870396633633261363164303465386231370c1b01a20c23d3730001781a303148563659324d37524b"
                       "4439505733533441384735544e5142781a30314856365a384b33514a3454374e32423558394330443145"
                       "46686465636973696f6e78254661696c206f76657220746f20746865207265706c69636120696e206575"
                       "2d776573742d3160"));
        const ChainLink first = logchain::next({}, decision());
        QCOMPARE(first.position, 1);
        QCOMPARE(logchain::toHex(first.hash),
                 QStringLiteral("c6e8527542f64ecc99f90fb169b6664ca97c1c7009acd83d0f7507a8f27b60d8"));
        const ChainLink second = logchain::next(first, correction());
        QCOMPARE(second.position, 2);
        QCOMPARE(logchain::toHex(second.hash),
                 QStringLiteral("eb1d96caf2b1442723deadcf3372123b253463747e1665cec6edad43f3a786c3"));
    }

    void onlyLogAppendsAreEntries()
    {
        Operation op {
            {QStringLiteral("9f3c2a61d04e8b17"), 12},
            HlcTimestamp::fromPacked(117669888275972097ULL),
            QStringLiteral("01HV6Y2M7RKD9PW3S4A8G5TNQB"),
            QStringLiteral("default"),
            OpKind::Append,
            incidentEntity(QStringLiteral("01HV6Z8K3QJ4T7N2B5X9C0D1EF")),
            QStringLiteral("log"),
            QCborMap {{QStringLiteral("kind"), QStringLiteral("decision")},
                      {QStringLiteral("text"), QStringLiteral("Fail over to the replica in eu-west-1")}}};
        const auto entry = ChainedEntry::fromOperation(op);
        QVERIFY(entry);
        QCOMPARE(logchain::canonicalBytes(*entry), logchain::canonicalBytes(decision()));
        Operation title = op;
        title.kind = OpKind::Set;
        title.field = QStringLiteral("title");
        title.value = QStringLiteral("Checkout down");
        QVERIFY(!ChainedEntry::fromOperation(title));
        Operation person = op;
        person.entity = personEntity(QStringLiteral("01HV6Y2M7RKD9PW3S4A8G5TNQB"));
        QVERIFY(!ChainedEntry::fromOperation(person));
    }

    // Every field counts: changing any one of them changes the link.
    void everyFieldIsCovered()
    {
        const QByteArray original = logchain::next({}, decision()).hash;
        QList<ChainedEntry> changed(8, decision());
        changed[0].incidentId = QStringLiteral("01HV6Z8K3QJ4T7N2B5X9C0D1EG");
        changed[1].id.replica = QStringLiteral("9f3c2a61d04e8b18");
        changed[2].id.counter = 13;
        changed[3].hlc += 1;
        changed[4].author = QStringLiteral("01HV6Y2M7RKD9PW3S4A8G5TNQC");
        changed[5].kind = QStringLiteral("note");
        changed[6].text += u' ';
        changed[7].corrects = QStringLiteral("9f3c2a61d04e8b17:1");
        for (const ChainedEntry &entry : changed)
            QVERIFY(logchain::next({}, entry).hash != original);
        // Text boundaries cannot be moved: "ab" + "c" is not "a" + "bc".
        ChainedEntry a = decision(), b = decision();
        a.kind = QStringLiteral("note");
        a.text = QStringLiteral("xdecision");
        b.kind = QStringLiteral("notex");
        b.text = QStringLiteral("decision");
        QVERIFY(logchain::next({}, a).hash != logchain::next({}, b).hash);
    }

    void anIntactChainHolds()
    {
        QList<ChainedEntry> entries;
        for (int i = 1; i <= 50; ++i)
            entries.append(numbered(i));
        const auto verdict = logchain::verify(chained(entries));
        QCOMPARE(verdict.firstBad, 0);
        QCOMPARE(verdict.checked, 50);
        QCOMPARE(verdict.head, chained(entries).constLast().second);
        QVERIFY(verdict.problem.isEmpty());
        QCOMPARE(logchain::verify({}).firstBad, 0);
    }

    void aChangedEntryIsFoundWhereItIs()
    {
        QList<ChainedEntry> entries;
        for (int i = 1; i <= 10; ++i)
            entries.append(numbered(i));
        auto recorded = chained(entries);
        recorded[6].first.text = QStringLiteral("step 7 (edited afterwards)");
        const auto verdict = logchain::verify(recorded);
        QCOMPARE(verdict.firstBad, 7);
        QCOMPARE(verdict.checked, 6);
        QVERIFY(verdict.problem.contains(QStringLiteral("9f3c2a61d04e8b17:107")));
    }

    void aRewrittenHashIsFoundAtTheNextEntry()
    {
        // Someone edits entry 4 and stores its new link: entry 5 no longer follows from it.
        QList<ChainedEntry> entries;
        for (int i = 1; i <= 8; ++i)
            entries.append(numbered(i));
        auto recorded = chained(entries);
        recorded[3].first.text = QStringLiteral("rewritten");
        recorded[3].second = logchain::next(recorded[2].second, recorded[3].first);
        QCOMPARE(logchain::verify(recorded).firstBad, 5);
    }

    void missingRepeatedAndSwappedEntriesAreFound()
    {
        QList<ChainedEntry> entries;
        for (int i = 1; i <= 6; ++i)
            entries.append(numbered(i));
        auto missing = chained(entries);
        missing.removeAt(2);
        QCOMPARE(logchain::verify(missing).firstBad, 3);
        QVERIFY(logchain::verify(missing).problem.contains(QStringLiteral("missing")));
        auto repeated = chained(entries);
        repeated.insert(3, repeated.at(2));
        QCOMPARE(logchain::verify(repeated).firstBad, 4);
        auto swapped = chained(entries);
        std::swap(swapped[1].first, swapped[2].first);
        QCOMPARE(logchain::verify(swapped).firstBad, 2);
    }
};

QTEST_GUILESS_MAIN(TestLogChain)
#include "tst_logchain.moc"

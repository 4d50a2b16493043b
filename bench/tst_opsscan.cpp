// SPDX-License-Identifier: GPL-3.0-or-later
// The load generator trusts scanOps() to count deliveries; it must agree with the codec.
#include "opsscan.h"
#include "sync/protocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace muster;
using namespace muster::bench;

class TestOpsScan : public QObject
{
    Q_OBJECT

private:
    static Operation sampleOp(qint64 counter)
    {
        Operation op;
        op.id = {QStringLiteral("0123456789abcdef"), counter};
        op.hlc = {1'795'000'000'000, 0};
        op.actor = QStringLiteral("0000000000000000");
        op.workspace = QStringLiteral("bench");
        op.kind = OpKind::Append;
        op.entity = QStringLiteral("incident:x");
        op.field = QStringLiteral("log");
        op.value = QCborMap {{QStringLiteral("text"), QStringLiteral("checked the pool")}};
        return op;
    }
    static std::string_view view(const QByteArray &bytes)
    {
        return {bytes.constData(), size_t(bytes.size())};
    }

private slots:
    void readsTheEnvelopeTheRelaySends()
    {
        const QByteArray message
            = protocol::encodeOps(41, 300, true,
                                  {protocol::encodeOp(sampleOp(1)), protocol::encodeOp(sampleOp(2)),
                                   protocol::encodeOp(sampleOp(3))});
        OpsEnvelope envelope;
        QCOMPARE(scanOps(view(message), envelope), ScanResult::Ops);
        QCOMPARE(envelope.from, 41);
        QCOMPARE(envelope.head, 300);
        QCOMPARE(envelope.more, true);
        QCOMPARE(envelope.count, 3);
    }

    void skipsOpsThatAreNotLast()
    {
        // Another relay may order the keys differently: the ops must then be skipped correctly.
        const QCborMap map {{QStringLiteral("ops"), QCborArray {sampleOp(1).toCbor(), sampleOp(2).toCbor()}},
                            {QStringLiteral("type"), QStringLiteral("ops")},
                            {QStringLiteral("from"), 7},
                            {QStringLiteral("head"), 8},
                            {QStringLiteral("more"), false}};
        const QByteArray message = map.toCborValue().toCbor();
        OpsEnvelope envelope;
        QCOMPARE(scanOps(view(message), envelope), ScanResult::Ops);
        QCOMPARE(envelope.from, 7);
        QCOMPARE(envelope.head, 8);
        QCOMPARE(envelope.more, false);
        QCOMPARE(envelope.count, 2);
    }

    void readsTheEnvelopeOfOpsWithChainLinks()
    {
        // Log entries carry links after the ops: the envelope is whole before them.
        const ChainLink link {3, QByteArray(32, '\x5a')};
        const QByteArray message = protocol::encodeOps(
            9, 10, false, {protocol::encodeOp(sampleOp(1)), protocol::encodeOp(sampleOp(2))}, {{1, link}});
        OpsEnvelope envelope;
        QCOMPARE(scanOps(view(message), envelope), ScanResult::Ops);
        QCOMPARE(envelope.from, 9);
        QCOMPARE(envelope.head, 10);
        QCOMPARE(envelope.more, false);
        QCOMPARE(envelope.count, 2);
    }

    void readsAcksAsTheCodecWritesThem()
    {
        const ChainLink link {3, QByteArray(32, '\x5a')};
        for (const protocol::Ack &ack :
             {protocol::Ack {3, {10, 11}, {}}, protocol::Ack {4'000'000'000, {}, {}},
              protocol::Ack {5, {300'000, 300'001}, {{1, link}}}}) {
            AckEnvelope envelope;
            QCOMPARE(scanAck(view(protocol::encode(ack)), envelope), ScanResult::Ack);
            QCOMPARE(envelope.id, ack.id);
            QCOMPARE(QList<qint64>(envelope.seqs.begin(), envelope.seqs.end()), ack.seqs);
        }
    }

    void leavesOtherMessagesToTheCodec()
    {
        OpsEnvelope envelope;
        QCOMPARE(scanOps(view(protocol::encode(protocol::Ack {3, {10, 11}})), envelope), ScanResult::Other);
        QCOMPARE(scanOps(view(protocol::encode(protocol::Behind {12})), envelope), ScanResult::Other);
        AckEnvelope ack;
        QCOMPARE(scanAck(view(protocol::encode(protocol::Behind {12})), ack), ScanResult::Other);
        QCOMPARE(scanAck(view(protocol::encodeOps(1, 1, false, {protocol::encodeOp(sampleOp(1))})), ack),
                 ScanResult::Other);
    }

    void rejectsWhatIsNotAnAck()
    {
        AckEnvelope envelope;
        const QByteArray whole = protocol::encode(protocol::Ack {3, {10, 11}});
        QCOMPARE(scanAck(view(whole.left(whole.size() - 1)), envelope), ScanResult::Malformed); // cut
        const QByteArray noSeqs
            = QCborMap {{QStringLiteral("type"), QStringLiteral("ack")}, {QStringLiteral("id"), 1}}
                  .toCborValue()
                  .toCbor();
        QCOMPARE(scanAck(view(noSeqs), envelope), ScanResult::Malformed);
        const QByteArray textSeq = QCborMap {{QStringLiteral("type"), QStringLiteral("ack")},
                                             {QStringLiteral("id"), 1},
                                             {QStringLiteral("seqs"), QCborArray {QStringLiteral("1")}}}
                                       .toCborValue()
                                       .toCbor();
        QCOMPARE(scanAck(view(textSeq), envelope), ScanResult::Malformed);
    }

    void rejectsWhatIsNotAnOpsMap()
    {
        OpsEnvelope envelope;
        QCOMPARE(scanOps("", envelope), ScanResult::Malformed);
        QCOMPARE(scanOps("\x83\x01\x02\x03", envelope), ScanResult::Malformed); // an array
        const QByteArray whole = protocol::encodeOps(1, 1, false, {protocol::encodeOp(sampleOp(1))});
        QCOMPARE(scanOps(view(whole.left(12)), envelope), ScanResult::Malformed); // cut in the envelope
        const QByteArray noType = QCborMap {{QStringLiteral("from"), 1}}.toCborValue().toCbor();
        QCOMPARE(scanOps(view(noType), envelope), ScanResult::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestOpsScan)
#include "tst_opsscan.moc"

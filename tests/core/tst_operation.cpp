// SPDX-License-Identifier: GPL-3.0-or-later
// An op's bytes as the relay stores and fans them out: the direct encoder must write exactly
// what the QCborMap route writes, for every kind of value a client can send, and read back as
// the same op. The hand-written CBOR heads are checked against QCborValue at every boundary.
#include "core/cborbytes.h"
#include "core/operation.h"
#include "randomops.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>
#include <limits>

using namespace muster;

namespace {

Operation sampleOp(const QCborValue &value)
{
    Operation op;
    op.id = {QStringLiteral("a000000000000001"), 42};
    op.hlc = HlcTimestamp::fromPacked((quint64(1'700'000'000'000) << 16) | 7);
    op.actor = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");
    op.workspace = QStringLiteral("default");
    op.kind = OpKind::Append;
    op.entity = QStringLiteral("incident/01JAAAAAAAAAAAAAAAAAAAAAA1");
    op.field = QStringLiteral("log");
    op.value = value;
    return op;
}

} // namespace

class TestOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integersAndTextEncodeAsQCborValueDoes_data()
    {
        QTest::addColumn<qint64>("value");
        for (qint64 v : {qint64(0), qint64(23), qint64(24), qint64(255), qint64(256), qint64(65535),
                         qint64(65536), qint64(0xffffffff), qint64(0x100000000), qint64(-1), qint64(-24),
                         qint64(-25), qint64(-256), qint64(-257), qint64(-65537),
                         std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()})
            QTest::addRow("%lld", static_cast<long long>(v)) << v;
    }
    void integersAndTextEncodeAsQCborValueDoes()
    {
        QFETCH(qint64, value);
        QByteArray out;
        cbor::appendInteger(out, value);
        QCOMPARE(out.toHex(), QCborValue(value).toCbor().toHex());
    }

    void textIsUtf8WithItsByteLength()
    {
        // ASCII is narrowed in place and everything else goes through toUtf8(): both paths,
        // their boundaries (0x7f, 0x80, a lone surrogate) and text after text in one buffer.
        const QString loneSurrogate = QStringLiteral("ab") + QChar(0xd83d) + QStringLiteral("cd");
        for (const QString &text : {QString(), QStringLiteral("set"), QStringLiteral("Größe 🚒 ´DROP TABLE´"),
                                    QString(300, QChar(u'é')), QString(24, u'x'), QString(70'000, u'y'),
                                    QStringLiteral("del \x7f"), QString(QChar(0x80)), loneSurrogate}) {
            QByteArray out;
            cbor::appendText(out, text);
            QCOMPARE(out.toHex(), QCborValue(text).toCbor().toHex());
            out.clear();
            cbor::appendText(out, QStringLiteral("before"));
            cbor::appendText(out, text);
            QCOMPARE(out.toHex(),
                     (QCborValue(QStringLiteral("before")).toCbor() + QCborValue(text).toCbor()).toHex());
        }
    }

    void directBytesEqualTheMapsBytes_data()
    {
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<bool>("set");
        QTest::addRow("text") << QCborValue(QStringLiteral("Rolled back 4.2.1 — errors down")) << false;
        QTest::addRow("integer") << QCborValue(2) << true;
        QTest::addRow("negative") << QCborValue(-5) << true;
        QTest::addRow("bool") << QCborValue(true) << true;
        QTest::addRow("null") << QCborValue(QCborValue::Null) << true;
        QTest::addRow("double") << QCborValue(0.25) << true;
        QTest::addRow("map") << QCborValue(QCborMap {{QStringLiteral("kind"), QStringLiteral("note")},
                                                     {QStringLiteral("text"), QStringLiteral("')--;")}})
                             << false;
        QTest::addRow("array") << QCborValue(QCborArray {1, QStringLiteral("two"), QCborArray {}}) << true;
        QTest::addRow("bytes") << QCborValue(QByteArray("\x00\xff", 2)) << true;
    }
    void directBytesEqualTheMapsBytes()
    {
        QFETCH(QCborValue, value);
        QFETCH(bool, set);
        Operation op = sampleOp(value);
        op.kind = set ? OpKind::Set : OpKind::Append;
        QCOMPARE(op.toCborBytes().toHex(), op.toCbor().toCborValue().toCbor().toHex());

        QString error;
        const auto back = Operation::fromCbor(QCborValue::fromCbor(op.toCborBytes()), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->id, op.id);
        QCOMPARE(back->hlc.packed(), op.hlc.packed());
        QCOMPARE(back->kind, op.kind);
        QCOMPARE(back->entity, op.entity);
        QCOMPARE(back->value, op.value);
    }

    void valuesEncodeAsQtEncodesThem_data()
    {
        QTest::addColumn<QCborValue>("value");
        QTest::addRow("empty text") << QCborValue(QString());
        QTest::addRow("long text") << QCborValue(QString(70'000, QChar(u'ß')));
        QTest::addRow("emoji and quotes") << QCborValue(QStringLiteral("🚒 \"x'); DROP TABLE ops;--"));
        QTest::addRow("int64 min") << QCborValue(std::numeric_limits<qint64>::min());
        QTest::addRow("int64 max") << QCborValue(std::numeric_limits<qint64>::max());
        QTest::addRow("23 and 24") << QCborValue(QCborArray {23, 24, 255, 256, 65535, 65536, -24, -25});
        QTest::addRow("false") << QCborValue(false);
        QTest::addRow("undefined") << QCborValue();
        QTest::addRow("double") << QCborValue(-1.5e300);
        QTest::addRow("empty bytes") << QCborValue(QByteArray());
        QTest::addRow("integer keys") << QCborValue(QCborMap {{1, QStringLiteral("one")}, {-2, true}});
        QTest::addRow("nested") << QCborValue(
            QCborMap {{QStringLiteral("steps"),
                       QCborArray {QCborMap {{QStringLiteral("title"), QStringLiteral("Freeze deploys")},
                                             {QStringLiteral("done"), QCborValue(QCborValue::Null)}},
                                   QCborArray {QCborArray {}}, QCborMap {}}},
                      {QStringLiteral("at"), qint64(1'700'000'000'000)}});
        QTest::addRow("tagged") << QCborValue(QCborKnownTags::Base64, QByteArray("x"));
    }
    void valuesEncodeAsQtEncodesThem()
    {
        QFETCH(QCborValue, value);
        QByteArray out("prefix");
        cbor::appendValue(out, value);
        QCOMPARE(out.toHex(), (QByteArray("prefix") + value.toCbor()).toHex());
        QCOMPARE(cbor::encodedSize(value), value.toCbor().size());
    }

    // The size limit counts what Qt would write, lone surrogates ('?') included.
    void textSizesCountUtf8AsQtWritesIt()
    {
        const QString loneHigh = QString(QChar(0xd83d)) + u'x';
        const QString loneLow = QString(QChar(0xdc92));
        const QString pairAtEnd = QStringLiteral("ab🚒");
        const QString highAtEnd = QStringLiteral("ab") + QChar(0xd83d);
        for (const QString &text : {loneHigh, loneLow, pairAtEnd, highAtEnd, QString(QChar(0x7ff)),
                                    QString(QChar(0x800)), QString(QChar(0x7f))}) {
            QCOMPARE(cbor::encodedSize(QCborValue(text)), QCborValue(text).toCbor().size());
            QByteArray out;
            cbor::appendValue(out, QCborValue(text));
            QCOMPARE(out.toHex(), QCborValue(text).toCbor().toHex());
        }
    }

    // A stored value that was cut or edited reads as undefined instead of a half-built map,
    // whose iteration reads past its end in Qt 6.4 (found by fuzz/fuzz_op.cpp under ASan).
    void storedBytesThatDoNotParseReadAsUndefined()
    {
        const QByteArray whole = QCborValue(QCborMap {{QStringLiteral("kind"), QStringLiteral("note")},
                                                      {QStringLiteral("text"), QStringLiteral("x")}})
                                     .toCbor();
        QCOMPARE(cbor::parse(whole).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("x"));
        for (qsizetype n = 0; n < whole.size(); ++n)
            QVERIFY(cbor::parse(whole.left(n)).isUndefined());
        QVERIFY(cbor::parse(QByteArray::fromHex("ff")).isUndefined());
    }

    void everyRandomOpEncodesAsTheMapDoes()
    {
        const QList<Operation> ops = testing::randomOps(8, 3, 200, QStringLiteral("default"));
        QVERIFY(ops.size() == 600);
        for (const Operation &op : ops)
            QCOMPARE(op.toCborBytes(), op.toCbor().toCborValue().toCbor());
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"

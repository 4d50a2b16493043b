// SPDX-License-Identifier: GPL-3.0-or-later
// The in-place CBOR reader must agree with Qt's on what it reads, and fail on what it leaves to
// Qt: the relay and the load generator trust it with every frame.
#include "core/cborcursor.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using muster::cbor::Cursor;

class TestCborCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHeadsOfEveryWidth_data()
    {
        QTest::addColumn<qint64>("value");
        for (qint64 value : {0LL, 23LL, 24LL, 255LL, 256LL, 65'535LL, 65'536LL, 4'294'967'295LL,
                             4'294'967'296LL, std::numeric_limits<qint64>::max()})
            QTest::addRow("%lld", value) << value;
    }
    void readsHeadsOfEveryWidth()
    {
        QFETCH(qint64, value);
        const QByteArray bytes = QCborValue(value).toCbor();
        Cursor in(bytes);
        quint8 major = 9;
        quint64 argument = 0;
        QVERIFY(in.head(major, argument));
        QCOMPARE(major, quint8(0));
        QCOMPARE(argument, quint64(value));
        QVERIFY(in.atEnd());
        // Cut anywhere, it fails rather than read past the end.
        for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
            Cursor cutIn(QByteArrayView(bytes).first(cut));
            QVERIFY(!cutIn.head(major, argument));
        }
    }

    void readsTextInPlace()
    {
        const QByteArray bytes = QCborValue(QStringLiteral("Zahlung fällt aus")).toCbor();
        Cursor in(bytes);
        QByteArrayView text;
        QVERIFY(in.text(text));
        QCOMPARE(QString::fromUtf8(text), QStringLiteral("Zahlung fällt aus"));
        QVERIFY(in.atEnd());

        Cursor notText(QCborValue(7).toCbor());
        QVERIFY(!notText.text(text));
        QCOMPARE(notText.offset(), 0); // left where it was
        const QByteArray cut = bytes.first(bytes.size() - 1);
        Cursor cutIn(cut);
        QVERIFY(!cutIn.text(text));
    }

    void skipsWholeItemsAsQtReadsThem()
    {
        const QCborMap nested {{QStringLiteral("kind"), QStringLiteral("note")},
                               {QStringLiteral("list"), QCborArray {1, -2, 3.5, true, QCborValue()}},
                               {QStringLiteral("bytes"), QByteArray(300, 'x')},
                               {7, QCborValue(QCborKnownTags::DateTimeString, QStringLiteral("2026-12-04"))}};
        const QByteArray first = nested.toCborValue().toCbor();
        const QByteArray both = first + QCborValue(42).toCbor();
        Cursor in(both);
        QVERIFY(in.skip());
        QCOMPARE(in.offset(), first.size());
        quint8 major = 0;
        quint64 argument = 0;
        QVERIFY(in.head(major, argument));
        QCOMPARE(argument, quint64(42));
        QVERIFY(in.atEnd());
    }

    void failsOnWhatItLeavesToQt()
    {
        Cursor indefinite(QByteArray("\x9f\x01\xff", 3)); // an array of indefinite length
        QVERIFY(!indefinite.skip());
        Cursor reserved(QByteArray("\x1c", 1));
        QVERIFY(!reserved.skip());
        Cursor hugeCount(QByteArray("\x9b\xff\xff\xff\xff\xff\xff\xff\xff", 9));
        QVERIFY(!hugeCount.skip());
        Cursor hugeMap(QByteArray("\xbb\x80\x00\x00\x00\x00\x00\x00\x01", 9));
        QVERIFY(!hugeMap.skip());
        // 33 arrays deep: beyond what any message nests, refused before the stack is.
        QByteArray deep(33, '\x81');
        deep.append('\x01');
        Cursor tooDeep(deep);
        QVERIFY(!tooDeep.skip());
        Cursor deepEnough(deep.sliced(1));
        QVERIFY(deepEnough.skip());
        QVERIFY(deepEnough.atEnd());
    }
};

QTEST_GUILESS_MAIN(TestCborCursor)
#include "tst_cborcursor.moc"

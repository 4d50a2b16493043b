// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/format.h"

#include <QDateTime>
#include <QTest>

using namespace muster;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elapsed_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << 45.0 << QStringLiteral("45s");
        QTest::newRow("minutes") << 12.0 * 60 << QStringLiteral("12m");
        QTest::newRow("hours") << 67.0 * 60 << QStringLiteral("1h 07m");
        QTest::newRow("days") << (3 * 24 + 4) * 3600.0 << QStringLiteral("3d 04h");
        QTest::newRow("clock skew") << -30.0 << QStringLiteral("0s");
    }
    void elapsed()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        const double now = 1'700'000'000'000.0;
        QCOMPARE(Format::elapsed(now - seconds * 1000, now), expected);
    }

    void emptyForUnknownTimes()
    {
        QCOMPARE(Format::elapsed(0, 1000), QString());
        QCOMPARE(Format::ago(0, 1000), QString());
        QCOMPARE(Format::clock(0, 1000), QString());
        QCOMPARE(Format::dateTime(0), QString());
    }

    void durationsAndTheWallClock()
    {
        QCOMPARE(Format::duration(45'000), QStringLiteral("45s"));
        QCOMPARE(Format::duration(67 * 60'000), QStringLiteral("1h 07m"));
        QCOMPARE(Format::duration(-5), QStringLiteral("0s"));
        const double ms = double(QDateTime(QDate(2026, 12, 2), QTime(13, 4, 5), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(Format::wallClock(ms, true), QStringLiteral("13:04:05"));
        QCOMPARE(Format::wallClock(ms, false),
                 QDateTime::fromMSecsSinceEpoch(qint64(ms)).toString(QStringLiteral("HH:mm:ss")));
        QVERIFY(Format::wallDate(ms).contains(QStringLiteral("2026")));
    }

    void ago()
    {
        const double now = 1'700'000'000'000.0;
        QCOMPARE(Format::ago(now - 10'000, now), QStringLiteral("just now"));
        QCOMPARE(Format::ago(now - 5 * 60'000, now), QStringLiteral("5 min ago"));
        QCOMPARE(Format::ago(now - 3 * 3'600'000, now), QStringLiteral("3 h ago"));
        QCOMPARE(Format::ago(now - 2 * 86'400'000.0, now), QStringLiteral("2 d ago"));
    }

    void dateTimeRoundTrips()
    {
        const QDateTime at(QDate(2026, 11, 24), QTime(3, 7));
        const double ms = double(at.toMSecsSinceEpoch());
        QCOMPARE(Format::dateTime(ms), QStringLiteral("2026-11-24 03:07"));
        QCOMPARE(Format::parseDateTime(QStringLiteral("2026-11-24 03:07")), ms);
        QCOMPARE(Format::parseDateTime(QStringLiteral("2026-13-45 99:99")), 0.0);
        QCOMPARE(Format::clock(ms, ms + 60'000), QStringLiteral("03:07"));
        QCOMPARE(Format::clock(ms, ms + 3 * 86'400'000.0), QStringLiteral("24 Nov 03:07"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"

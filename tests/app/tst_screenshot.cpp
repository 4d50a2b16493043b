// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `muster` program offscreen, as a responder would run it with --screenshot,
// and checks the pictures it writes.
#include "store/instancelock.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestScreenshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int run(const QStringList &args, QString *output = nullptr)
    {
        QProcess muster;
        muster.setProcessChannelMode(QProcess::MergedChannels);
        muster.start(QStringLiteral(MUSTER_BINARY), args);
        if (!muster.waitForFinished(60'000))
            return -1;
        if (output)
            *output = QString::fromUtf8(muster.readAll());
        return muster.exitStatus() == QProcess::NormalExit ? muster.exitCode() : -2;
    }

    // A screen that is one colour, or nearly, shows nothing.
    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

private Q_SLOTS:
    // The real program in each shipped language: the help (and with it every string the
    // translations embed) comes out translated, and German is not taken for Spanish.
    void speaksTheLanguageAskedFor()
    {
        QString german;
        QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")}, &german),
                 0);
        QVERIFY2(german.contains(QStringLiteral("Datenbank in DIR ablegen.")), qPrintable(german));
        QString spanish;
        QCOMPARE(run({QStringLiteral("--language=es"), QStringLiteral("--help")}, &spanish), 0);
        QVERIFY2(!spanish.contains(QStringLiteral("Keep the database in DIR.")), qPrintable(spanish));
        QVERIFY(spanish != german);
        QString english;
        QCOMPARE(
            run({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help")}, &english), 0);
        QVERIFY2(english.contains(QStringLiteral("Keep the database in DIR.")), qPrintable(english));
    }

    void rendersEveryViewAtCommonSizes_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("theme");
        for (const QString &view :
             {QStringLiteral("board"), QStringLiteral("incident"), QStringLiteral("people")}) {
            for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)}) {
                QTest::addRow("%s %dx%d", qPrintable(view), size.width(), size.height())
                    << view << size << QStringLiteral("light");
            }
        }
        QTest::addRow("board 3840x2160 dark")
            << QStringLiteral("board") << QSize(3840, 2160) << QStringLiteral("dark");
        QTest::addRow("incident 3840x2160 dark")
            << QStringLiteral("incident") << QSize(3840, 2160) << QStringLiteral("dark");
        // The war-room wall at the two sizes it is read at, and the metrics with their charts.
        QTest::addRow("wall 1920x1080")
            << QStringLiteral("wall") << QSize(1920, 1080) << QStringLiteral("light");
        QTest::addRow("wall 3840x2160")
            << QStringLiteral("wall") << QSize(3840, 2160) << QStringLiteral("dark");
        QTest::addRow("metrics 1366x768")
            << QStringLiteral("metrics") << QSize(1366, 768) << QStringLiteral("light");
        QTest::addRow("metrics 1920x1080 dark")
            << QStringLiteral("metrics") << QSize(1920, 1080) << QStringLiteral("dark");
    }
    void rendersEveryViewAtCommonSizes()
    {
        QFETCH(QString, view);
        QFETCH(QSize, size);
        QFETCH(QString, theme);
        const QString png = m_dir.filePath(
            QStringLiteral("%1-%2x%3-%4.png").arg(view).arg(size.width()).arg(size.height()).arg(theme));
        QString output;
        const int code = run(
            {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("--demo"),
             QStringLiteral("--user"), QStringLiteral("Priya Raman"), QStringLiteral("--screenshot"), png,
             QStringLiteral("--view"), view, QStringLiteral("--size"),
             QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), QStringLiteral("--theme"), theme},
            &output);
        QVERIFY2(code == 0, qPrintable(output));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        QVERIFY2(distinctColours(image) > 40, "the picture is (nearly) blank");
    }

    void secondInstanceIsRefusedClearly()
    {
        const QString data = m_dir.filePath(QStringLiteral("locked"));
        InstanceLock first(data);
        QVERIFY(first.tryLock());
        const QString png = m_dir.filePath(QStringLiteral("refused.png"));
        QString output;
        const int code
            = run({QStringLiteral("--data-dir"), data, QStringLiteral("--screenshot"), png}, &output);
        QCOMPARE(code, 3);
        QVERIFY2(output.contains(QStringLiteral("already running")), qPrintable(output));
        QVERIFY(QImage(png).size().isValid()); // the window explains it too
    }

    void badArgumentsExitWithUsageError()
    {
        QString output;
        QCOMPARE(run({QStringLiteral("--size"), QStringLiteral("huge")}, &output), 2);
        QVERIFY(output.contains(QStringLiteral("WIDTHxHEIGHT")));
        QCOMPARE(run({QStringLiteral("--version")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("muster 0.")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"

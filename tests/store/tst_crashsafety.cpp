// SPDX-License-Identifier: GPL-3.0-or-later
// A real client process (tests/tools/crashwriter.cpp) writing to a real SQLite file, killed
// with SIGKILL at 60 random moments. What a responder relies on when the laptop dies: every
// change that was reported saved is there after the restart, none is there twice, a commit of
// several ops is there whole or not at all, counters have no gaps, and the file is sound.
#include "core/fields.h"
#include "store/database.h"
#include "store/store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace muster;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOpReportedSavedSurvivesSigkillAndNoneTwice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("client.sqlite"));
        QRandomGenerator random(20261204);
        qint64 reported = 0; // the highest counter a writer said was saved
        int kills = 0;
        for (int round = 0; round < 60; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(CRASHWRITER_BINARY), {path});
            QVERIFY(writer.waitForStarted(10'000));
            // Let it write for a while first: the kill should land amid commits, not start-up.
            QVERIFY(QTest::qWaitFor(
                [&] { return writer.canReadLine() || writer.state() != QProcess::Running; }, 10'000));
            QTest::qWait(int(random.bounded(1, 40)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10'000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            ++kills;
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts.at(0) == "saved")
                    reported = std::max(reported, parts.at(1).toLongLong());
            }
            QVERIFY2(writer.readAllStandardError().isEmpty(), "the writer reported no error");

            Store store;
            const StoreError error = store.open(path, QStringLiteral("default"));
            QVERIFY2(!error, qPrintable(error.message));
            QVERIFY(!store.waitForIntegrity());
            const auto own = store.ownOpsFrom(1, 1'000'000);
            QVERIFY(own.ok());
            // Gap-free and never twice: counters 1…N in order, N at least what was reported.
            for (qsizetype i = 0; i < own.value.size(); ++i)
                QCOMPARE(own.value.at(i).id.counter, qint64(i + 1));
            QCOMPARE_GE(qint64(own.value.size()), reported);
            // A declaration (several ops in one commit) is whole: every incident has its title
            // and its first log entry, and each log entry is in the log once.
            QSet<QString> titled, logged;
            int logOps = 0;
            for (const Operation &op : own.value) {
                const QString id = EntityRef::parse(op.entity)->id;
                if (op.field == fields::title)
                    titled.insert(id);
                if (op.kind == OpKind::Append) {
                    logged.insert(id);
                    ++logOps;
                }
            }
            QCOMPARE(titled, logged);
            int entries = 0;
            for (const QString &id : std::as_const(titled))
                entries += int(store.wholeLog(id).value.size());
            QCOMPARE(entries, logOps);
        }
        QCOMPARE_GE(kills, 50);
        qInfo("%d kills; %lld ops reported saved, all present", kills, reported);
        QCOMPARE_GT(reported, 100); // the kills landed amid real work
    }

    // The file system refuses to let the database grow (a full disk, as far as the writer can
    // tell: RLIMIT_FSIZE cuts its writes short). The writer is told plainly, nothing saved is
    // lost, and once there is room again it carries on from where it was.
    void aFullDiskIsSaidPlainlyAndLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("full.sqlite"));
        QProcess writer;
        writer.start(QStringLiteral(CRASHWRITER_BINARY), {path, QStringLiteral("1048576")});
        QVERIFY(writer.waitForFinished(60'000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(writer.exitCode(), 3); // the store said DiskFull
        QVERIFY2(lines.constLast().contains("The disk is full. The change was not saved"),
                 lines.constLast().constData());
        qint64 reported = 0;
        for (const QByteArray &line : lines) {
            if (line.startsWith("saved "))
                reported = std::max(reported, line.split(' ').at(1).toLongLong());
        }
        QCOMPARE_GT(reported, 0);

        Store store;
        QVERIFY(!store.open(path, QStringLiteral("default")));
        QVERIFY(!store.waitForIntegrity());
        const auto own = store.ownOpsFrom(1, 1'000'000);
        QCOMPARE(qint64(own.value.size()), reported); // everything reported, and nothing of the failed commit
        store.close();
        QProcess again;
        again.start(QStringLiteral(CRASHWRITER_BINARY), {path});
        QVERIFY(QTest::qWaitFor([&] { return again.canReadLine(); }, 10'000));
        ::kill(pid_t(again.processId()), SIGKILL);
        QVERIFY(again.waitForFinished(10'000));
        // Its first commit continues the counters: "saved LAST COUNT" with LAST - COUNT = reported.
        const QList<QByteArray> first = again.readAllStandardOutput().split('\n').first().split(' ');
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(1).toLongLong() - first.at(2).toLongLong(), reported);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

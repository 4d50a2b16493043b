// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/runbooklibrary.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestRunbookLibrary : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private Q_SLOTS:
    void userTemplatesJoinAndOverrideBundledOnes()
    {
        QTemporaryDir bundled;
        QTemporaryDir user;
        write(bundled.filePath(QStringLiteral("rollback.md")), "# Rollback\n- [ ] one\n");
        write(bundled.filePath(QStringLiteral("failover.md")), "# Failover\n- [ ] one\n- [ ] two\n");
        write(user.filePath(QStringLiteral("rollback.md")), "# Our rollback\n- [ ] a\n- [ ] b\n- [ ] c\n");
        write(user.filePath(QStringLiteral("broken.md")), "nothing useful\n");

        RunbookLibrary library(bundled.path(), user.path());
        QAbstractItemModelTester tester(&library, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(library.rowCount(), 2);
        const auto rollback = library.find(QStringLiteral("rollback"));
        QVERIFY(rollback);
        QCOMPARE(rollback->title, QStringLiteral("Our rollback"));
        QVERIFY(!rollback->bundled);
        QCOMPARE(library.problems().size(), 1);
        QVERIFY(library.problems().first().startsWith(QStringLiteral("broken.md")));
        QCOMPARE(library.index(0).data(RunbookLibrary::TitleRole).toString(), QStringLiteral("Failover"));
        QCOMPARE(library.index(0).data(RunbookLibrary::StepCountRole).toInt(), 2);

        write(user.filePath(QStringLiteral("new.md")), "# Cache flush\n- [ ] flush\n");
        library.reload();
        QCOMPARE(library.rowCount(), 3);
    }

    void missingUserDirectoryIsFine()
    {
        QTemporaryDir bundled;
        write(bundled.filePath(QStringLiteral("x.md")), "# X\n- [ ] one\n");
        RunbookLibrary library(bundled.path(), bundled.filePath(QStringLiteral("does/not/exist")));
        QCOMPARE(library.rowCount(), 1);
        QVERIFY(library.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunbookLibrary)
#include "tst_runbooklibrary.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/instancelock.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestInstanceLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLockIsRefusedWithReason()
    {
        QTemporaryDir dir;
        InstanceLock first(dir.path());
        QVERIFY(first.tryLock());
        InstanceLock second(dir.path());
        QVERIFY(!second.tryLock());
        QVERIFY(second.errorMessage().contains(QStringLiteral("already running")));
        QVERIFY(second.errorMessage().contains(dir.path()));
    }

    void lockIsReleasedWithItsOwner()
    {
        QTemporaryDir dir;
        {
            InstanceLock first(dir.path());
            QVERIFY(first.tryLock());
        }
        InstanceLock again(dir.path());
        QVERIFY(again.tryLock());
    }

    void createsMissingDataDirectory()
    {
        QTemporaryDir dir;
        InstanceLock lock(dir.filePath(QStringLiteral("a/b/c")));
        QVERIFY(lock.tryLock());
    }
};

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace muster;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondStartBringsTheFirstForward()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        SingleInstance second(dir.path());
        QVERIFY(second.activateRunning());
        QVERIFY(activated.wait(5000));
        QCOMPARE(activated.size(), 1);
    }

    void withNobodyRunningAStartGoesAhead()
    {
        QTemporaryDir dir;
        SingleInstance alone(dir.path());
        QVERIFY(!alone.activateRunning(200));
        QVERIFY(alone.listen());
    }

    void theNameIsTheDirectoryWhicheverWayItIsWritten()
    {
        QTemporaryDir dir;
        QTemporaryDir other;
        const QString name = SingleInstance::serverNameFor(dir.path());
        QCOMPARE(SingleInstance::serverNameFor(dir.path() + QStringLiteral("/")), name);
        QCOMPARE(SingleInstance::serverNameFor(dir.path() + QStringLiteral("/./")), name);
        QVERIFY(SingleInstance::serverNameFor(other.path()) != name);
        // Only this user can reach it: a socket in the user's own runtime directory.
        const QFileInfo socketDir(QFileInfo(name).absolutePath());
        QCOMPARE(socketDir.ownerId(), ::getuid());
        QCOMPARE(socketDir.permissions()
                     & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                        | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
        // A directory that does not exist yet (a first start) has a name too.
        QCOMPARE(SingleInstance::serverNameFor(dir.filePath(QStringLiteral("new/"))),
                 SingleInstance::serverNameFor(dir.filePath(QStringLiteral("new"))));
    }

    void aSocketLeftByAKilledMusterIsTakenOver()
    {
        QTemporaryDir dir;
        SingleInstance next(dir.path());
        // What a killed Muster leaves: the socket's file, with nobody listening.
        const QString path = next.serverName();
        QFile leftOver(path);
        QVERIFY(leftOver.open(QIODevice::WriteOnly));
        leftOver.close();
        QVERIFY(!next.activateRunning(200));
        QVERIFY(next.listen());
        QSignalSpy activated(&next, &SingleInstance::activationRequested);
        SingleInstance later(dir.path());
        QVERIFY(later.activateRunning());
        QVERIFY(activated.wait(5000));
    }

    void anythingButTheActivateLineIsIgnored()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QLocalSocket stranger;
        stranger.connectToServer(first.serverName());
        QVERIFY(stranger.waitForConnected(2000));
        stranger.write("raise everything\n");
        QVERIFY(stranger.waitForBytesWritten(2000));
        QVERIFY(QTest::qWaitFor([&] { return stranger.state() == QLocalSocket::UnconnectedState; }, 5000));
        QCOMPARE(activated.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

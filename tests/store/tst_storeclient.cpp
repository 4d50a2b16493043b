// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/changes.h"
#include "core/ids.h"
#include "store/storeclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestStoreClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunOnTheStoreThreadAndAnswerHere()
    {
        QTemporaryDir dir;
        StoreClient client;
        QThread *jobThread = nullptr;
        QThread *answerThread = nullptr;
        StoreError opened {StoreError::Code::Io, {}};
        client.run<StoreError>(
            this,
            [&](Store &store) {
                jobThread = QThread::currentThread();
                return store.open(dir.filePath(QStringLiteral("a.db")), QStringLiteral("default"));
            },
            [&](StoreError error) {
                answerThread = QThread::currentThread();
                opened = error;
            });
        QTRY_VERIFY(answerThread != nullptr);
        QVERIFY(!opened);
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(answerThread, QThread::currentThread());
    }

    void commitIsAnnouncedAfterItIsDurable()
    {
        QTemporaryDir dir;
        StoreClient client;
        client.run<StoreError>(this, [&](Store &s) {
            return s.open(dir.filePath(QStringLiteral("b.db")), QStringLiteral("default"));
        });
        QSignalSpy committed(&client, &StoreClient::committed);
        Declaration d;
        d.title = QStringLiteral("Queue backlog");
        const QString id = newEntityId(1);
        client.commit(this, changes::declareIncident(id, d, 1'700'000'000'000), QString());
        QTRY_COMPARE(committed.size(), 1);
        const auto ops = committed.first().first().value<QList<Operation>>();
        QVERIFY(!ops.isEmpty());
        // Anyone who reacts to the signal finds it in the database.
        int count = -1;
        client.run<int>(
            this, [](Store &s) { return s.incidentCount().value; }, [&](int c) { count = c; });
        QTRY_COMPARE(count, 1);
    }

    void failedWriteIsReportedNotAnnounced()
    {
        QTemporaryDir dir;
        StoreClient client;
        client.run<StoreError>(this, [&](Store &s) {
            return s.open(dir.filePath(QStringLiteral("c.db")), QStringLiteral("default"));
        });
        QSignalSpy committed(&client, &StoreClient::committed);
        QSignalSpy failed(&client, &StoreClient::writeFailed);
        client.commit(
            this, {{OpKind::Set, QStringLiteral("nonsense"), QStringLiteral("title"), QStringLiteral("x")}},
            QString());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(committed.size(), 0);
    }

    void answersToDestroyedContextsAreDropped()
    {
        StoreClient client;
        auto *context = new QObject;
        bool called = false;
        client.run<int>(
            context, [](Store &) { return 1; }, [&](int) { called = true; });
        delete context;
        QSignalSpy idle(&client, &StoreClient::idle);
        QTRY_COMPARE(idle.size(), 1);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestStoreClient)
#include "tst_storeclient.moc"

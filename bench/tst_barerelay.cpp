// SPDX-License-Identifier: GPL-3.0-or-later
// The yardsticks of bench/compare.sh must do what performance.md says they do: the bare relay
// sends every message to every client, on one event loop or on several threads; with
// --durable, every message a client hears is already in the file (committed before it is sent).
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <memory>
#include <sqlite3.h>

class TestBareRelay : public QObject
{
    Q_OBJECT

private:
    // Starts the relay and returns its URL, or an empty one after a failed QVERIFY.
    static QUrl start(QProcess &relay, const QStringList &arguments)
    {
        relay.start(QStringLiteral(BARERELAY_PATH), arguments);
        if (!relay.waitForStarted(5000))
            return {};
        QByteArray out;
        while (!out.contains('\n') && relay.waitForReadyRead(5000))
            out += relay.readAllStandardOutput();
        const qsizetype at = out.indexOf("ws://");
        if (at < 0)
            return {};
        return QUrl(QString::fromLatin1(out.mid(at).trimmed()));
    }

    static bool connectTo(QWebSocket &socket, const QUrl &url)
    {
        QEventLoop loop;
        QObject::connect(&socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        socket.open(url);
        loop.exec();
        return socket.state() == QAbstractSocket::ConnectedState;
    }

    // Rows in the durable relay's table, read by a connection of our own.
    static qint64 storedMessages(const QString &path, QByteArray *last = nullptr)
    {
        sqlite3 *db = nullptr;
        qint64 count = -1;
        if (sqlite3_open_v2(path.toLocal8Bit().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK) {
            sqlite3_stmt *query = nullptr;
            if (sqlite3_prepare_v2(db,
                                   "SELECT count(*), (SELECT body FROM messages ORDER BY seq DESC LIMIT 1)"
                                   " FROM messages",
                                   -1, &query, nullptr)
                    == SQLITE_OK
                && sqlite3_step(query) == SQLITE_ROW) {
                count = sqlite3_column_int64(query, 0);
                if (last)
                    *last = QByteArray(static_cast<const char *>(sqlite3_column_blob(query, 1)),
                                       sqlite3_column_bytes(query, 1));
            }
            sqlite3_finalize(query);
        }
        sqlite3_close(db);
        return count;
    }

    // A relay with two clients connected; the relay is stopped however the test ends.
    struct Running
    {
        QProcess relay;
        QWebSocket sender;
        QWebSocket listener;
        ~Running()
        {
            relay.kill();
            relay.waitForFinished();
        }
        bool start(const QStringList &arguments)
        {
            const QUrl url = TestBareRelay::start(relay, arguments);
            return url.isValid() && !url.isEmpty() && connectTo(sender, url) && connectTo(listener, url);
        }
    };

private slots:
    void sendsEveryMessageToEveryClient_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("one event loop") << QStringList {};
        // The two clients are dealt to different threads: each message crosses between them.
        QTest::newRow("two threads") << QStringList {QStringLiteral("--threads"), QStringLiteral("2")};
    }

    void sendsEveryMessageToEveryClient()
    {
        QFETCH(QStringList, arguments);
        Running running;
        QVERIFY2(running.start(arguments), "the relay did not start, or its clients could not connect");
        QWebSocket &sender = running.sender;
        QWebSocket &listener = running.listener;
        QList<QByteArray> heardBySender;
        QList<QByteArray> heardByListener;
        connect(&sender, &QWebSocket::binaryMessageReceived, this,
                [&](const QByteArray &m) { heardBySender.append(m); });
        connect(&listener, &QWebSocket::binaryMessageReceived, this,
                [&](const QByteArray &m) { heardByListener.append(m); });
        const QList<QByteArray> sent {QByteArrayLiteral("one"), QByteArray(1024, 'x'),
                                      QByteArray("\0\1\2", 3)};
        for (const QByteArray &message : sent)
            sender.sendBinaryMessage(message);
        QTRY_COMPARE_WITH_TIMEOUT(heardByListener, sent, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(heardBySender, sent, 5000);
    }

    void durableHasStoredEveryMessageAClientHears()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bare.sqlite"));
        auto running = std::make_unique<Running>();
        QVERIFY2(running->start({QStringLiteral("--durable"), path}),
                 "the relay did not start, or its clients could not connect");
        QWebSocket &sender = running->sender;
        QWebSocket &listener = running->listener;
        // Each time a message arrives, the file already holds it (and all before it).
        QList<qint64> storedWhenHeard;
        QList<QByteArray> newestWhenHeard;
        QList<QByteArray> heard;
        connect(&listener, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) {
            heard.append(m);
            QByteArray newest;
            storedWhenHeard.append(storedMessages(path, &newest));
            newestWhenHeard.append(newest);
        });
        QList<QByteArray> sent;
        for (int i = 0; i < 20; ++i) {
            sent.append(QByteArray::number(i) + QByteArray(100, char('a' + i)));
            sender.sendBinaryMessage(sent.last());
            if (i % 5 == 4) // some alone, some together in one turn of the relay's event loop
                QTRY_COMPARE_WITH_TIMEOUT(heard.size(), i + 1, 5000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(heard, sent, 5000);
        for (qsizetype i = 0; i < heard.size(); ++i)
            QVERIFY2(
                storedWhenHeard.at(i) > i,
                qPrintable(QStringLiteral("message %1 heard, %2 stored").arg(i).arg(storedWhenHeard.at(i))));
        QCOMPARE(newestWhenHeard.constLast(), sent.constLast());
        running.reset(); // the relay stopped: what it committed stays
        QCOMPARE(storedMessages(path), 20);
    }

    void refusesArgumentsItDoesNotKnow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("misspelt") << QStringList {QStringLiteral("--durabel"), QStringLiteral("x")};
        QTest::newRow("no threads") << QStringList {QStringLiteral("--threads"), QStringLiteral("0")};
        QTest::newRow("not a number") << QStringList {QStringLiteral("--threads"), QStringLiteral("two")};
    }

    void refusesArgumentsItDoesNotKnow()
    {
        QFETCH(QStringList, arguments);
        QProcess relay;
        relay.start(QStringLiteral(BARERELAY_PATH), arguments);
        QVERIFY(relay.waitForFinished(5000));
        QCOMPARE(relay.exitCode(), 2);
        QVERIFY(relay.readAllStandardError().contains("usage"));
    }
};

QTEST_MAIN(TestBareRelay)
#include "tst_barerelay.moc"

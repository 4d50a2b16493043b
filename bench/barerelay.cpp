// SPDX-License-Identifier: GPL-3.0-or-later
// bench-barerelay: the yardstick for muster-relay. A QWebSocketServer that sends every binary
// message it receives to every connected client: no protocol, no storage, no encoding. What
// it reaches on a machine is the ceiling QtWebSockets itself sets there; the load generator
// must drive it to that ceiling to show the generator is not the bottleneck. Its sockets are
// set up as muster-relay's are (low delay: no Nagle wait for small frames), so that the two
// differ only in what the relay does with a message; and so is its event dispatcher.
//
// With --durable FILE it is the yardstick for the other half of muster-relay's work: every
// message is stored in SQLite (WAL, synchronous=FULL: the relay's settings) before it goes
// out. Messages that arrive together are committed together on the next turn of the event
// loop, then sent; the log is checkpointed on a thread of its own, as the relay does. No
// protocol, no validation, no sequence numbers beyond the rowid.
//
// With --threads N its sockets are spread over N threads of their own, each with its own
// event loop, QWebSocketServer (for the upgrade) and clients; a message is sent at once to the
// clients of the thread it arrived on and handed to the other threads for theirs. It shows
// what a relay gains on this machine by writing to its sockets from more than one core.
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <sqlite3.h>
#include <thread>
#include <vector>

namespace {

bool run(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "bench-barerelay: %s: %s\n", sql, error ? error : "?");
    sqlite3_free(error);
    return false;
}

// Every message in one table; committed per turn of the event loop, checkpointed beside it.
class DurableLog
{
public:
    ~DurableLog()
    {
        m_stop = true;
        if (m_checkpointer.joinable())
            m_checkpointer.join();
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }

    bool open(const QByteArray &path)
    {
        if (sqlite3_open(path.constData(), &m_db) != SQLITE_OK)
            return false;
        if (!run(m_db, "PRAGMA page_size = 4096") || !run(m_db, "PRAGMA journal_mode = WAL")
            || !run(m_db, "PRAGMA synchronous = FULL") || !run(m_db, "PRAGMA wal_autocheckpoint = 8000")
            || !run(m_db,
                    "CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)"))
            return false;
        if (sqlite3_prepare_v3(m_db, "INSERT INTO messages (body) VALUES (?)", -1, SQLITE_PREPARE_PERSISTENT,
                               &m_insert, nullptr)
            != SQLITE_OK)
            return false;
        m_checkpointer = std::thread([this, path] { checkpointLoop(path); });
        return true;
    }

    bool commit(const QList<QByteArray> &messages)
    {
        if (!run(m_db, "BEGIN"))
            return false;
        for (const QByteArray &message : messages) {
            sqlite3_bind_blob(m_insert, 1, message.constData(), int(message.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(m_insert);
            sqlite3_reset(m_insert);
            if (rc != SQLITE_DONE) {
                std::fprintf(stderr, "bench-barerelay: insert: %s\n", sqlite3_errmsg(m_db));
                run(m_db, "ROLLBACK");
                return false;
            }
        }
        return run(m_db, "COMMIT");
    }

private:
    // PASSIVE checkpoints never block the writer; the writer itself checkpoints only if this
    // thread falls 8,000 pages behind.
    void checkpointLoop(const QByteArray &path)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.constData(), &db) != SQLITE_OK)
            return;
        sqlite3_busy_timeout(db, 0);
        while (!m_stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        sqlite3_close(db);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    std::thread m_checkpointer;
    std::atomic<bool> m_stop = false;
};

// Listens on a loopback port of the system's choosing and says which, as the scripts expect.
bool listenAndSay(QTcpServer &tcp)
{
    if (!tcp.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bench-barerelay: %s\n", qPrintable(tcp.errorString()));
        return false;
    }
    std::printf("listening on ws://127.0.0.1:%d\n", tcp.serverPort());
    std::fflush(stdout);
    return true;
}

// One thread's share of the clients, living in that thread.
class Broadcaster : public QObject
{
public:
    explicit Broadcaster(const QList<Broadcaster *> &all)
        : m_all(all)
    { }

    // Called in this object's thread with a socket already moved here: the WebSocket upgrade
    // happens here too, so that no part of the connection is ever touched by two threads.
    void upgrade(QTcpSocket *socket)
    {
        if (!m_server) {
            m_server = new QWebSocketServer(QStringLiteral("bench-barerelay"),
                                            QWebSocketServer::NonSecureMode, this);
            connect(m_server, &QWebSocketServer::newConnection, this, [this] {
                while (QWebSocket *client = m_server->nextPendingConnection())
                    adopt(client);
            });
        }
        m_server->handleConnection(socket);
    }

private:
    void adopt(QWebSocket *client)
    {
        m_clients.append(client);
        connect(client, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
            for (Broadcaster *other : m_all) {
                if (other == this)
                    sendToMine(message);
                else
                    QMetaObject::invokeMethod(
                        other, [other, message] { other->sendToMine(message); }, Qt::QueuedConnection);
            }
        });
        connect(client, &QWebSocket::disconnected, this, [this, client] {
            m_clients.removeOne(client);
            client->deleteLater();
        });
    }

    void sendToMine(const QByteArray &message)
    {
        for (QWebSocket *client : std::as_const(m_clients))
            client->sendBinaryMessage(message);
    }

    const QList<Broadcaster *> &m_all;
    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
};

// Accepts on the main thread and deals the connections out to the threads in turn.
int runThreaded(QTcpServer &tcp, int threadCount)
{
    QList<Broadcaster *> broadcasters;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < threadCount; ++i) {
        threads.push_back(std::make_unique<QThread>());
        auto *broadcaster = new Broadcaster(broadcasters);
        broadcaster->moveToThread(threads.back().get());
        QObject::connect(threads.back().get(), &QThread::finished, broadcaster, &QObject::deleteLater);
        broadcasters.append(broadcaster);
    }
    for (auto &thread : threads)
        thread->start();
    qsizetype next = 0;
    QObject::connect(&tcp, &QTcpServer::newConnection, &tcp, [&] {
        while (QTcpSocket *socket = tcp.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            Broadcaster *broadcaster = broadcasters.at(next++ % broadcasters.size());
            socket->setParent(nullptr);
            socket->moveToThread(broadcaster->thread());
            QMetaObject::invokeMethod(
                broadcaster, [broadcaster, socket] { broadcaster->upgrade(socket); }, Qt::QueuedConnection);
        }
    });
    if (!listenAndSay(tcp))
        return 1;
    const int status = QCoreApplication::exec();
    for (auto &thread : threads) {
        thread->quit();
        thread->wait();
    }
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    // The same event dispatcher as muster-relay (see src/relay/eventdispatcher.h), so that the
    // ceiling is measured on the stack the relay runs on. QT_NO_GLIB= (set, empty) keeps GLib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    DurableLog log;
    const bool durable = args.size() == 3 && args.at(1) == QLatin1String("--durable");
    const int threadCount
        = args.size() == 3 && args.at(1) == QLatin1String("--threads") ? args.at(2).toInt() : 0;
    if (args.size() > 1 && !durable && !(threadCount >= 1 && threadCount <= 64)) {
        std::fprintf(stderr, "usage: bench-barerelay [--durable FILE | --threads 1-64]\n");
        return 2;
    }
    if (threadCount > 0) {
        QTcpServer tcp;
        tcp.setMaxPendingConnections(4096);
        return runThreaded(tcp, threadCount);
    }
    if (durable && !log.open(args.at(2).toLocal8Bit())) {
        std::fprintf(stderr, "bench-barerelay: cannot open %s\n", qPrintable(args.at(2)));
        return 1;
    }
    QList<QByteArray> queued;
    QTimer commitTimer;
    commitTimer.setSingleShot(true);
    commitTimer.setInterval(0);
    QWebSocketServer server(QStringLiteral("bench-barerelay"), QWebSocketServer::NonSecureMode);
    server.setMaxPendingConnections(4096);
    QTcpServer tcp;
    tcp.setMaxPendingConnections(4096);
    QObject::connect(&tcp, &QTcpServer::newConnection, &tcp, [&] {
        while (QTcpSocket *socket = tcp.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            server.handleConnection(socket);
        }
    });
    QList<QWebSocket *> clients;
    QObject::connect(&commitTimer, &QTimer::timeout, &commitTimer, [&] {
        const QList<QByteArray> messages = std::exchange(queued, {});
        if (!log.commit(messages)) {
            std::fprintf(stderr, "bench-barerelay: a commit failed\n");
            QCoreApplication::exit(1);
            return;
        }
        for (const QByteArray &message : messages) {
            for (QWebSocket *client : std::as_const(clients))
                client->sendBinaryMessage(message);
        }
    });
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            clients.append(socket);
            QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                             [&, durable](const QByteArray &message) {
                                 if (durable) {
                                     queued.append(message);
                                     if (!commitTimer.isActive())
                                         commitTimer.start();
                                     return;
                                 }
                                 for (QWebSocket *client : std::as_const(clients))
                                     client->sendBinaryMessage(message);
                             });
            QObject::connect(socket, &QWebSocket::disconnected, socket, [&clients, socket] {
                clients.removeOne(socket);
                socket->deleteLater();
            });
        }
    });
    if (!listenAndSay(tcp))
        return 1;
    return app.exec();
}

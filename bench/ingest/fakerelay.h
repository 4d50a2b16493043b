// SPDX-License-Identifier: GPL-3.0-or-later
// The relay side of bench_ingest: a minimal protocol-v1 relay (hello → welcome, pull → pages,
// push → ack and fan-out) holding one workspace in memory, so that the client under test is
// fed ops as fast as it takes them and the relay's own storage is not what gets measured.
// feed() sends ops live in messages of a given number of ops, as a teammate's pushes arrive.
// Lives on a thread of its own (see bench_ingest.cpp); not for anything but the benchmark.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

namespace muster::bench {

class FakeRelay : public QObject
{
    Q_OBJECT

public:
    // history: the workspace's ops (encoded, protocol::encodeOp) before the client connects.
    explicit FakeRelay(QList<QByteArray> history, QObject *parent = nullptr);
    ~FakeRelay() override;

    // On 127.0.0.1, a free port; false when it cannot listen.
    bool listen();
    QUrl url() const;

    // Appends the ops to the workspace and sends them to every client, batch ops per message.
    void feed(const QList<QByteArray> &ops, int batch);

private:
    void onConnection();
    void onMessage(QWebSocket *socket, const QByteArray &frame);
    void sendPage(QWebSocket *socket, qint64 since);
    void fanOut(qint64 from, const QList<QByteArray> &ops);

    QWebSocketServer *m_server;
    QList<QByteArray> m_log; // sequence number n is m_log[n - 1]
    QHash<QString, qint64> m_lastCounter; // replica → the last counter it pushed
    QList<QWebSocket *> m_clients;
};

} // namespace muster::bench

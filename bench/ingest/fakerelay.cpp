// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakerelay.h"

#include "sync/protocol.h"

#include <QDateTime>
#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

namespace muster::bench {

using namespace protocol;

namespace {
// Catch-up pages stay well inside the client's 64 KiB message limit.
constexpr int kPageOps = 200;
constexpr qint64 kPageBytes = 48 * 1024;
} // namespace

FakeRelay::FakeRelay(QList<QByteArray> history, QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("bench_ingest"), QWebSocketServer::NonSecureMode, this))
    , m_log(std::move(history))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeRelay::onConnection);
}

FakeRelay::~FakeRelay() = default;

bool FakeRelay::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeRelay::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakeRelay::onConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_clients << socket;
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray &frame) { onMessage(socket, frame); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void FakeRelay::onMessage(QWebSocket *socket, const QByteArray &frame)
{
    const Decoded decoded = decode(frame);
    if (!decoded.ok())
        return;
    if (const auto *hello = std::get_if<Hello>(&decoded.message)) {
        Welcome welcome;
        welcome.head = m_log.size();
        welcome.nextCounter = m_lastCounter.value(hello->replica) + 1;
        welcome.hlc = HlcTimestamp {QDateTime::currentMSecsSinceEpoch(), 0}.packed();
        socket->sendBinaryMessage(encode(welcome));
    } else if (const auto *pull = std::get_if<Pull>(&decoded.message)) {
        sendPage(socket, pull->since);
    } else if (const auto *push = std::get_if<Push>(&decoded.message)) {
        Ack ack {push->id, {}};
        QList<QByteArray> encoded;
        const qint64 from = m_log.size() + 1;
        for (const Operation &op : push->ops) {
            encoded << encodeOp(op);
            m_log << encoded.last();
            ack.seqs << m_log.size();
            m_lastCounter[op.id.replica] = op.id.counter;
        }
        socket->sendBinaryMessage(encode(ack));
        fanOut(from, encoded);
    }
    // Presence and anything else: nothing to answer in this benchmark.
}

void FakeRelay::sendPage(QWebSocket *socket, qint64 since)
{
    QList<QByteArray> page;
    qint64 bytes = 0;
    qint64 next = since + 1;
    while (next <= m_log.size() && page.size() < kPageOps && bytes + m_log.at(next - 1).size() < kPageBytes) {
        bytes += m_log.at(next - 1).size();
        page << m_log.at(next - 1);
        ++next;
    }
    socket->sendBinaryMessage(encodeOps(since + 1, m_log.size(), next <= m_log.size(), page));
}

void FakeRelay::fanOut(qint64 from, const QList<QByteArray> &ops)
{
    const QByteArray message = encodeOps(from, m_log.size(), false, ops);
    for (QWebSocket *client : std::as_const(m_clients))
        client->sendBinaryMessage(message);
}

void FakeRelay::feed(const QList<QByteArray> &ops, int batch)
{
    for (qsizetype i = 0; i < ops.size(); i += batch) {
        const QList<QByteArray> slice = ops.mid(i, batch);
        const qint64 from = m_log.size() + 1;
        m_log << slice;
        fanOut(from, slice);
    }
}

} // namespace muster::bench

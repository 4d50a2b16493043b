// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP proxy on loopback that can partition the network the way a dead Wi-Fi or a firewall
// does: while paused, nothing passes in either direction and nobody hears a reset or a close —
// bytes wait, new connections wait, closes wait. heal() lets everything through again.
#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace muster::testing {

class TcpProxy : public QObject
{
public:
    explicit TcpProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *pair = new Pair {client, nullptr};
                m_pairs.append(pair);
                watch(pair, client);
                if (!m_paused)
                    dial(pair);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    ~TcpProxy() override
    {
        // No signal of a socket being destroyed may reach pump() (found by UBSan).
        for (Pair *pair : std::as_const(m_pairs)) {
            for (QTcpSocket *socket : {pair->client.data(), pair->upstream.data()}) {
                if (socket)
                    socket->disconnect(this);
            }
            delete pair;
        }
    }

    quint16 port() const { return m_server.serverPort(); }
    void pause() { m_paused = true; }
    void heal()
    {
        m_paused = false;
        for (Pair *pair : std::as_const(m_pairs)) {
            if (!pair->upstream)
                dial(pair);
            pump(pair);
        }
    }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        bool clientGone = false;
        bool upstreamGone = false;
        ~Pair()
        {
            delete client;
            delete upstream;
        }
    };

    void dial(Pair *pair)
    {
        pair->upstream = new QTcpSocket(this);
        connect(pair->upstream, &QTcpSocket::connected, this, [this, pair] { pump(pair); });
        watch(pair, pair->upstream);
        pair->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    void watch(Pair *pair, QTcpSocket *socket)
    {
        const bool isClient = socket == pair->client;
        connect(socket, &QTcpSocket::readyRead, this, [this, pair] { pump(pair); });
        connect(socket, &QTcpSocket::disconnected, this, [this, pair, isClient] {
            (isClient ? pair->clientGone : pair->upstreamGone) = true;
            pump(pair);
        });
    }

    // Moves what each side sent to the other, and a close after it; nothing while paused.
    void pump(Pair *pair)
    {
        if (m_paused || !pair->client || !pair->upstream
            || (pair->upstream->state() != QAbstractSocket::ConnectedState && !pair->upstreamGone))
            return;
        if (pair->client->bytesAvailable())
            pair->upstream->write(pair->client->readAll());
        if (pair->upstream->bytesAvailable())
            pair->client->write(pair->upstream->readAll());
        if (pair->clientGone)
            pair->upstream->disconnectFromHost();
        if (pair->upstreamGone)
            pair->client->disconnectFromHost();
    }

    quint16 m_upstreamPort;
    QTcpServer m_server;
    QList<Pair *> m_pairs;
    bool m_paused = false;
};

} // namespace muster::testing

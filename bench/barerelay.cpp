// SPDX-License-Identifier: GPL-3.0-or-later
// bench-barerelay: the yardstick for muster-relay. A QWebSocketServer that sends every binary
// message it receives to every connected client: no protocol, no storage, no encoding. What
// it reaches on a machine is the ceiling QtWebSockets itself sets there; the load generator
// must drive it to that ceiling to show the generator is not the bottleneck. Its sockets are
// set up as muster-relay's are (low delay: no Nagle wait for small frames), so that the two
// differ only in what the relay does with a message; and so is its event dispatcher.
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>
#include <cstdio>

int main(int argc, char *argv[])
{
    // The same event dispatcher as muster-relay (see src/relay/eventdispatcher.h), so that the
    // ceiling is measured on the stack the relay runs on. QT_NO_GLIB= (set, empty) keeps GLib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
    QCoreApplication app(argc, argv);
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
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            clients.append(socket);
            QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                             [&clients](const QByteArray &message) {
                                 for (QWebSocket *client : std::as_const(clients))
                                     client->sendBinaryMessage(message);
                             });
            QObject::connect(socket, &QWebSocket::disconnected, socket, [&clients, socket] {
                clients.removeOne(socket);
                socket->deleteLater();
            });
        }
    });
    if (!tcp.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bench-barerelay: %s\n", qPrintable(tcp.errorString()));
        return 1;
    }
    std::printf("listening on ws://127.0.0.1:%d\n", tcp.serverPort());
    std::fflush(stdout);
    return app.exec();
}

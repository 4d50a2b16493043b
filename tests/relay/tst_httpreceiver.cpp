// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's small HTTP server over real loopback sockets: what Alertmanager's client sends
// (keep-alive, a Content-Length, a body in pieces) is answered; what it never sends, or a
// stranger might (chunked bodies, huge headers or bodies, garbage), is refused and closed.
#include "relay/httpreceiver.h"
#include "tlsfixtures.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace muster;

namespace {

// Reads one response (status and body) from a socket, or what there is when it closes.
struct Response
{
    int status = 0;
    QByteArray body;
    bool closes = false;
};

std::optional<Response> readResponse(QTcpSocket &socket, QByteArray &buffer)
{
    const bool complete = QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return socket.state() != QAbstractSocket::ConnectedState;
            const qsizetype lengthAt = buffer.toLower().indexOf("content-length: ");
            const qsizetype length
                = buffer.mid(lengthAt + 16, buffer.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
            return buffer.size() >= end + 4 + length;
        },
        5000);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (!complete || end < 0)
        return std::nullopt;
    Response response;
    const QByteArray head = buffer.left(end);
    response.status = head.mid(9, 3).toInt();
    response.closes = head.toLower().contains("connection: close");
    const qsizetype lengthAt = head.toLower().indexOf("content-length: ");
    const qsizetype lineEnd = head.indexOf("\r\n", lengthAt);
    const qsizetype length
        = head.mid(lengthAt + 16, (lineEnd < 0 ? head.size() : lineEnd) - lengthAt - 16).toLongLong();
    response.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return response;
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

} // namespace

class TestHttpReceiver : public QObject
{
    Q_OBJECT

    QList<HttpRequest> m_requests;
    std::unique_ptr<HttpReceiver> m_receiver;

    QTcpSocket *connectSocket()
    {
        auto *socket = new QTcpSocket(this);
        socket->connectToHost(QHostAddress::LocalHost, m_receiver->port());
        if (!socket->waitForConnected(3000))
            return nullptr;
        return socket;
    }

private Q_SLOTS:
    void init()
    {
        m_requests.clear();
        HttpReceiverOptions options;
        options.maxHeaderBytes = 1024;
        options.maxBodyBytes = 4096;
        options.idleTimeoutMs = 300;
        m_receiver = std::make_unique<HttpReceiver>(
            [this](const HttpRequest &request) {
                m_requests.append(request);
                return HttpResponse {request.path == u"/missing" ? 404 : 200, "ok\n"};
            },
            options);
        QVERIFY(m_receiver->listen(QHostAddress::LocalHost, 0));
    }

    void answersRequestsOnOneKeptAliveConnection()
    {
        QTcpSocket *socket = connectSocket();
        QVERIFY(socket);
        QByteArray buffer;
        socket->write(post("/alertmanager/default", "{\"a\":1}"));
        auto first = readResponse(*socket, buffer);
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(first->body, QByteArray("ok\n"));
        QVERIFY(!first->closes);
        // The same connection carries the next one; the path is decoded, the query dropped.
        socket->write(post("/missing?x=1", "{}"));
        auto second = readResponse(*socket, buffer);
        QVERIFY(second);
        QCOMPARE(second->status, 404);
        QCOMPARE(m_requests.size(), 2);
        QCOMPARE(m_requests.at(0).method, QByteArray("POST"));
        QCOMPARE(m_requests.at(0).path, QStringLiteral("/alertmanager/default"));
        QCOMPARE(m_requests.at(0).body, QByteArray("{\"a\":1}"));
        QCOMPARE(m_requests.at(0).headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(m_requests.at(1).path, QStringLiteral("/missing"));
    }

    void readsARequestThatArrivesByteByByte()
    {
        QTcpSocket *socket = connectSocket();
        QVERIFY(socket);
        const QByteArray request = post("/alertmanager/ops", "{\"alerts\":[]}");
        for (char c : request) {
            socket->write(&c, 1);
            socket->flush();
            QTest::qWait(1);
        }
        QByteArray buffer;
        auto response = readResponse(*socket, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(m_requests.size(), 1);
        QCOMPARE(m_requests.first().body, QByteArray("{\"alerts\":[]}"));
    }

    void refusesWhatItDoesNotSpeakAndCloses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("chunked") << QByteArray(
            "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                 << 411;
        QTest::newRow("body too large") << post("/a", QByteArray(5000, 'x')) << 413;
        QTest::newRow("headers too large")
            << QByteArray("POST /a HTTP/1.1\r\nX-Filler: " + QByteArray(2000, 'y') + "\r\n\r\n") << 431;
        QTest::newRow("not http") << QByteArray("HELLO THERE\r\n\r\n") << 400;
        QTest::newRow("bad length") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: ten\r\n\r\n") << 400;
        QTest::newRow("header without a name") << QByteArray("POST /a HTTP/1.1\r\n: x\r\n\r\n") << 400;
    }

    void refusesWhatItDoesNotSpeakAndCloses()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QTcpSocket *socket = connectSocket();
        QVERIFY(socket);
        socket->write(request);
        QByteArray buffer;
        auto response = readResponse(*socket, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QVERIFY(response->closes);
        QVERIFY(!response->body.isEmpty()); // a sentence saying what is wrong
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(m_requests.isEmpty()); // the handler never saw it
    }

    void dropsAConnectionThatStaysSilent()
    {
        QTcpSocket *socket = connectSocket();
        QVERIFY(socket);
        QTRY_COMPARE(m_receiver->connectionCount(), 1);
        socket->write("POST /a HTTP/1.1\r\n"); // and then nothing
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 3000);
        QTRY_COMPARE(m_receiver->connectionCount(), 0);
    }

    void closesAfterAnsweringWhenAskedTo()
    {
        QTcpSocket *socket = connectSocket();
        QVERIFY(socket);
        socket->write(post("/a", "{}", "Connection: close\r\n"));
        QByteArray buffer;
        auto response = readResponse(*socket, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(response->closes);
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    }
    void overHttpsARequestIsAnsweredAndPlainHttpIsNot()
    {
        HttpReceiverOptions options;
        options.tls = testing::relayTls();
        QVERIFY(options.tls);
        QList<HttpRequest> seen;
        HttpReceiver receiver(
            [&seen](const HttpRequest &request) {
                seen.append(request);
                return HttpResponse {200, "ok\n"};
            },
            options);
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        QVERIFY(receiver.secure());

        const QList<QSslCertificate> ca = testing::trustedCa("ca.pem");
        QCOMPARE(ca.size(), 1);
        QSslSocket socket;
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.setCaCertificates(ca);
        socket.setSslConfiguration(client);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), receiver.port());
        QTRY_VERIFY(socket.isEncrypted());
        socket.write(post("/alertmanager/default", "{}"));
        QByteArray buffer;
        const auto response = readResponse(socket, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().peer, QHostAddress(QHostAddress::LocalHost));

        // Plain HTTP to the HTTPS port is never read as a request.
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, receiver.port());
        QTRY_COMPARE(plain.state(), QAbstractSocket::ConnectedState);
        plain.write(post("/alertmanager/default", "{}"));
        QTRY_VERIFY_WITH_TIMEOUT(plain.state() == QAbstractSocket::UnconnectedState, 7000);
        QCOMPARE(seen.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpReceiver)
#include "tst_httpreceiver.moc"

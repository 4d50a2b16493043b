// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsconnection.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace muster::bench {

namespace {

constexpr size_t kReadChunk = 256 * 1024;
constexpr uint64_t kMaxMessage = 16 * 1024 * 1024; // far above any relay limit: a runaway guard

enum Opcode : uint8_t
{
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xa,
};

} // namespace

WsConnection::WsConnection(int index, MessageHandler onMessage)
    : m_index(index)
    , m_onMessage(std::move(onMessage))
    , m_in(kReadChunk * 2)
{ }

WsConnection::~WsConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool WsConnection::start(const std::string &host, int port, const std::string &path)
{
    m_host = host;
    m_path = path;
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail(std::string("socket: ") + std::strerror(errno));
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    if (::inet_pton(AF_INET, host.c_str(), &address.sin_addr) != 1)
        return fail("not an IPv4 address: " + host);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0 && errno != EINPROGRESS)
        return fail(std::string("connect: ") + std::strerror(errno));
    m_state = State::Connecting;
    m_mask = QRandomGenerator::global()->generate() | 1u; // never zero
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    m_key = nonce.toBase64().toStdString();
    return true;
}

bool WsConnection::fail(std::string error)
{
    if (m_error.empty())
        m_error = std::move(error);
    m_state = State::Closed;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    return false;
}

bool WsConnection::onWritable()
{
    if (m_state == State::Connecting) {
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0)
            return fail(std::string("connect: ") + std::strerror(error));
        m_state = State::Handshaking;
        m_out = "GET " + m_path + " HTTP/1.1\r\nHost: " + m_host
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key
            + "\r\nSec-WebSocket-Version: 13\r\n\r\n" + m_out;
    }
    return flush();
}

bool WsConnection::flush()
{
    while (m_outSent < m_out.size()) {
        const ssize_t sent = ::send(m_fd, m_out.data() + m_outSent, m_out.size() - m_outSent, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return true;
            if (errno == EINTR)
                continue;
            return fail(std::string("send: ") + std::strerror(errno));
        }
        m_outSent += size_t(sent);
    }
    m_out.clear();
    m_outSent = 0;
    return true;
}

bool WsConnection::onReadable()
{
    for (;;) {
        if (m_in.size() - m_inUsed < kReadChunk)
            m_in.resize(m_inUsed + kReadChunk);
        const ssize_t got = ::recv(m_fd, m_in.data() + m_inUsed, m_in.size() - m_inUsed, 0);
        if (got == 0)
            return fail("the relay closed the connection");
        if (got < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return true;
            if (errno == EINTR)
                continue;
            return fail(std::string("recv: ") + std::strerror(errno));
        }
        m_inUsed += size_t(got);
        m_bytesReceived += uint64_t(got);
        if (m_state == State::Handshaking && !parseHandshake())
            return m_state != State::Closed;
        if (m_state == State::Open && !parseFrames())
            return false;
        if (size_t(got) < kReadChunk)
            return true; // drained for now; level-triggered epoll says when there is more
    }
}

bool WsConnection::parseHandshake()
{
    const std::string_view in(m_in.data(), m_inUsed);
    const size_t end = in.find("\r\n\r\n");
    if (end == std::string_view::npos)
        return false;
    const std::string_view head = in.substr(0, end);
    if (head.substr(0, 12) != "HTTP/1.1 101")
        return fail("the relay refused the upgrade: " + std::string(head.substr(0, head.find('\r'))));
    const QByteArray expected
        = QCryptographicHash::hash(QByteArray::fromStdString(m_key) + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                   QCryptographicHash::Sha1)
              .toBase64();
    if (head.find(expected.toStdString()) == std::string_view::npos)
        return fail("the relay's Sec-WebSocket-Accept does not match the key");
    std::memmove(m_in.data(), m_in.data() + end + 4, m_inUsed - end - 4);
    m_inUsed -= end + 4;
    m_state = State::Open;
    return true;
}

bool WsConnection::parseFrames()
{
    size_t at = 0;
    const auto *bytes = reinterpret_cast<const uint8_t *>(m_in.data());
    while (m_inUsed - at >= 2) {
        const uint8_t opcode = bytes[at] & 0x0f;
        const bool fin = bytes[at] & 0x80;
        const bool masked = bytes[at + 1] & 0x80;
        uint64_t length = bytes[at + 1] & 0x7f;
        size_t header = 2;
        if (length == 126) {
            if (m_inUsed - at < 4)
                break;
            length = (uint64_t(bytes[at + 2]) << 8) | bytes[at + 3];
            header = 4;
        } else if (length == 127) {
            if (m_inUsed - at < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | bytes[at + 2 + i];
            header = 10;
        }
        if (masked)
            return fail("the relay sent a masked frame");
        if (length > kMaxMessage)
            return fail("the relay sent a frame of " + std::to_string(length) + " bytes");
        if (m_inUsed - at - header < length)
            break;
        const std::string_view payload(m_in.data() + at + header, size_t(length));
        at += header + size_t(length);
        switch (opcode) {
        case Binary:
        case Text:
        case Continuation:
            if (fin && opcode != Continuation && m_fragments.empty()) {
                m_onMessage(*this, payload);
            } else {
                m_fragments.append(payload);
                if (fin) {
                    m_onMessage(*this, m_fragments);
                    m_fragments.clear();
                }
            }
            break;
        case Ping:
            sendFrame(Pong, payload);
            break;
        case Pong:
            break;
        case Close: {
            const int code = payload.size() >= 2 ? (uint8_t(payload[0]) << 8) | uint8_t(payload[1]) : 1005;
            const std::string reason(payload.size() > 2 ? payload.substr(2) : std::string_view());
            return fail("closed by the relay with " + std::to_string(code) + " " + reason);
        }
        default:
            return fail("unknown opcode " + std::to_string(opcode));
        }
        if (m_state == State::Closed)
            return false;
    }
    if (at > 0) {
        std::memmove(m_in.data(), m_in.data() + at, m_inUsed - at);
        m_inUsed -= at;
    }
    return true;
}

void WsConnection::sendBinary(std::string_view payload)
{
    sendFrame(Binary, payload);
}

void WsConnection::sendFrame(uint8_t opcode, std::string_view payload)
{
    const bool idle = m_outSent >= m_out.size();
    std::string &out = m_out;
    out.push_back(char(0x80 | opcode));
    if (payload.size() < 126) {
        out.push_back(char(0x80 | payload.size()));
    } else if (payload.size() <= 0xffff) {
        out.push_back(char(0x80 | 126));
        out.push_back(char(payload.size() >> 8));
        out.push_back(char(payload.size() & 0xff));
    } else {
        out.push_back(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.push_back(char((uint64_t(payload.size()) >> shift) & 0xff));
    }
    const uint8_t key[4]
        = {uint8_t(m_mask >> 24), uint8_t(m_mask >> 16), uint8_t(m_mask >> 8), uint8_t(m_mask)};
    out.append(reinterpret_cast<const char *>(key), 4);
    const size_t start = out.size();
    out.append(payload);
    for (size_t i = 0; i < payload.size(); ++i)
        out[start + i] = char(uint8_t(out[start + i]) ^ key[i & 3]);
    // Write at once when nothing is queued: most sends complete here without an EPOLLOUT round.
    if (idle && m_state == State::Open)
        flush();
}

} // namespace muster::bench

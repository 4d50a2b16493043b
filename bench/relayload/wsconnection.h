// SPDX-License-Identifier: GPL-3.0-or-later
// One client WebSocket (RFC 6455) over a non-blocking TCP socket, driven by the load
// generator's single epoll loop. Written for throughput, not generality: it speaks just enough
// of the protocol for a benchmark client (handshake, binary frames, ping/pong, close), reads in
// 256 KiB gulps and parses frames in place, so the generator is never the ceiling.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace muster::bench {

class WsConnection
{
public:
    enum class State
    {
        Connecting, // TCP connect under way
        Handshaking, // upgrade request sent, waiting for "101 Switching Protocols"
        Open,
        Closed,
    };

    // Called for every complete binary message; the view is valid only during the call.
    using MessageHandler = std::function<void(WsConnection &, std::string_view message)>;

    WsConnection(int index, MessageHandler onMessage);
    ~WsConnection();
    WsConnection(const WsConnection &) = delete;
    WsConnection &operator=(const WsConnection &) = delete;

    // Starts a non-blocking connect to 127.0.0.1-style addresses; false with error() set.
    bool start(const std::string &host, int port, const std::string &path);

    // Handle epoll readiness. Both return false once the connection is closed or failed.
    bool onReadable();
    bool onWritable();

    // Queues one masked binary frame.
    void sendBinary(std::string_view payload);

    int fd() const { return m_fd; }
    int index() const { return m_index; }
    State state() const { return m_state; }
    bool wantsWrite() const { return m_state == State::Connecting || m_outSent < m_out.size(); }
    const std::string &error() const { return m_error; }
    uint64_t bytesReceived() const { return m_bytesReceived; }

private:
    bool fail(std::string error);
    bool flush();
    bool parseHandshake();
    bool parseFrames();
    void sendFrame(uint8_t opcode, std::string_view payload);

    int m_index;
    MessageHandler m_onMessage;
    int m_fd = -1;
    State m_state = State::Closed;
    std::string m_host;
    std::string m_path;
    std::string m_key;
    std::vector<char> m_in;
    size_t m_inUsed = 0;
    std::string m_out;
    size_t m_outSent = 0;
    std::string m_fragments; // a message split over continuation frames
    uint32_t m_mask = 0;
    uint64_t m_bytesReceived = 0;
    std::string m_error;
};

} // namespace muster::bench

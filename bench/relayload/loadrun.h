// SPDX-License-Identifier: GPL-3.0-or-later
// One load-generator run: N WebSocket clients on one epoll loop, W of them writing, against
// either muster-relay (speaking protocol v1: hello, pull to go live, push, ack, ops, behind) or
// the bare broadcast relay (raw frames echoed to everyone). It records, per sequence number,
// when it was pushed and when the last client received it, and prints the figures
// docs/performance.md reports: delivered-to-all latency, acknowledgement latency, fan-out rate.
#pragma once

#include "opsscan.h"
#include "wsconnection.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

class QByteArray;

namespace muster::bench {

struct LoadOptions
{
    enum class Mode
    {
        Muster, // muster-relay, protocol v1
        Bare, // bench-barerelay: every binary message is sent on to every client
    };
    Mode mode = Mode::Muster;
    std::string host = "127.0.0.1";
    int port = 7447;
    std::string workspace; // empty: a fresh one per run, so sequence numbers start at 1
    int clients = 200; // writers included
    int writers = 10;
    double rate = 1000; // ops per second offered by all writers together; 0: as fast as acked
    int batch = 1; // ops per push (muster) or per message (bare)
    int window = 4; // pushes or messages in flight per writer when rate is 0
    // The size of each message: bare mode sends exactly this many bytes; muster mode pads each
    // log entry's text so that one encoded op takes this many (the push and the fan-out frame
    // add their envelopes of about 20 bytes). 0 in muster mode: a plain 90-character entry.
    int payloadBytes = 0;
    double warmupSeconds = 1;
    double seconds = 10;
    bool idle = false; // connect, go live, report the relay's memory, and stop
    int relayPid = 0; // for memory and CPU figures; 0: not reported
    // Find the highest sustainable rate instead of measuring one: offered loads rise from
    // startRate by `ladderFactor` until a step fails, then bisect between the last pass and the
    // first failure. A step passes when the p99 from push to delivered-to-all stays within
    // maxP99Ms, every message reached every client, and no client fell behind.
    bool findMax = false;
    double startRate = 500;
    double ladderFactor = 1.5;
    int bisections = 3;
    double maxP99Ms = 50;
};

// What one measured window showed.
struct StepFigures
{
    double offeredRate = 0; // messages (ops) per second; 0: as fast as acknowledged
    double opsPerSecond = 0; // pushed in the window
    double deliveriesPerSecond = 0; // op deliveries in the window, over every client
    double p50Ms = 0, p99Ms = 0, p999Ms = 0, maxMs = 0; // push → delivered to all
    double ackP50Ms = 0, ackP99Ms = 0;
    int64_t pushed = 0; // in the window
    int64_t incomplete = 0; // pushed in the window but not delivered to everyone
    int64_t behind = 0; // clients switched to catch-up because they read too slowly
    double relayCpuPercent = 0, generatorCpuPercent = 0;

    bool sustained(double maxP99Ms) const
    {
        return pushed > 0 && incomplete == 0 && behind == 0 && p99Ms <= maxP99Ms;
    }
};

class LoadRun
{
public:
    explicit LoadRun(LoadOptions options);
    ~LoadRun();

    // Runs to the end and prints "key value" lines on stdout; false with a message on stderr
    // if the run could not take place (connection refused, protocol error).
    bool run();

private:
    // Sends at `rate` (0: window mode) for warm-up + seconds, drains, and measures.
    StepFigures measure(double rate, double warmupSeconds, double seconds);
    // The ladder of findMax (loadladder.cpp); prints a line per step and the best passing one.
    bool findMaxRate();
    void printFigures(const StepFigures &figures) const;

    struct Client;
    struct SeqRecord
    {
        int64_t pushedNs = 0; // 0: not known (not ours, or not acknowledged yet)
        int64_t lastDeliveryNs = 0;
        int32_t deliveries = 0;
    };

    // Opens clients until there are `count` and waits until all of them are live.
    bool connectAll(int count);
    bool loopUntil(int64_t deadlineNs, bool (LoadRun::*done)() const);
    bool pollOnce(int64_t deadlineNs);
    void service(Client &client, uint32_t events);
    void onMessage(Client &client, std::string_view message);
    void onMusterMessage(Client &client, std::string_view message);
    void onAck(Client &client, const AckEnvelope &ack);
    void onBareMessage(Client &client, std::string_view message);
    void onOpen(Client &client);
    void recordDelivery(int64_t seq, int count);
    void sendNext(Client &writer);
    void sendScheduled();
    void send(Client &client, const QByteArray &bytes);
    void updateInterest(Client &client);
    bool allLive() const;
    bool allDelivered() const;
    StepFigures figures(double rate) const;

    LoadOptions m_options;
    int m_epoll = -1;
    std::vector<std::unique_ptr<Client>> m_clients;
    AckEnvelope m_ackScan; // reused: its list of sequence numbers keeps its capacity
    std::vector<SeqRecord> m_seqs; // indexed by sequence number (bare: message number)
    int m_live = 0;
    int m_connectTarget = 0;
    int m_failed = 0;
    int64_t m_nowNs = 0;
    int64_t m_lastMessageNs = 0; // when any client last received a message
    int64_t m_startNs = 0; // the first push
    int64_t m_windowStartNs = 0; // after the warm-up
    int64_t m_windowEndNs = 0;
    bool m_sending = false;
    int64_t m_scheduled = 0; // pushes or messages sent on the rate schedule so far
    int64_t m_opsSent = 0;
    int64_t m_opsAcked = 0;
    int64_t m_lastSeq = 0; // the highest sequence number a writer was given (bare: message sent)
    int64_t m_deliveriesInWindow = 0;
    int64_t m_deliveries = 0;
    int64_t m_behind = 0;
    int64_t m_behindInWindow = 0;
    double m_rate = 0; // the offered rate of the step under way
    QString m_filler; // muster mode: padding that brings each op to payloadBytes
    int64_t m_errors = 0;
    int64_t m_gaps = 0;
    mutable int64_t m_completeUpTo = 0; // every sequence number up to here reached every client
    int64_t m_firstSeqOfStep = 1; // the first sequence number pushed in the step under way
    std::vector<int64_t> m_ackNs; // of the step under way
};

} // namespace muster::bench

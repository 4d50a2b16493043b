// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadrun.h"

#include "core/changes.h"
#include "core/hlc.h"
#include "core/ids.h"
#include "opsscan.h"
#include "sync/protocol.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <unistd.h>

namespace muster::bench {

namespace {

int64_t monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return int64_t(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

constexpr int64_t kSecond = 1'000'000'000;

// The relay's resident memory and CPU time, read from /proc (0 when unknown).
int64_t residentKiB(int pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoll(line.substr(6));
    }
    return 0;
}

double cpuSeconds(int pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const size_t paren = text.rfind(')');
    if (paren == std::string::npos)
        return 0;
    // Fields after the command: state is field 3; utime and stime are fields 14 and 15.
    std::vector<std::string> fields;
    size_t at = paren + 2;
    while (at < text.size()) {
        const size_t space = text.find(' ', at);
        fields.push_back(text.substr(at, space - at));
        if (space == std::string::npos)
            break;
        at = space + 1;
    }
    if (fields.size() < 13)
        return 0;
    return double(std::stoll(fields[11]) + std::stoll(fields[12])) / double(sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentileMs(std::vector<int64_t> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return double(values[index]) / 1e6;
}

// One log-entry op as a writer pushes it; `filler` pads its text to a chosen size.
Operation loadOp(const QString &replica, int64_t counter, const HlcTimestamp &hlc, const QString &workspace,
                 const QString &filler)
{
    static const QString incident = newEntityId(1'795'000'000'000);
    const Change change
        = changes::logEntry(
              incident, LogKind::Note,
              QStringLiteral("Load test entry %1 from %2: checked the upstream pool, latency normal%3")
                  .arg(counter)
                  .arg(replica, filler))
              .constFirst();
    Operation op;
    op.id = {replica, counter};
    op.hlc = hlc;
    op.actor = QStringLiteral("0000000000000000");
    op.workspace = workspace;
    op.kind = change.kind;
    op.entity = change.entity;
    op.field = change.field;
    op.value = change.value;
    return op;
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

} // namespace

struct LoadRun::Client
{
    Client(int index, WsConnection::MessageHandler handler)
        : connection(index, std::move(handler))
    { }

    WsConnection connection;
    uint32_t interest = 0;
    bool writer = false;
    bool opened = false;
    bool live = false;
    QString replica;
    HybridLogicalClock clock;
    int64_t nextCounter = 1;
    int64_t lastSeq = 0; // the last sequence number received in order
    int64_t pushId = 0;
    int inFlight = 0;
    std::map<int64_t, int64_t> pushedAt; // push id (bare: message number) → send time
};

LoadRun::LoadRun(LoadOptions options)
    : m_options(std::move(options))
{
    if (m_options.workspace.empty())
        m_options.workspace
            = "bench-" + std::to_string(getpid()) + "-" + std::to_string(monotonicNs() % 1'000'000);
    if (m_options.mode == LoadOptions::Mode::Muster && m_options.payloadBytes > 0) {
        // Measure an op as it will be sent (a six-digit counter) and pad the text to the size.
        HybridLogicalClock clock;
        const qsizetype plain = protocol::encodeOp(loadOp(newReplicaId(), 100'000, clock.now(),
                                                          QString::fromStdString(m_options.workspace), {}))
                                    .size();
        static const QString words = QStringLiteral(" and the pool, the queue and the disk all look normal.");
        while (m_filler.size() < m_options.payloadBytes - plain)
            m_filler += words;
        m_filler.truncate(std::max<qsizetype>(0, m_options.payloadBytes - plain));
    }
}

LoadRun::~LoadRun()
{
    m_clients.clear();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool LoadRun::run()
{
    // Hundreds of sockets: lift the soft descriptor limit to the hard one.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_options.idle) {
        // The first connection loads what every later one shares (about 6 MB here: network and
        // WebSocket machinery initialised on first use), so the baseline is the relay with one
        // client. Each reading waits until the presence updates have settled and the relay has
        // returned the burst's freed memory (2 s after the last connection).
        if (!connectAll(1))
            return false;
        loopUntil(monotonicNs() + 3 * kSecond, nullptr);
        const int64_t rssBefore = m_options.relayPid ? residentKiB(m_options.relayPid) : 0;
        if (!connectAll(m_options.clients))
            return false;
        loopUntil(monotonicNs() + 4 * kSecond, nullptr);
        const int64_t rssAfter = m_options.relayPid ? residentKiB(m_options.relayPid) : 0;
        const int added = std::max(1, m_options.clients - 1);
        std::printf("clients %d\nrelay_rss_one_client_kib %lld\nrelay_rss_after_kib %lld\n",
                    m_options.clients, (long long)rssBefore, (long long)rssAfter);
        std::printf("relay_kib_per_idle_connection %.1f\n", double(rssAfter - rssBefore) / added);
        return true;
    }
    if (!connectAll(m_options.clients))
        return false;
    // Every arrival is announced to everyone already there (presence): with 1,000 clients that
    // is a million messages the relay is still sending when the last client is live. Measuring
    // before it is done would time the connection burst, not the load.
    const int64_t settleDeadline = monotonicNs() + 60 * kSecond;
    while (monotonicNs() - m_lastMessageNs < kSecond && monotonicNs() < settleDeadline)
        loopUntil(monotonicNs() + kSecond / 10, nullptr);
    if (m_options.findMax)
        return findMaxRate();
    const StepFigures step = measure(m_options.rate, m_options.warmupSeconds, m_options.seconds);
    printFigures(step);
    return true;
}

StepFigures LoadRun::measure(double rate, double warmupSeconds, double seconds)
{
    m_rate = rate;
    m_ackNs.clear();
    m_deliveriesInWindow = 0;
    m_behindInWindow = 0;
    m_scheduled = 0;
    m_firstSeqOfStep = m_lastSeq + 1;
    const double relayCpuBefore = m_options.relayPid ? cpuSeconds(m_options.relayPid) : 0;
    const double ownCpuBefore = ownCpuSeconds();
    m_startNs = monotonicNs();
    m_windowStartNs = m_startNs + int64_t(warmupSeconds * kSecond);
    m_windowEndNs = m_windowStartNs + int64_t(seconds * kSecond);
    m_sending = true;
    if (m_rate <= 0) {
        for (auto &client : m_clients) {
            for (int i = 0; client->writer && i < m_options.window; ++i)
                sendNext(*client);
        }
    }
    loopUntil(m_windowEndNs, nullptr);
    m_sending = false;
    const double elapsed = double(m_windowEndNs - m_startNs) / kSecond;
    const double relayCpu = m_options.relayPid ? cpuSeconds(m_options.relayPid) - relayCpuBefore : 0;
    const double ownCpu = ownCpuSeconds() - ownCpuBefore;
    // Drain: everything sent must reach every client (or the figures say how much did not).
    loopUntil(monotonicNs() + 10 * kSecond, &LoadRun::allDelivered);
    StepFigures step = figures(rate);
    step.relayCpuPercent = 100 * relayCpu / elapsed;
    step.generatorCpuPercent = 100 * ownCpu / elapsed;
    return step;
}

bool LoadRun::connectAll(int count)
{
    m_connectTarget = count;
    for (int i = int(m_clients.size()); i < count; ++i) {
        auto client = std::make_unique<Client>(i, [this](WsConnection &connection, std::string_view message) {
            onMessage(*m_clients[size_t(connection.index())], message);
        });
        client->writer = i < m_options.writers;
        client->replica = newReplicaId();
        if (!client->connection.start(m_options.host, m_options.port, "/")) {
            std::fprintf(stderr, "client %d: %s\n", i, client->connection.error().c_str());
            return false;
        }
        m_clients.push_back(std::move(client));
        updateInterest(*m_clients.back());
    }
    if (!loopUntil(monotonicNs() + 60 * kSecond, &LoadRun::allLive) || m_live < count) {
        std::fprintf(stderr, "only %d of %d clients went live\n", m_live, count);
        return false;
    }
    return true;
}

bool LoadRun::allLive() const
{
    return m_live == m_connectTarget;
}

bool LoadRun::allDelivered() const
{
    const int expected = m_options.clients - m_failed;
    // Sequence numbers complete roughly in order: resume where the last check stopped.
    while (m_completeUpTo < m_lastSeq && m_completeUpTo + 1 < int64_t(m_seqs.size())
           && m_seqs[size_t(m_completeUpTo + 1)].deliveries >= expected)
        ++m_completeUpTo;
    if (m_completeUpTo < m_lastSeq)
        return false;
    return m_opsAcked == m_opsSent || m_options.mode == LoadOptions::Mode::Bare;
}

bool LoadRun::loopUntil(int64_t deadlineNs, bool (LoadRun::*done)() const)
{
    while (monotonicNs() < deadlineNs) {
        if (done && (this->*done)())
            return true;
        if (!pollOnce(deadlineNs))
            return false;
        if (m_failed > 0 && m_live + m_failed == m_connectTarget && !m_sending && done == &LoadRun::allLive)
            return false;
    }
    return done == nullptr || (this->*done)();
}

bool LoadRun::pollOnce(int64_t deadlineNs)
{
    m_nowNs = monotonicNs();
    if (m_sending && m_rate > 0)
        sendScheduled();
    int64_t waitNs = deadlineNs - m_nowNs;
    if (m_sending && m_rate > 0) {
        const double interval = double(m_options.batch) / m_rate * kSecond;
        waitNs = std::min<int64_t>(waitNs, m_startNs + int64_t(double(m_scheduled) * interval) - m_nowNs);
    }
    const timespec timeout {time_t(std::max<int64_t>(waitNs, 0) / kSecond),
                            long(std::max<int64_t>(waitNs, 0) % kSecond)};
    epoll_event events[256];
    const int ready = epoll_pwait2(m_epoll, events, 256, &timeout, nullptr);
    if (ready < 0) {
        if (errno == EINTR)
            return true;
        std::fprintf(stderr, "epoll: %s\n", std::strerror(errno));
        return false;
    }
    for (int i = 0; i < ready; ++i)
        service(*m_clients[events[i].data.u32], events[i].events);
    return true;
}

void LoadRun::service(Client &client, uint32_t events)
{
    WsConnection &connection = client.connection;
    bool alive = true;
    if (events & (EPOLLOUT | EPOLLERR | EPOLLHUP))
        alive = connection.onWritable();
    if (alive && (events & (EPOLLIN | EPOLLERR | EPOLLHUP))) {
        m_nowNs = monotonicNs();
        alive = connection.onReadable();
    }
    if (alive && !client.opened && connection.state() == WsConnection::State::Open)
        onOpen(client);
    if (connection.state() == WsConnection::State::Closed) {
        if (client.live)
            --m_live;
        client.live = false;
        ++m_failed;
        client.interest = 0;
        std::fprintf(stderr, "client %d: %s\n", connection.index(), connection.error().c_str());
        return;
    }
    updateInterest(client);
}

void LoadRun::updateInterest(Client &client)
{
    const int fd = client.connection.fd();
    if (fd < 0)
        return;
    const uint32_t wanted = EPOLLIN | (client.connection.wantsWrite() ? EPOLLOUT : 0u);
    if (wanted == client.interest)
        return;
    epoll_event event {};
    event.events = wanted;
    event.data.u32 = uint32_t(client.connection.index());
    epoll_ctl(m_epoll, client.interest == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event);
    client.interest = wanted;
}

void LoadRun::onOpen(Client &client)
{
    client.opened = true;
    if (m_options.mode == LoadOptions::Mode::Bare) {
        client.live = true;
        ++m_live;
        return;
    }
    protocol::Hello hello;
    hello.replica = client.replica;
    hello.workspace = QString::fromStdString(m_options.workspace);
    hello.client = QStringLiteral("muster-relayload");
    send(client, protocol::encode(hello));
}

void LoadRun::send(Client &client, const QByteArray &bytes)
{
    client.connection.sendBinary(view(bytes));
    updateInterest(client);
}

void LoadRun::onMessage(Client &client, std::string_view message)
{
    m_lastMessageNs = m_nowNs;
    if (m_options.mode == LoadOptions::Mode::Bare)
        onBareMessage(client, message);
    else
        onMusterMessage(client, message);
}

void LoadRun::recordDelivery(int64_t seq, int count)
{
    if (seq + count > int64_t(m_seqs.size()))
        m_seqs.resize(size_t(std::max<int64_t>(seq + count, int64_t(m_seqs.size()) * 2)));
    for (int64_t s = seq; s < seq + count; ++s) {
        SeqRecord &record = m_seqs[size_t(s)];
        ++record.deliveries;
        record.lastDeliveryNs = m_nowNs;
    }
    m_deliveries += count;
    if (m_nowNs >= m_windowStartNs && m_nowNs < m_windowEndNs)
        m_deliveriesInWindow += count;
}

void LoadRun::onAck(Client &client, const AckEnvelope &ack)
{
    const auto pushed = client.pushedAt.find(ack.id);
    if (pushed == client.pushedAt.end())
        return;
    for (int64_t seq : ack.seqs) {
        if (seq >= int64_t(m_seqs.size()))
            m_seqs.resize(size_t(seq) * 2);
        m_seqs[size_t(seq)].pushedNs = pushed->second;
        m_lastSeq = std::max<int64_t>(m_lastSeq, seq);
    }
    m_opsAcked += ack.seqs.size();
    m_ackNs.push_back(m_nowNs - pushed->second);
    client.pushedAt.erase(pushed);
    --client.inFlight;
    if (m_sending && m_rate <= 0)
        sendNext(client);
}

void LoadRun::onMusterMessage(Client &client, std::string_view message)
{
    OpsEnvelope ops;
    const ScanResult scanned = scanOps(message, ops);
    if (scanned == ScanResult::Ops) {
        if (ops.count > 0) {
            if (ops.from != client.lastSeq + 1)
                ++m_gaps;
            recordDelivery(ops.from, int(ops.count));
            client.lastSeq = ops.from + ops.count - 1;
        }
        if (!client.live) {
            if (ops.more) {
                send(client, protocol::encode(protocol::Pull {client.lastSeq}));
            } else {
                client.live = true;
                ++m_live;
            }
        }
        return;
    }
    if (scanAck(message, m_ackScan) == ScanResult::Ack) {
        onAck(client, m_ackScan);
        return;
    }
    const auto decoded = protocol::decode(QByteArray::fromRawData(message.data(), qsizetype(message.size())));
    if (!decoded.ok()) {
        ++m_errors;
        std::fprintf(stderr, "client %d: %s\n", client.connection.index(), qPrintable(decoded.error));
        return;
    }
    if (const auto *welcome = std::get_if<protocol::Welcome>(&decoded.message)) {
        client.nextCounter = welcome->nextCounter;
        client.lastSeq = welcome->head;
        send(client, protocol::encode(protocol::Pull {welcome->head}));
    } else if (std::get_if<protocol::Behind>(&decoded.message)) {
        ++m_behind;
        if (m_sending)
            ++m_behindInWindow;
        client.live = false;
        --m_live;
        send(client, protocol::encode(protocol::Pull {client.lastSeq}));
    } else if (const auto *error = std::get_if<protocol::Error>(&decoded.message)) {
        ++m_errors;
        std::fprintf(stderr, "client %d: relay error %s: %s\n", client.connection.index(),
                     qPrintable(error->code), qPrintable(error->message));
    }
}

void LoadRun::onBareMessage(Client &client, std::string_view message)
{
    if (message.size() < 20)
        return;
    int64_t sentNs = 0;
    int64_t number = 0;
    uint32_t writer = 0;
    std::memcpy(&sentNs, message.data(), 8);
    std::memcpy(&number, message.data() + 8, 8);
    std::memcpy(&writer, message.data() + 16, 4);
    recordDelivery(number, 1);
    m_seqs[size_t(number)].pushedNs = sentNs;
    if (writer == uint32_t(client.connection.index()) && client.writer) {
        --client.inFlight;
        ++m_opsAcked;
        m_ackNs.push_back(m_nowNs - sentNs);
        if (m_sending && m_rate <= 0)
            sendNext(client);
    }
}

void LoadRun::sendScheduled()
{
    const double interval = double(m_options.batch) / m_rate * kSecond;
    while (m_startNs + int64_t(double(m_scheduled) * interval) <= m_nowNs) {
        Client &writer = *m_clients[size_t(m_scheduled % m_options.writers)];
        ++m_scheduled;
        if (writer.live)
            sendNext(writer);
    }
}

void LoadRun::sendNext(Client &writer)
{
    ++writer.inFlight;
    const int64_t now = monotonicNs();
    if (m_options.mode == LoadOptions::Mode::Bare) {
        std::string payload(size_t(std::max(m_options.payloadBytes, 20)), 'x');
        const int64_t number = ++m_lastSeq;
        const uint32_t index = uint32_t(writer.connection.index());
        std::memcpy(payload.data(), &now, 8);
        std::memcpy(payload.data() + 8, &number, 8);
        std::memcpy(payload.data() + 16, &index, 4);
        writer.connection.sendBinary(payload);
        updateInterest(writer);
        ++m_opsSent;
        return;
    }
    protocol::Push push;
    push.id = ++writer.pushId;
    for (int i = 0; i < m_options.batch; ++i) {
        push.ops.append(loadOp(writer.replica, writer.nextCounter, writer.clock.now(),
                               QString::fromStdString(m_options.workspace), m_filler));
        ++writer.nextCounter;
    }
    writer.pushedAt[push.id] = now;
    m_opsSent += push.ops.size();
    send(writer, protocol::encode(push));
}

StepFigures LoadRun::figures(double rate) const
{
    const int receivers = m_options.clients - m_failed;
    std::vector<int64_t> toAll;
    StepFigures step;
    step.offeredRate = rate;
    for (int64_t seq = m_firstSeqOfStep; seq <= m_lastSeq && seq < int64_t(m_seqs.size()); ++seq) {
        const SeqRecord &record = m_seqs[size_t(seq)];
        if (record.pushedNs < m_windowStartNs || record.pushedNs >= m_windowEndNs)
            continue; // warm-up, or not pushed by this run
        ++step.pushed;
        if (record.deliveries < receivers)
            ++step.incomplete;
        else
            toAll.push_back(record.lastDeliveryNs - record.pushedNs);
    }
    const double seconds = double(m_windowEndNs - m_windowStartNs) / kSecond;
    step.opsPerSecond = double(step.pushed) / seconds;
    step.deliveriesPerSecond = double(m_deliveriesInWindow) / seconds;
    step.p50Ms = percentileMs(toAll, 0.5);
    step.p99Ms = percentileMs(toAll, 0.99);
    step.p999Ms = percentileMs(toAll, 0.999);
    step.maxMs = percentileMs(toAll, 1.0);
    step.ackP50Ms = percentileMs(m_ackNs, 0.5);
    step.ackP99Ms = percentileMs(m_ackNs, 0.99);
    step.behind = m_behindInWindow;
    return step;
}

void LoadRun::printFigures(const StepFigures &step) const
{
    std::printf("mode %s\nclients %d\nwriters %d\nfailed_clients %d\n",
                m_options.mode == LoadOptions::Mode::Bare ? "bare" : "muster", m_options.clients,
                m_options.writers, m_failed);
    std::printf("offered_rate %.0f\nops_sent %lld\nops_acked %lld\nops_per_second %.0f\n", step.offeredRate,
                (long long)m_opsSent, (long long)m_opsAcked, step.opsPerSecond);
    std::printf("deliveries %lld\ndeliveries_per_second %.0f\n", (long long)m_deliveries,
                step.deliveriesPerSecond);
    std::printf("delivered_to_all_p50_ms %.2f\ndelivered_to_all_p99_ms %.2f\ndelivered_to_all_p999_ms %.2f\n"
                "delivered_to_all_max_ms %.2f\n",
                step.p50Ms, step.p99Ms, step.p999Ms, step.maxMs);
    std::printf("not_delivered_to_all %lld\n", (long long)step.incomplete);
    std::printf("ack_p50_ms %.2f\nack_p99_ms %.2f\n", step.ackP50Ms, step.ackP99Ms);
    std::printf("behind %lld\nerrors %lld\ngaps %lld\n", (long long)step.behind, (long long)m_errors,
                (long long)m_gaps);
    std::printf("relay_cpu_percent %.0f\ngenerator_cpu_percent %.0f\n", step.relayCpuPercent,
                step.generatorCpuPercent);
}

} // namespace muster::bench

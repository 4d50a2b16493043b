// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the envelope of the relay's `ops` message (from, head, more, number of ops) and the
// ack of a push straight from the CBOR bytes, without decoding the ops themselves. The load
// generator receives hundreds of thousands of op deliveries a second and only needs to know
// which sequence numbers arrived; decoding every op through protocol::decode() would make the
// generator the bottleneck.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace muster::bench {

struct OpsEnvelope
{
    int64_t from = 0;
    int64_t head = 0;
    bool more = false;
    int64_t count = 0;
};

// The relay's ack of a push: which push, and the sequence number of each of its ops.
struct AckEnvelope
{
    int64_t id = 0;
    std::vector<int64_t> seqs;
};

enum class ScanResult
{
    Ops, // an ops message; the envelope is filled in
    Ack, // an ack; the envelope is filled in
    Other, // a map of another type: decode it with protocol::decode()
    Malformed,
};

// Reads up to the fields the envelope needs; what follows them is not checked.
ScanResult scanOps(std::string_view message, OpsEnvelope &envelope);
// The same for an ack, one for every push: decoding each through protocol::decode() cost the
// generator 9% of its time at 30,000 pushes a second.
ScanResult scanAck(std::string_view message, AckEnvelope &envelope);

} // namespace muster::bench

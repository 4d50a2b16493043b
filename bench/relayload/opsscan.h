// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the envelope of the relay's `ops` message (from, head, more, number of ops) straight
// from the CBOR bytes without decoding the ops themselves. The load generator receives hundreds
// of thousands of op deliveries a second and only needs to know which sequence numbers arrived;
// decoding every op through protocol::decode() would make the generator the bottleneck.
#pragma once

#include <cstdint>
#include <string_view>

namespace muster::bench {

struct OpsEnvelope
{
    int64_t from = 0;
    int64_t head = 0;
    bool more = false;
    int64_t count = 0;
};

enum class ScanResult
{
    Ops, // an ops message; the envelope is filled in
    Other, // a well-formed map of another type: decode it with protocol::decode()
    Malformed,
};

ScanResult scanOps(std::string_view message, OpsEnvelope &envelope);

} // namespace muster::bench

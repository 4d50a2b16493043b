// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of bench_ingest: a bare program on SQLite's C API writing the rows the client
// writes for the same remote log entries, in transactions of the same number of ops, on a
// database of the same schema with the same settings (WAL, synchronous=FULL). No decoding, no
// validation, no reducer, no notifications: strings ready in memory, statements prepared once.
// Like the client, it chains each entry: a SHA-256 over the previous link and the entry's
// canonical bytes (given ready-made), and a log_chain row in the same transaction.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace muster::bench {

// One remote log-entry op, already taken apart.
struct RawLogEntry
{
    std::string replica;
    int64_t counter = 0;
    int64_t hlc = 0; // packed
    int64_t wallMs = 0;
    std::string actor;
    int kind = 0; // Operation::Kind as stored
    std::string entity; // "incident:<id>"
    std::string field;
    std::string value; // the op value's CBOR, as the op log keeps it
    std::string incident;
    std::string entryKind; // "note", …
    std::string text;
    std::string canonical; // the entry's canonical bytes for the log's hash chain (core/logchain.h)
};

struct RawIngestResult
{
    double seconds = 0;
    std::string error; // empty on success
};

// Opens the database (already made by Muster, holding the incidents), writes every entry in
// transactions of `batch` entries with the relay cursor and local state as Store does, and
// returns the time the writing took.
RawIngestResult rawIngest(const std::string &path, const std::vector<RawLogEntry> &entries, int batch,
                          const std::string &relayUrl);

} // namespace muster::bench

// SPDX-License-Identifier: GPL-3.0-or-later
#include "opsscan.h"

namespace muster::bench {

namespace {

// A cursor over CBOR bytes (RFC 8949). Only definite lengths: the protocol never sends others.
struct Reader
{
    std::string_view bytes;
    size_t at = 0;
    bool ok = true;

    bool head(uint8_t &major, uint64_t &value)
    {
        if (at >= bytes.size())
            return ok = false;
        const uint8_t initial = uint8_t(bytes[at++]);
        major = initial >> 5;
        const uint8_t info = initial & 0x1f;
        if (info < 24) {
            value = info;
            return true;
        }
        if (info > 27)
            return ok = false; // indefinite length or reserved
        const int length = 1 << (info - 24);
        if (bytes.size() - at < size_t(length))
            return ok = false;
        value = 0;
        for (int i = 0; i < length; ++i)
            value = (value << 8) | uint8_t(bytes[at++]);
        return true;
    }

    bool text(std::string_view &out)
    {
        uint8_t major = 0;
        uint64_t length = 0;
        if (!head(major, length) || major != 3 || bytes.size() - at < length)
            return ok = false;
        out = bytes.substr(at, size_t(length));
        at += size_t(length);
        return true;
    }

    bool skip(int depth = 0)
    {
        uint8_t major = 0;
        uint64_t value = 0;
        if (depth > 32 || !head(major, value))
            return ok = false;
        switch (major) {
        case 0:
        case 1:
        case 7:
            return true;
        case 2:
        case 3:
            if (bytes.size() - at < value)
                return ok = false;
            at += size_t(value);
            return true;
        case 4:
            for (uint64_t i = 0; i < value; ++i)
                if (!skip(depth + 1))
                    return false;
            return true;
        case 5:
            for (uint64_t i = 0; i < value * 2; ++i)
                if (!skip(depth + 1))
                    return false;
            return true;
        case 6:
            return skip(depth + 1);
        }
        return ok = false;
    }
};

} // namespace

ScanResult scanOps(std::string_view message, OpsEnvelope &envelope)
{
    Reader reader {message};
    uint8_t major = 0;
    uint64_t pairs = 0;
    if (!reader.head(major, pairs) || major != 5)
        return ScanResult::Malformed;
    // What the envelope needs; once all five are read, the rest (the ops themselves when the
    // relay puts them before the chain links, and the links) is left unread.
    enum Seen : unsigned
    {
        Type = 1,
        From = 2,
        Head = 4,
        More = 8,
        Count = 16,
        All = 31
    };
    unsigned seen = 0;
    for (uint64_t i = 0; i < pairs && seen != All; ++i) {
        std::string_view key;
        if (!reader.text(key))
            return ScanResult::Malformed;
        uint64_t value = 0;
        if (key == "type") {
            std::string_view type;
            if (!reader.text(type))
                return ScanResult::Malformed;
            if (type != "ops")
                return ScanResult::Other;
            seen |= Type;
        } else if (key == "from" || key == "head") {
            if (!reader.head(major, value) || major != 0)
                return ScanResult::Malformed;
            (key == "from" ? envelope.from : envelope.head) = int64_t(value);
            seen |= key == "from" ? From : Head;
        } else if (key == "more") {
            if (!reader.head(major, value) || major != 7 || (value != 20 && value != 21))
                return ScanResult::Malformed;
            envelope.more = value == 21;
            seen |= More;
        } else if (key == "ops") {
            if (!reader.head(major, value) || major != 4)
                return ScanResult::Malformed;
            envelope.count = int64_t(value);
            seen |= Count;
            if (seen == All)
                break;
            for (uint64_t op = 0; op < value; ++op)
                if (!reader.skip())
                    return ScanResult::Malformed;
        } else if (!reader.skip()) {
            return ScanResult::Malformed;
        }
    }
    if (!(seen & Type))
        return ScanResult::Malformed;
    return ScanResult::Ops;
}

ScanResult scanAck(std::string_view message, AckEnvelope &envelope)
{
    Reader reader {message};
    uint8_t major = 0;
    uint64_t pairs = 0;
    if (!reader.head(major, pairs) || major != 5)
        return ScanResult::Malformed;
    enum Seen : unsigned
    {
        Type = 1,
        Id = 2,
        Seqs = 4,
        All = 7
    };
    unsigned seen = 0;
    envelope.seqs.clear();
    for (uint64_t i = 0; i < pairs && seen != All; ++i) {
        std::string_view key;
        if (!reader.text(key))
            return ScanResult::Malformed;
        uint64_t value = 0;
        if (key == "type") {
            std::string_view type;
            if (!reader.text(type))
                return ScanResult::Malformed;
            if (type != "ack")
                return ScanResult::Other;
            seen |= Type;
        } else if (key == "id") {
            if (!reader.head(major, value) || major != 0)
                return ScanResult::Malformed;
            envelope.id = int64_t(value);
            seen |= Id;
        } else if (key == "seqs") {
            if (!reader.head(major, value) || major != 4 || value > message.size())
                return ScanResult::Malformed;
            for (uint64_t n = value; n > 0; --n) {
                uint64_t seq = 0;
                if (!reader.head(major, seq) || major != 0)
                    return ScanResult::Malformed;
                envelope.seqs.push_back(int64_t(seq));
            }
            seen |= Seqs;
        } else if (!reader.skip()) {
            return ScanResult::Malformed;
        }
    }
    if (seen != All)
        return ScanResult::Malformed;
    return ScanResult::Ack;
}

} // namespace muster::bench

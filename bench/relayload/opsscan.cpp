// SPDX-License-Identifier: GPL-3.0-or-later
#include "opsscan.h"

#include "core/cborcursor.h"

namespace muster::bench {

ScanResult scanOps(std::string_view message, OpsEnvelope &envelope)
{
    cbor::Cursor reader(QByteArrayView(message.data(), qsizetype(message.size())));
    quint8 major = 0;
    quint64 pairs = 0;
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
    for (quint64 i = 0; i < pairs && seen != All; ++i) {
        QByteArrayView key;
        if (!reader.text(key))
            return ScanResult::Malformed;
        quint64 value = 0;
        if (key == "type") {
            QByteArrayView type;
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
            for (quint64 op = 0; op < value; ++op)
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
    cbor::Cursor reader(QByteArrayView(message.data(), qsizetype(message.size())));
    quint8 major = 0;
    quint64 pairs = 0;
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
    for (quint64 i = 0; i < pairs && seen != All; ++i) {
        QByteArrayView key;
        if (!reader.text(key))
            return ScanResult::Malformed;
        quint64 value = 0;
        if (key == "type") {
            QByteArrayView type;
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
            for (quint64 n = value; n > 0; --n) {
                quint64 seq = 0;
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

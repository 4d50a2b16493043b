// SPDX-License-Identifier: GPL-3.0-or-later
#include "cborbytes.h"

#include <QCborArray>
#include <QCborMap>
#include <algorithm>

namespace muster::cbor {

void appendHead(QByteArray &out, quint8 major, quint64 value)
{
    const char type = char(major << 5);
    auto appendBigEndian = [&out](quint64 v, int bytes) {
        for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
            out.append(char((v >> shift) & 0xff));
    };
    if (value < 24) {
        out.append(char(type | char(value)));
    } else if (value <= 0xff) {
        out.append(char(type | 24));
        appendBigEndian(value, 1);
    } else if (value <= 0xffff) {
        out.append(char(type | 25));
        appendBigEndian(value, 2);
    } else if (value <= 0xffffffffULL) {
        out.append(char(type | 26));
        appendBigEndian(value, 4);
    } else {
        out.append(char(type | 27));
        appendBigEndian(value, 8);
    }
}

void appendText(QByteArray &out, const QString &text)
{
    // ASCII, the common case, is narrowed in place without a temporary; anything else goes
    // through toUtf8().
    const auto *from = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    if (!std::all_of(from, from + n, [](char16_t c) { return c < 0x80; })) {
        const QByteArray utf8 = text.toUtf8();
        appendHead(out, 3, quint64(utf8.size()));
        out.append(utf8);
        return;
    }
    appendHead(out, 3, quint64(n));
    const qsizetype at = out.size();
    out.resize(at + n);
    std::transform(from, from + n, out.data() + at, [](char16_t c) { return char(c); });
}

void appendInteger(QByteArray &out, qint64 value)
{
    // Major type 1 carries -1 - n; computed on the unsigned value so INT64_MIN does not overflow.
    if (value >= 0)
        appendHead(out, 0, quint64(value));
    else
        appendHead(out, 1, ~quint64(value));
}

namespace {
qsizetype headSize(quint64 value)
{
    return value < 24 ? 1 : value <= 0xff ? 2 : value <= 0xffff ? 3 : value <= 0xffffffffULL ? 5 : 9;
}

// The length of text.toUtf8(): Qt 6.4 writes a lone surrogate as '?', one byte.
qsizetype utf8Size(const QString &text)
{
    qsizetype bytes = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n
                   && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            bytes += 4;
            ++i;
        } else {
            bytes += QChar::isSurrogate(c) ? 1 : 3;
        }
    }
    return bytes;
}

// The two sinks of encode(): one appends the bytes, the other only counts them.
struct Writer
{
    QByteArray &out;
    void head(quint8 major, quint64 value) { appendHead(out, major, value); }
    void text(const QString &text) { appendText(out, text); }
    void raw(const QByteArray &bytes) { out.append(bytes); }
    void byte(char b) { out.append(b); }
};

struct Counter
{
    qsizetype size = 0;
    void head(quint8, quint64 value) { size += headSize(value); }
    void text(const QString &text)
    {
        const qsizetype bytes = utf8Size(text);
        size += headSize(quint64(bytes)) + bytes;
    }
    void raw(const QByteArray &bytes) { size += bytes.size(); }
    void byte(char) { ++size; }
};

// Walks a value as QCborValue::toCbor() writes it. Maps, arrays, text, byte strings, integers,
// booleans and null are done here; anything else is handed to Qt whole.
template<typename Sink> void encode(Sink &sink, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer: {
        // Major type 1 carries -1 - n; computed on the unsigned value so INT64_MIN does not overflow.
        const qint64 v = value.toInteger();
        sink.head(v >= 0 ? 0 : 1, v >= 0 ? quint64(v) : ~quint64(v));
        return;
    }
    case QCborValue::String:
        sink.text(value.toString());
        return;
    case QCborValue::ByteArray: {
        const QByteArray bytes = value.toByteArray();
        sink.head(2, quint64(bytes.size()));
        sink.raw(bytes);
        return;
    }
    case QCborValue::False:
    case QCborValue::True:
    case QCborValue::Null:
        // Simple values 20, 21 and 22 (RFC 8949 §3.3): the type's number is the byte.
        sink.byte(char(0xe0 | (int(value.type()) - int(QCborValue::SimpleType))));
        return;
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        sink.head(4, quint64(array.size()));
        for (const QCborValue &item : array)
            encode(sink, item);
        return;
    }
    case QCborValue::Map: {
        const QCborMap map = value.toMap();
        sink.head(5, quint64(map.size()));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            encode(sink, it.key());
            encode(sink, it.value());
        }
        return;
    }
    default:
        sink.raw(value.toCbor());
        return;
    }
}
} // namespace

QCborValue parse(const QByteArray &bytes)
{
    QCborParserError error;
    QCborValue value = QCborValue::fromCbor(bytes, &error);
    return error.error == QCborError::NoError ? value : QCborValue();
}

void appendValue(QByteArray &out, const QCborValue &value)
{
    Writer writer {out};
    encode(writer, value);
}

qsizetype encodedSize(const QCborValue &value)
{
    Counter counter;
    encode(counter, value);
    return counter.size;
}

} // namespace muster::cbor

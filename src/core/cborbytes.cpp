// SPDX-License-Identifier: GPL-3.0-or-later
#include "cborbytes.h"

#include <QCborArray>
#include <QCborMap>

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
    const QByteArray utf8 = text.toUtf8();
    appendHead(out, 3, quint64(utf8.size()));
    out.append(utf8);
}

void appendInteger(QByteArray &out, qint64 value)
{
    // Major type 1 carries -1 - n; computed on the unsigned value so INT64_MIN does not overflow.
    if (value >= 0)
        appendHead(out, 0, quint64(value));
    else
        appendHead(out, 1, ~quint64(value));
}

void appendValue(QByteArray &out, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        appendInteger(out, value.toInteger());
        return;
    case QCborValue::String:
        appendText(out, value.toString());
        return;
    case QCborValue::ByteArray: {
        const QByteArray bytes = value.toByteArray();
        appendHead(out, 2, quint64(bytes.size()));
        out.append(bytes);
        return;
    }
    case QCborValue::False:
    case QCborValue::True:
    case QCborValue::Null:
        // Simple values 20, 21 and 22 (RFC 8949 §3.3): the type's number is the byte.
        out.append(char(0xe0 | (int(value.type()) - int(QCborValue::SimpleType))));
        return;
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        appendHead(out, 4, quint64(array.size()));
        for (const QCborValue &item : array)
            appendValue(out, item);
        return;
    }
    case QCborValue::Map: {
        const QCborMap map = value.toMap();
        appendHead(out, 5, quint64(map.size()));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            appendValue(out, it.key());
            appendValue(out, it.value());
        }
        return;
    }
    default:
        out.append(value.toCbor());
        return;
    }
}

} // namespace muster::cbor

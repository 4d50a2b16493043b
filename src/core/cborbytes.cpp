// SPDX-License-Identifier: GPL-3.0-or-later
#include "cborbytes.h"

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

} // namespace muster::cbor

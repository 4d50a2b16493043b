// SPDX-License-Identifier: GPL-3.0-or-later
#include "cborcursor.h"

namespace muster::cbor {

bool Cursor::head(quint8 &major, quint64 &argument)
{
    if (m_at >= m_bytes.size())
        return false;
    const quint8 initial = quint8(m_bytes[m_at]);
    major = initial >> 5;
    const quint8 info = initial & 0x1f;
    if (info < 24) {
        argument = info;
        ++m_at;
        return true;
    }
    if (info > 27)
        return false; // indefinite length, or reserved
    const qsizetype length = qsizetype(1) << (info - 24);
    if (remaining() < 1 + length)
        return false;
    argument = 0;
    for (qsizetype i = 1; i <= length; ++i)
        argument = (argument << 8) | quint8(m_bytes[m_at + i]);
    m_at += 1 + length;
    return true;
}

bool Cursor::text(QByteArrayView &out)
{
    const qsizetype start = m_at;
    quint8 major = 0;
    quint64 length = 0;
    if (!head(major, length) || major != 3 || quint64(remaining()) < length) {
        m_at = start;
        return false;
    }
    out = m_bytes.sliced(m_at, qsizetype(length));
    m_at += qsizetype(length);
    return true;
}

bool Cursor::skip()
{
    return skip(0);
}

bool Cursor::skip(int depth)
{
    quint8 major = 0;
    quint64 argument = 0;
    if (depth > 32 || !head(major, argument))
        return false;
    switch (major) {
    case 0: // unsigned and negative integers, simple values and floats: the head is all
    case 1:
    case 7:
        return true;
    case 2: // byte and text strings
    case 3:
        if (quint64(remaining()) < argument)
            return false;
        m_at += qsizetype(argument);
        return true;
    case 4: // arrays; each item takes a byte at least, so a count past the end fails early
        if (quint64(remaining()) < argument)
            return false;
        for (quint64 i = 0; i < argument; ++i) {
            if (!skip(depth + 1))
                return false;
        }
        return true;
    case 5: // maps
        if (quint64(remaining()) / 2 < argument)
            return false;
        for (quint64 i = 0; i < argument * 2; ++i) {
            if (!skip(depth + 1))
                return false;
        }
        return true;
    default: // 6: a tag and the item it tags
        return skip(depth + 1);
    }
}

} // namespace muster::cbor

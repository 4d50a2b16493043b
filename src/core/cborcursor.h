// SPDX-License-Identifier: GPL-3.0-or-later
// Reads CBOR (RFC 8949 §3) in place, for the few hot paths that must not build a QCborValue
// tree: the relay reading pushes, the load generator reading what the relay sends. Definite
// lengths only; an indefinite length, a reserved value, a truncated item or nesting deeper than
// 32 makes it fail, and the caller then takes the general way through QCborValue.
#pragma once

#include <QByteArrayView>

namespace muster::cbor {

class Cursor
{
public:
    explicit Cursor(QByteArrayView bytes)
        : m_bytes(bytes)
    { }

    // The next head: its major type (0..7) and argument (a value, a length or a count).
    bool head(quint8 &major, quint64 &argument);
    // A text string: its UTF-8 bytes, unchecked.
    bool text(QByteArrayView &out);
    // Steps over one whole item, nested ones included.
    bool skip();

    qsizetype offset() const { return m_at; }
    qsizetype remaining() const { return m_bytes.size() - m_at; }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    bool skip(int depth);

    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

} // namespace muster::cbor

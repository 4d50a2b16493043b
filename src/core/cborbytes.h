// SPDX-License-Identifier: GPL-3.0-or-later
// CBOR written by hand (RFC 8949 §3), for the places where building a QCborValue only to
// serialize it costs too much: an op (written once per op pushed, on the relay's hot path), the
// ops message, which splices stored op bytes into an array as QCborStreamWriter cannot, and
// the ack the relay sends for every push.
// The bytes are those QCborValue::toCbor() writes for the same values (tst_cborbytes).
#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QString>

namespace muster::cbor {

// A value read back from a database (or any bytes): undefined when the bytes do not parse as
// one whole CBOR item. Qt 6.4's fromCbor() hands back a half-built container after an error,
// whose iteration reads past its end; a damaged or edited row must not crash Muster.
QCborValue parse(const QByteArray &bytes);

// A head: major type 0..7 and its argument, in the shortest form.
void appendHead(QByteArray &out, quint8 major, quint64 value);
// A text string (major type 3) as UTF-8.
void appendText(QByteArray &out, const QString &text);
// An integer: major type 0 when not negative, 1 otherwise.
void appendInteger(QByteArray &out, qint64 value);
// Any value, byte for byte as value.toCbor() writes it. Maps, arrays, text, byte strings,
// integers, booleans and null (what ops carry) are written here without QCborValue's stream
// writer and buffer, the largest cost of storing a log entry; anything else goes through Qt.
void appendValue(QByteArray &out, const QCborValue &value);
// value.toCbor().size(), counted without writing anything for the same types appendValue()
// writes itself: how the size limit of every op is checked.
qsizetype encodedSize(const QCborValue &value);

} // namespace muster::cbor

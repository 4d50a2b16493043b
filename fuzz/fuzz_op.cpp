// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: an op from any peer, through CBOR parsing, the op decoder, validation
// against the field catalogue, and (for a log entry) the hash chain's canonical bytes.
#include "core/fields.h"
#include "core/logchain.h"
#include "core/operation.h"

#include <QCborValue>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace muster;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // As every caller does: Qt 6.4 hands back a half-built container after a parse error, whose
    // iteration reads past its end, so nothing looks at a value that did not parse.
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(bytes, &parseError);
    if (parseError.error != QCborError::NoError)
        return 0;
    QString problem;
    const auto op = Operation::fromCbor(value, &problem);
    if (!op) {
        if (problem.isEmpty())
            std::abort();
        return 0;
    }
    if (!validateOperation(*op).isEmpty())
        return 0;
    // A valid op encodes to bytes that decode to an op with the same bytes (compared as bytes:
    // a NaN inside a value is not equal to itself).
    const QByteArray encoded = op->toCborBytes();
    const auto again = Operation::fromCbor(QCborValue::fromCbor(encoded), &problem);
    if (!again || again->toCborBytes() != encoded || !validateOperation(*again).isEmpty())
        std::abort();
    if (const auto entry = ChainedEntry::fromOperation(*op)) {
        const ChainLink link = logchain::next({}, *entry);
        if (link.position != 1 || link.hash.size() != logchain::kHashBytes)
            std::abort();
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the log verifier (musterctl verify) over any recorded chain. The input is
// a CBOR array of [entry fields…, position, hash] records; the verifier must never crash,
// must accept a chain it computed itself, and must reject that chain with one byte changed.
#include "core/logchain.h"

#include <QCborArray>
#include <QCborValue>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace muster;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QCborParserError parseError;
    const QCborArray records = QCborValue::fromCbor(bytes, &parseError).toArray();
    if (parseError.error != QCborError::NoError)
        return 0; // see fuzz_op.cpp
    // Integers only where they are integers: Qt's toInteger() converts a double unchecked.
    auto integer = [](const QCborValue &v) { return v.isInteger() ? v.toInteger() : 0; };
    QList<std::pair<ChainedEntry, ChainLink>> recorded;
    QList<ChainedEntry> entries;
    for (const QCborValue &item : records) {
        const QCborArray r = item.toArray();
        ChainedEntry entry {r.at(0).toString(), {r.at(1).toString(), integer(r.at(2))}, quint64(integer(r.at(3))),
                            r.at(4).toString(),  r.at(5).toString(),                     r.at(6).toString(),
                            r.at(7).toString()};
        entries.append(entry);
        recorded.append({entry, {integer(r.at(8)), r.at(9).toByteArray()}});
    }
    const logchain::Verdict verdict = logchain::verify(recorded);
    if (verdict.firstBad == 0 && verdict.checked != recorded.size())
        std::abort();
    if (verdict.firstBad != 0 && verdict.problem.isEmpty())
        std::abort();

    // The same entries chained honestly hold; change one text and they no longer do.
    QList<std::pair<ChainedEntry, ChainLink>> honest;
    ChainLink head;
    for (const ChainedEntry &entry : entries) {
        head = logchain::next(head, entry);
        honest.append({entry, head});
    }
    if (logchain::verify(honest).firstBad != 0)
        std::abort();
    if (!honest.isEmpty()) {
        honest[0].first.text.append(QLatin1Char('!'));
        if (logchain::verify(honest).firstBad != 1)
            std::abort();
    }
    return 0;
}

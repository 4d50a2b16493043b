// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the relay protocol's frame decoder, the first code any byte from the
// network reaches. Whatever it accepts must encode to a frame that decodes to the same type.
#include "sync/protocol.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace muster::protocol;
    const QByteArray frame = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Decoded decoded = decode(frame);
    if (!decoded.ok()) {
        if (decoded.error.isEmpty() || decoded.errorCode.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const Decoded again = decode(encode(decoded.message));
    if (!again.ok() || again.message.index() != decoded.message.index())
        std::abort(); // what was accepted must survive its own encoding
    return 0;
}

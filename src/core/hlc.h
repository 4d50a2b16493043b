// SPDX-License-Identifier: GPL-3.0-or-later
// Hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds plus a logical counter,
// so that timestamps follow causality even when machine clocks disagree a little.
#pragma once

#include <QtGlobal>
#include <compare>
#include <functional>

class QString;

namespace muster {

struct HlcTimestamp
{
    qint64 wallMs = 0; // milliseconds since the Unix epoch, 48 bits used
    quint16 logical = 0;

    // One 64-bit integer that sorts like the timestamp: stored in SQLite and on the wire.
    quint64 packed() const { return (quint64(wallMs) << 16) | logical; }
    static HlcTimestamp fromPacked(quint64 packed)
    {
        return {qint64(packed >> 16), quint16(packed & 0xffff)};
    }

    bool isNull() const { return wallMs == 0 && logical == 0; }
    auto operator<=>(const HlcTimestamp &) const = default;
};

class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>;

    // wallClock defaults to the system clock; tests pass a fake one.
    explicit HybridLogicalClock(WallClock wallClock = {});

    // A timestamp for a local event; strictly greater than every timestamp seen so far.
    HlcTimestamp now();

    // Takes in a remote timestamp. Returns false (and leaves the clock alone) when the remote
    // clock is more than maxAheadMs ahead of our wall clock: that peer's clock is wrong.
    bool observe(HlcTimestamp remote, QString *error = nullptr);
    // Takes in a timestamp whatever our wall clock says: for ops the relay accepted (it refuses
    // those more than a minute ahead of its own clock). A replica whose clock runs behind must
    // still stamp what it does next after what it has seen, or an effect would sort before its
    // cause and lose every last-writer-wins field to it.
    void observeAccepted(HlcTimestamp remote)
    {
        if (remote > m_last)
            m_last = remote;
    }

    HlcTimestamp last() const { return m_last; }
    void setMaxAheadMs(qint64 ms) { m_maxAheadMs = ms; }
    qint64 wallNow() const { return m_wallClock(); }

private:
    WallClock m_wallClock;
    HlcTimestamp m_last;
    qint64 m_maxAheadMs = 60'000;
};

} // namespace muster

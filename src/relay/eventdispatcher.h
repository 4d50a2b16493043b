// SPDX-License-Identifier: GPL-3.0-or-later
// The relay holds a socket per connected desktop, a thousand or more, and Qt's default event
// dispatcher on Linux (GLib's main loop) does not scale to that: each time a socket's write
// notifier is switched off after a write, GLib walks a list of every polled descriptor to
// remove it, so a fan-out to n sockets costs n² steps. Qt's own poll()-based dispatcher keeps
// its notifiers in a hash. Measured in docs/performance.md ("The event dispatcher").
#pragma once

namespace muster {

// Call before the QCoreApplication is made: selects Qt's poll()-based event dispatcher
// (QT_NO_GLIB=1) unless the environment already says which to use.
void preferPollEventDispatcher();

} // namespace muster

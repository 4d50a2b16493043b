// SPDX-License-Identifier: GPL-3.0-or-later
// With MUSTER_TRACE_STARTUP=1 in the environment, prints when the first frame showing the
// loaded board was drawn (wall-clock ms since the epoch, so a benchmark that started the
// process can subtract its own start time) and the resident memory at that moment.
#pragma once

class QQuickWindow;

namespace muster {

class MusterApp;

void installStartupTrace(QQuickWindow *window, MusterApp *app);
// Resident set size of this process in KiB (Linux), or -1.
long residentKiB();

} // namespace muster

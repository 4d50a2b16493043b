// SPDX-License-Identifier: GPL-3.0-or-later
// Where each tile of the war-room wall goes. A page is two units high. A SEV1 tile runs across
// the whole width and takes one unit (half the page); so does a tile left on its own. Any
// other two tiles stand side by side at the page's full height, because a tile only half as
// wide needs all the height to show its latest log lines whole. Tiles keep the order they
// come in (most severe first); what does not fit goes on the next page, and the wall turns
// the pages. A page with a single row gives it the whole height.
#pragma once
#include "core/domain.h"

#include <QList>

namespace muster {

struct WallSlot
{
    int page = 0;
    int row = 0; // 0 or 1
    int column = 0; // 0 or 1
    int span = 1; // columns taken: 2 for a SEV1 tile or a tile alone
    int rowsOnPage = 1; // 1: the row takes the whole height; 2: each row half of it
    friend bool operator==(const WallSlot &, const WallSlot &) = default;
};

// One slot per severity given, in the same order.
QList<WallSlot> layoutWall(const QList<Severity> &severities);
// How many pages the slots fill (0 for none).
int wallPageCount(const QList<WallSlot> &places);

} // namespace muster

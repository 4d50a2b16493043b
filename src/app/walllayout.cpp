// SPDX-License-Identifier: GPL-3.0-or-later
#include "walllayout.h"

namespace muster {

QList<WallSlot> layoutWall(const QList<Severity> &severities)
{
    constexpr int unitsPerPage = 2;
    QList<WallSlot> places;
    places.reserve(severities.size());
    QList<int> rowsOfPage; // rows so far, per page
    int page = -1, row = 0, used = unitsPerPage;
    for (qsizetype i = 0; i < severities.size(); ++i) {
        const bool sev1 = severities.at(i) == Severity::Sev1;
        const bool nextTakesItsOwnRow = i + 1 == severities.size() || severities.at(i + 1) == Severity::Sev1;
        const bool wide = sev1 || nextTakesItsOwnRow;
        const int need = wide ? 1 : 2;
        if (used + need > unitsPerPage) {
            ++page;
            rowsOfPage.append(0);
            used = 0;
        }
        row = rowsOfPage[page]++;
        used += need;
        if (wide) {
            places.append({page, row, 0, 2, 0});
        } else {
            places.append({page, row, 0, 1, 0});
            places.append({page, row, 1, 1, 0});
            ++i; // the pair's second tile
        }
    }
    for (WallSlot &slot : places)
        slot.rowsOnPage = rowsOfPage.at(slot.page);
    return places;
}

int wallPageCount(const QList<WallSlot> &places)
{
    return places.isEmpty() ? 0 : places.constLast().page + 1;
}

} // namespace muster

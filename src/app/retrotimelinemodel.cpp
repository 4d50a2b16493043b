// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrotimelinemodel.h"

#include "peoplemodel.h"

namespace muster {

RetroTimelineModel::RetroTimelineModel(QObject *parent)
    : RowListModel(parent)
{ }

QVariant RetroTimelineModel::data(const QModelIndex &index, int role) const
{
    const RetroTimelineRow *row = rowAt(index);
    if (!row)
        return {};
    const TimelineEntry &e = row->entry;
    switch (role) {
    case Qt::DisplayRole:
    case WhatRole:
        return e.what;
    case AtRole:
        return double(e.atMs);
    case KindRole:
        return e.kind;
    case KindLabelRole: {
        if (!e.logId)
            return tr("Milestone");
        const auto kind = logKindFromName(e.kind);
        return kind ? logKindLabel(*kind) : e.kind;
    }
    case AuthorNameRole:
        return row->authorName;
    case IncludedRole:
        return e.included;
    case IsMilestoneRole:
        return !e.logId.has_value();
    case LogIdRole:
        return e.logId ? e.logId->toString() : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> RetroTimelineModel::roleNames() const
{
    return {{AtRole, "at"},
            {WhatRole, "what"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {AuthorNameRole, "authorName"},
            {IncludedRole, "included"},
            {IsMilestoneRole, "isMilestone"},
            {LogIdRole, "logId"}};
}

void RetroTimelineModel::setEntries(const QList<TimelineEntry> &entries, const PeopleModel &people)
{
    QList<RetroTimelineRow> rows;
    rows.reserve(entries.size());
    for (const TimelineEntry &entry : entries)
        rows.append({entry, people.nameOf(entry.author)});
    assignRows(rows);
    emit countChanged(); // includedCount may change with the same count
}

int RetroTimelineModel::includedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const RetroTimelineRow &r) { return r.entry.included; }));
}

std::optional<TimelineEntry> RetroTimelineModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).entry.logId)
        return std::nullopt;
    return m_rows.at(row).entry;
}

} // namespace muster

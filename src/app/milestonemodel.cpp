// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonemodel.h"

#include "core/milestonecheck.h"

namespace muster {

MilestoneModel::MilestoneModel(QObject *parent)
    : RowListModel(parent)
{ }

QVariant MilestoneModel::data(const QModelIndex &index, int role) const
{
    const MilestoneRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return milestoneLabel(row->milestone);
    case NameRole:
        return milestoneName(row->milestone);
    case AtRole:
        return double(row->atMs);
    case ReachedRole:
        return row->atMs > 0;
    case SincePreviousRole:
        return double(row->sincePreviousMs);
    case ProblemRole:
        return row->problem;
    default:
        return {};
    }
}

QHash<int, QByteArray> MilestoneModel::roleNames() const
{
    return {{NameRole, "name"},
            {LabelRole, "label"},
            {AtRole, "at"},
            {ReachedRole, "reached"},
            {SincePreviousRole, "sincePrevious"},
            {ProblemRole, "problem"}};
}

void MilestoneModel::setIncident(const Incident &incident, qint64 nowMs)
{
    QList<MilestoneRow> rows;
    qint64 previous = 0;
    int problems = 0;
    for (Milestone milestone : allMilestones) {
        MilestoneRow row;
        row.milestone = milestone;
        row.atMs = incident.milestones.value(milestone, 0);
        if (row.atMs > 0) {
            row.sincePreviousMs = previous > 0 ? row.atMs - previous : -1;
            row.problem = describeMilestoneProblem(incident.milestones, milestone, nowMs);
            problems += row.problem.isEmpty() ? 0 : 1;
            previous = row.atMs;
        }
        rows.append(row);
    }
    assignRows(rows);
    if (problems != m_problemCount) {
        m_problemCount = problems;
        emit problemCountChanged();
    }
}

qint64 MilestoneModel::timeOf(Milestone milestone) const
{
    for (const MilestoneRow &row : m_rows) {
        if (row.milestone == milestone)
            return row.atMs;
    }
    return 0;
}

} // namespace muster

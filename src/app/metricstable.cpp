// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstable.h"

#include <cmath>

namespace muster {

MetricsTable::MetricsTable(const QStringList &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{ }

int MetricsTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant MetricsTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricsTableRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.values.size() ? row.values.at(index.column()) : 0.0;
    case LabelRole:
        return row.label;
    default:
        return {};
    }
}

QVariant MetricsTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_columns.size() ? QVariant(m_columns.at(section)) : QVariant();
    return section < m_rows.size() ? QVariant(m_rows.at(section).label) : QVariant();
}

QHash<int, QByteArray> MetricsTable::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {LabelRole, "label"}};
}

QStringList MetricsTable::labels() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const MetricsTableRow &row : m_rows)
        out.append(row.label);
    return out;
}

QStringList MetricsTable::shortLabels() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const MetricsTableRow &row : m_rows)
        out.append(row.shortLabel.isEmpty() ? row.label : row.shortLabel);
    return out;
}

double MetricsTable::axisMax() const
{
    double max = 0;
    for (const MetricsTableRow &row : m_rows) {
        for (double v : row.values)
            max = std::max(max, v);
    }
    return niceCeiling(max);
}

double MetricsTable::niceCeiling(double value)
{
    if (!(value > 1))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= value * 1.05)
            return step * magnitude;
    }
    return 10 * magnitude;
}

void MetricsTable::setRows(const QList<MetricsTableRow> &rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit changed();
}

} // namespace muster

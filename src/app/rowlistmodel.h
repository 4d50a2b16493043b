// SPDX-License-Identifier: GPL-3.0-or-later
// A list model over a QList of typed rows. assignRows() replaces the content position by
// position — dataChanged for rows that stay, begin/end insert or remove for the tail — which
// keeps delegates (and what a responder was typing in them) alive across refreshes.
#pragma once

#include <QAbstractListModel>

namespace muster {

template<typename Row> class RowListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    // The row behind a valid index of this model, or nullptr.
    const Row *rowAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows.at(index.row());
    }

    void assignRows(const QList<Row> &rows)
    {
        const int before = int(m_rows.size());
        const int common = std::min(before, int(rows.size()));
        for (int row = 0; row < common; ++row)
            m_rows[row] = rows.at(row);
        if (common > 0)
            emit dataChanged(index(0), index(common - 1));
        if (rows.size() > before) {
            beginInsertRows({}, before, int(rows.size()) - 1);
            m_rows.append(rows.mid(before));
            endInsertRows();
        } else if (rows.size() < before) {
            beginRemoveRows({}, int(rows.size()), before - 1);
            m_rows.resize(rows.size());
            endRemoveRows();
        }
        if (before != m_rows.size())
            onCountChanged();
    }

    // Derived models emit their NOTIFY signal for `count` here.
    virtual void onCountChanged() { }

    QList<Row> m_rows;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind one chart as a table for Qt Charts' model mappers: one row per category
// (a week, a severity, a service, a person, a runbook step), one column per series. Cells are
// doubles in the chart's unit (minutes or hours); a row holds a label the axis shows.
#pragma once
#include <QAbstractTableModel>
#include <QStringList>
#include <QtQmlIntegration>

namespace muster {

struct MetricsTableRow
{
    QString label;
    QList<double> values; // one per column
    QString shortLabel; // for a crowded axis ("14/9" for "14 Sep"); empty: the label
    friend bool operator==(const MetricsTableRow &, const MetricsTableRow &) = default;
};

class MetricsTable : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Metrics tables belong to the metrics desk")
    Q_PROPERTY(int count READ count NOTIFY changed)
    // The rows' labels, for a BarCategoryAxis.
    Q_PROPERTY(QStringList labels READ labels NOTIFY changed)
    // The same, short, for when the full labels would not fit side by side.
    Q_PROPERTY(QStringList shortLabels READ shortLabels NOTIFY changed)
    // The largest cell, rounded up to a readable axis end (at least 1).
    Q_PROPERTY(double axisMax READ axisMax NOTIFY changed)

public:
    enum DataRole
    {
        LabelRole = Qt::UserRole + 1, // QString: the row's label (any column)
    };
    Q_ENUM(DataRole)

    explicit MetricsTable(const QStringList &columns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // Qt::DisplayRole: the cell as a double; LabelRole: the row's label.
    QVariant data(const QModelIndex &index, int role) const override;
    // Horizontal: the column's name; vertical: the row's label.
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    QStringList labels() const;
    QStringList shortLabels() const;
    double axisMax() const;
    // Replaces every row (a model reset: the charts re-map all of them anyway).
    void setRows(const QList<MetricsTableRow> &rows);
    const QList<MetricsTableRow> &rows() const { return m_rows; }

    // 7 → 8, 23 → 25, 140 → 150: an axis end a little above value.
    static double niceCeiling(double value);

Q_SIGNALS:
    void changed();

private:
    QStringList m_columns;
    QList<MetricsTableRow> m_rows;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// One incident's milestones in lifecycle order, for the timeline in the incident header and the
// list in the roles panel: when each was reached, how long after the one reached before it,
// and whether its time cannot be right (out of order, or in the future; see milestonecheck.h).
#pragma once

#include "core/incident.h"
#include "rowlistmodel.h"

#include <QtQmlIntegration>

namespace muster {

struct MilestoneRow
{
    Milestone milestone = Milestone::Detected;
    qint64 atMs = 0; // 0: not reached
    qint64 sincePreviousMs = -1; // after the nearest earlier milestone reached; -1 when none
    QString problem; // "before Detected (09:12)", "in the future"; empty when fine
};

class MilestoneModel : public RowListModel<MilestoneRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // How many milestone times cannot be right: the header warns when this is not 0.
    Q_PROPERTY(int problemCount READ problemCount NOTIFY problemCountChanged)

public:
    enum DataRole
    {
        NameRole = Qt::UserRole + 1, // QString: "impact_started", "detected", …
        LabelRole, // QString: "Impact started", "Detected", …
        AtRole, // double: ms since the epoch; 0 when not reached
        ReachedRole, // bool
        SincePreviousRole, // double: ms after the nearest earlier milestone reached; -1 when none
        ProblemRole, // QString: why the time cannot be right; empty when it can
    };
    Q_ENUM(DataRole)

    explicit MilestoneModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setIncident(const Incident &incident, qint64 nowMs);
    // The time of one milestone, 0 when not reached.
    qint64 timeOf(Milestone milestone) const;
    int problemCount() const { return m_problemCount; }

Q_SIGNALS:
    void countChanged();
    void problemCountChanged();

private:
    void onCountChanged() override { emit countChanged(); }

    int m_problemCount = 0;
};

} // namespace muster

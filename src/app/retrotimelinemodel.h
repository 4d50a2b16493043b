// SPDX-License-Identifier: GPL-3.0-or-later
// The retrospective's timeline: milestones and log entries in time order, each log entry with
// whether it is in the published timeline (decisions, actions, state and role changes are by
// default; notes and system lines are there to be picked).
#pragma once

#include "core/retrospective.h"
#include "rowlistmodel.h"

#include <QtQmlIntegration>

namespace muster {

class PeopleModel;

struct RetroTimelineRow
{
    TimelineEntry entry;
    QString authorName;
};

class RetroTimelineModel : public RowListModel<RetroTimelineRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of RetrospectiveEditor")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int includedCount READ includedCount NOTIFY countChanged)

public:
    enum DataRole
    {
        AtRole = Qt::UserRole + 1, // double: ms since the epoch
        WhatRole, // QString: the log text, or the milestone's name
        KindRole, // QString: a log kind name ("decision", …) or "milestone"
        KindLabelRole, // QString: "Decision", …, or "Milestone"
        AuthorNameRole, // QString: empty for milestones
        IncludedRole, // bool: in the published timeline
        IsMilestoneRole, // bool: milestones are always included
        LogIdRole, // QString: "replica:counter"; empty for milestones
    };
    Q_ENUM(DataRole)

    explicit RetroTimelineModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEntries(const QList<TimelineEntry> &entries, const PeopleModel &people);
    int includedCount() const;
    // The entry at a row, if it is a log entry.
    std::optional<TimelineEntry> entryAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    void onCountChanged() override { emit countChanged(); }
};

} // namespace muster

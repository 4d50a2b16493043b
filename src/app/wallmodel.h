// SPDX-License-Identifier: GPL-3.0-or-later
// The war-room wall's tiles: one row per active incident (detected to mitigated), most severe
// first, each with its place on the wall (walllayout.h), the people in charge, runbook
// progress, when the next stakeholder update is due and the latest log lines.
#pragma once
#include "comms/cadence.h"
#include "rowlistmodel.h"
#include "store/store.h"
#include "walllayout.h"

#include <QtQmlIntegration>

namespace muster {

struct WallTile
{
    IncidentSummary incident;
    QString commsLeadName; // empty: the IC holds the role
    int stepsFinished = 0; // done or skipped
    int stepsTotal = 0;
    QList<LogLine> latest; // newest first
    WallSlot slot;
};

// Whether an incident in this state belongs on the wall: it still needs the room's attention.
bool isOnWall(LifecycleState state);

class WallModel : public RowListModel<WallTile>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The wall's tiles belong to the wall display")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1, // QString: incident id
        TitleRole, // QString
        SeverityRole, // int 1–4
        SeverityLabelRole, // QString "SEV1"
        StateLabelRole, // QString, translated
        DrillRole, // bool
        StartedAtRole, // double: ms since epoch, the start of "elapsed"
        CommanderRole, // QString: the IC's name
        CommsLeadRole, // QString: the Communications Lead's name, or the IC's when not delegated
        BridgeRole, // QString: the conference bridge as read from across the room, "" when none
        UpdateDueRole, // double: ms since epoch when the next update is due; 0: none expected
        StepsFinishedRole, // int: runbook steps done or skipped
        StepsTotalRole, // int: runbook steps in all attached runbooks; 0: no runbook
        LatestLogRole, // QVariantList of {time: double, author: QString, text: QString (its first line)},
                       // newest first
        PageRole, // int: the page the tile is on
        RowRole, // int: 0 or 1
        ColumnRole, // int: 0 or 1
        SpanRole, // int: columns taken, 1 or 2
        RowsOnPageRole, // int: 1 or 2
    };
    Q_ENUM(DataRole)

    // How many of the latest log lines a tile carries.
    static constexpr int logLines = 5;

    explicit WallModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Lays the tiles out and shows them; rows stay in place where they can.
    void setTiles(QList<WallTile> tiles);
    void setCadencePolicy(const comms::CadencePolicy &policy);
    int pageCount() const { return m_pageCount; }

Q_SIGNALS:
    void countChanged();

private:
    void onCountChanged() override { emit countChanged(); }
    comms::CadencePolicy m_policy;
    int m_pageCount = 0;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallmodel.h"

#include "core/fields.h"

#include <QVariantMap>

namespace muster {

bool isOnWall(LifecycleState state)
{
    return state == LifecycleState::Detected || state == LifecycleState::Acknowledged
        || state == LifecycleState::Investigating || state == LifecycleState::Mitigated;
}

WallModel::WallModel(QObject *parent)
    : RowListModel<WallTile>(parent)
{ }

QVariant WallModel::data(const QModelIndex &index, int role) const
{
    const WallTile *tile = rowAt(index);
    if (!tile)
        return {};
    const IncidentSummary &incident = tile->incident;
    switch (role) {
    case IdRole:
        return incident.id;
    case Qt::DisplayRole:
    case TitleRole:
        return incident.title;
    case SeverityRole:
        return int(incident.severity);
    case SeverityLabelRole:
        return severityLabel(incident.severity);
    case StateLabelRole:
        return stateLabel(incident.state);
    case DrillRole:
        return incident.drill;
    case StartedAtRole:
        return double(incident.startedAtMs);
    case CommanderRole:
        return incident.commanderName;
    case BridgeRole:
        return bridgeLabelOf(incident.bridge);
    case CommsLeadRole:
        return tile->commsLeadName.isEmpty() ? incident.commanderName : tile->commsLeadName;
    case UpdateDueRole:
        return double(comms::cadenceStatus(m_policy, incident.severity, incident.state, incident.startedAtMs,
                                           incident.lastUpdateSentMs, 0)
                          .dueMs);
    case StepsFinishedRole:
        return tile->stepsFinished;
    case StepsTotalRole:
        return tile->stepsTotal;
    case LatestLogRole: {
        QVariantList lines;
        for (const LogLine &line : tile->latest)
            lines.append(QVariantMap {{QStringLiteral("time"), double(line.entry.hlc.wallMs)},
                                      {QStringLiteral("author"), line.authorName},
                                      // The first line: a sent update's log entry carries the
                                      // whole e-mail, which a wall cannot show.
                                      {QStringLiteral("text"), line.entry.text.section(u'\n', 0, 0)}});
        return lines;
    }
    case PageRole:
        return tile->slot.page;
    case RowRole:
        return tile->slot.row;
    case ColumnRole:
        return tile->slot.column;
    case SpanRole:
        return tile->slot.span;
    case RowsOnPageRole:
        return tile->slot.rowsOnPage;
    default:
        return {};
    }
}

QHash<int, QByteArray> WallModel::roleNames() const
{
    return {{IdRole, "incidentId"},
            {TitleRole, "title"},
            {SeverityRole, "severity"},
            {SeverityLabelRole, "severityLabel"},
            {StateLabelRole, "stateLabel"},
            {DrillRole, "drill"},
            {StartedAtRole, "startedAt"},
            {CommanderRole, "commander"},
            {CommsLeadRole, "commsLead"},
            {BridgeRole, "bridge"},
            {UpdateDueRole, "updateDue"},
            {StepsFinishedRole, "stepsFinished"},
            {StepsTotalRole, "stepsTotal"},
            {LatestLogRole, "latestLog"},
            {PageRole, "page"},
            {RowRole, "row"},
            {ColumnRole, "column"},
            {SpanRole, "span"},
            {RowsOnPageRole, "rowsOnPage"}};
}

void WallModel::setTiles(QList<WallTile> tiles)
{
    QList<Severity> severities;
    for (const WallTile &tile : std::as_const(tiles))
        severities.append(tile.incident.severity);
    const QList<WallSlot> places = layoutWall(severities);
    for (qsizetype i = 0; i < tiles.size(); ++i)
        tiles[i].slot = places.at(i);
    m_pageCount = wallPageCount(places);
    assignRows(tiles);
}

void WallModel::setCadencePolicy(const comms::CadencePolicy &policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {UpdateDueRole});
}

} // namespace muster

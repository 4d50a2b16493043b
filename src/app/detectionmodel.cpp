// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectionmodel.h"

namespace muster {

DetectionModel::DetectionModel(QObject *parent)
    : RowListModel(parent)
{ }

QVariant DetectionModel::data(const QModelIndex &index, int role) const
{
    const alerts::AlertGroup *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case KeyRole:
        return row->key;
    case Qt::DisplayRole:
    case NameRole:
        return row->name;
    case ServiceRole:
        return row->service;
    case SeverityRole:
        return int(row->severity);
    case ActiveRole:
        return row->active;
    case SilencedRole:
        return row->silenced;
    case InhibitedRole:
        return row->inhibited;
    case TotalRole:
        return row->total();
    case QuietRole:
        return row->isQuiet();
    case StartedAtRole:
        return row->earliestStartMs;
    case SummaryRole:
        return row->summary;
    case DescriptionRole:
        return row->description;
    case RunbookUrlRole:
        return row->runbookUrl;
    case GeneratorUrlRole:
        return row->generatorUrl;
    case FingerprintsRole:
        return row->fingerprints;
    case LinkedIncidentIdRole:
        return linkOf(*row).first;
    case LinkedIncidentTitleRole:
        return linkOf(*row).second;
    default:
        return {};
    }
}

QHash<int, QByteArray> DetectionModel::roleNames() const
{
    return {{KeyRole, "key"},
            {NameRole, "name"},
            {ServiceRole, "service"},
            {SeverityRole, "severity"},
            {ActiveRole, "active"},
            {SilencedRole, "silenced"},
            {InhibitedRole, "inhibited"},
            {TotalRole, "total"},
            {QuietRole, "quiet"},
            {StartedAtRole, "startedAt"},
            {SummaryRole, "summary"},
            {DescriptionRole, "description"},
            {RunbookUrlRole, "runbookUrl"},
            {GeneratorUrlRole, "generatorUrl"},
            {FingerprintsRole, "fingerprints"},
            {LinkedIncidentIdRole, "linkedIncidentId"},
            {LinkedIncidentTitleRole, "linkedIncidentTitle"}};
}

void DetectionModel::setLinks(const QHash<QString, std::pair<QString, QString>> &byFingerprint)
{
    if (byFingerprint == m_links)
        return;
    m_links = byFingerprint;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {LinkedIncidentIdRole, LinkedIncidentTitleRole});
}

std::pair<QString, QString> DetectionModel::linkOf(const alerts::AlertGroup &group) const
{
    for (const QString &fingerprint : group.fingerprints) {
        const auto it = m_links.constFind(fingerprint);
        if (it != m_links.cend())
            return *it;
    }
    return {};
}

} // namespace muster

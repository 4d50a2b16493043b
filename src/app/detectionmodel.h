// SPDX-License-Identifier: GPL-3.0-or-later
// The detection inbox as a list: one row per alert group (alert name and service), in the
// order groupAlerts() decides. Rows are replaced position by position on every poll, so the
// list does not jump or lose a selection when nothing changed.
#pragma once

#include "integrations/alertmanager/alertgroup.h"
#include "rowlistmodel.h"

#include <QtQmlIntegration>

namespace muster {

class DetectionModel : public RowListModel<alerts::AlertGroup>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of DetectionInbox")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum DataRole
    {
        KeyRole = Qt::UserRole + 1, // QString: stable id of the group
        NameRole, // QString: the alertname label
        ServiceRole, // QString: service, job or instance; may be empty
        SeverityRole, // int 1-4: the most severe alert's, on Muster's scale
        ActiveRole, // int: alerts firing and calling for action
        SilencedRole, // int: silenced in Alertmanager
        InhibitedRole, // int: inhibited by another alert
        TotalRole, // int
        QuietRole, // bool: every alert silenced or inhibited
        StartedAtRole, // qint64 ms: the oldest alert's start
        SummaryRole, // QString
        DescriptionRole, // QString
        RunbookUrlRole, // QString: may be empty
        GeneratorUrlRole, // QString: the graph in Prometheus; may be empty
        FingerprintsRole, // QStringList
        LinkedIncidentIdRole, // QString: an open incident one of its alerts is linked to, or empty
        LinkedIncidentTitleRole, // QString: that incident's title
    };
    Q_ENUM(DataRole)

    explicit DetectionModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setGroups(const QList<alerts::AlertGroup> &groups) { assignRows(groups); }
    const QList<alerts::AlertGroup> &groups() const { return m_rows; }
    // Which open incident each linked fingerprint belongs to (id and title).
    void setLinks(const QHash<QString, std::pair<QString, QString>> &byFingerprint);

Q_SIGNALS:
    void countChanged();

private:
    void onCountChanged() override { emit countChanged(); }
    // The first of the group's alerts (by fingerprint order) that is linked, if any.
    std::pair<QString, QString> linkOf(const alerts::AlertGroup &group) const;

    QHash<QString, std::pair<QString, QString>> m_links;
};

} // namespace muster

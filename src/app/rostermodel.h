// SPDX-License-Identifier: GPL-3.0-or-later
// Who holds which role in one incident: the five command roles (an undelegated role shows the
// Incident Commander as its holder) followed by the subject-matter experts.
#pragma once

#include "core/incident.h"
#include "rowlistmodel.h"

#include <QSet>
#include <QtQmlIntegration>

namespace muster {

class PeopleModel;

struct RosterRow
{
    QString role; // wire name ("ic", "comms", …) or "sme"
    QString roleLabel;
    QString personId; // who holds it, explicitly or as IC
    QString personName;
    bool delegated = false; // assigned explicitly (always true for SMEs)
};

class RosterModel : public RowListModel<RosterRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum DataRole
    {
        RoleNameRole = Qt::UserRole + 1, // QString: "ic", "deputy", "comms", "ops", "scribe" or "sme"
        RoleLabelRole, // QString: "Incident Commander"…
        PersonIdRole, // QString: holder's id, empty when nobody (no IC either)
        PersonNameRole, // QString: holder's name
        DelegatedRole, // bool: false when the IC holds it by default
        IsCommanderRole, // bool: the Incident Commander row
        OnlineRole, // bool: the holder is connected to the workspace right now (presence)
    };
    Q_ENUM(DataRole)

    explicit RosterModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setIncident(const Incident &incident, const PeopleModel &people);
    // Person ids of everyone connected; their rows show as online.
    void setOnline(const QSet<QString> &personIds);

Q_SIGNALS:
    void countChanged();

private:
    void onCountChanged() override { emit countChanged(); }

    QSet<QString> m_online;
};

} // namespace muster

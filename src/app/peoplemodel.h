// SPDX-License-Identifier: GPL-3.0-or-later
// The people directory: responders who can hold roles, sorted by name.
#pragma once

#include "core/incident.h"
#include "rowlistmodel.h"

#include <QtQmlIntegration>

namespace muster {

class PeopleModel : public RowListModel<Person>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The directory belongs to MusterApp")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1, // QString: person id
        NameRole, // QString: display name
        EmailRole, // QString
        TeamRole, // QString
        HandleRole, // QString: phone or chat handle
    };
    Q_ENUM(DataRole)

    explicit PeopleModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPeople(const QList<Person> &people);
    // Lookups for other models and the editors; empty/nullopt when unknown.
    Q_INVOKABLE QString nameOf(const QString &personId) const;
    std::optional<Person> person(const QString &personId) const;
    std::optional<Person> findByName(const QString &name) const;
    Q_INVOKABLE int indexOfId(const QString &personId) const;

Q_SIGNALS:
    void countChanged();

private:
    void onCountChanged() override { emit countChanged(); }
};

} // namespace muster

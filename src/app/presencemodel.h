// SPDX-License-Identifier: GPL-3.0-or-later
// Who is connected to the workspace right now and which incident each is looking at, as the
// relay last said. Ephemeral: never stored, empty when offline.
#pragma once

#include "rowlistmodel.h"
#include "sync/protocol.h"

#include <QSet>
#include <QtQmlIntegration>

namespace muster {

struct PresenceRow
{
    QString replica;
    QString personId;
    QString name;
    QString viewing; // incident id, or empty
    bool isMe = false;
};

class PresenceModel : public RowListModel<PresenceRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MusterApp")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int othersOnline READ othersOnline NOTIFY countChanged)

public:
    enum DataRole
    {
        NameRole = Qt::UserRole + 1, // QString: display name
        PersonIdRole, // QString
        ViewingRole, // QString: the incident id they have open, or empty
        IsMeRole, // bool: this app
    };
    Q_ENUM(DataRole)

    explicit PresenceModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the list; ownReplica marks this app's own row.
    void setPeers(const QList<protocol::Peer> &peers, const QString &ownReplica);
    void clear() { setPeers({}, {}); }

    int othersOnline() const;
    // Person ids of everyone connected.
    QSet<QString> onlinePeople() const;
    // Names of the others who have this incident open, sorted.
    QStringList othersViewing(const QString &incidentId) const;

Q_SIGNALS:
    void countChanged();

private:
    void onCountChanged() override { emit countChanged(); }
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The communication log of one incident, newest first. Pages of older entries load on demand
// (fetchMore), so an incident with a hundred thousand entries opens as fast as one with ten.
// With searchText set it shows the full-text matches in this incident instead.
#pragma once

#include "rowlistmodel.h"
#include "store/store.h"

#include <QtQmlIntegration>

namespace muster {

class StoreClient;

class LogModel : public RowListModel<LogLine>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)

public:
    enum DataRole
    {
        EntryIdRole = Qt::UserRole + 1, // QString: "replica:counter"
        KindRole, // QString: "note", "decision", "action", "status", "role", "system"
        KindLabelRole, // QString, translated
        TextRole, // QString
        AuthorRole, // QString: author's name (empty for an unknown person)
        AtRole, // double: ms since epoch (the entry's clock)
        PendingRole, // bool: saved locally, not yet acknowledged by a relay
        IsCorrectionRole, // bool: corrects an earlier entry
        IsUserEntryRole, // bool: written by a person (note, decision, action), not by Muster
    };
    Q_ENUM(DataRole)

    static constexpr int pageSize = 100;

    explicit LogModel(StoreClient *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows another incident (clears, then loads its newest page).
    void setIncident(const QString &incidentId);
    // Picks up entries written since the newest one shown.
    void refreshNewest();

    bool loading() const { return m_loading; }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void searchTextChanged();

private:
    void onCountChanged() override { emit countChanged(); }
    void setLoading(bool loading);
    void loadOlder();
    void runSearch();
    void replaceAll(const QList<LogLine> &rows);

    StoreClient *m_store;
    QString m_incidentId;
    QString m_searchText;
    bool m_loading = false;
    bool m_exhausted = true;
    quint64 m_generation = 0; // answers for an earlier incident or search are dropped
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The communication log of one incident, newest first. Pages of older entries load on demand
// (fetchMore), so an incident with a hundred thousand entries opens as fast as one with ten.
// The model holds a window of at most maxRows() entries: scrolling down a long log drops the
// newest pages from the top (atNewest turns false) and fetchNewer() brings them back when the
// view scrolls up again, so a million-entry log never sits in memory whole.
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
    // The newest entries are in the window: new ones appear on top as they arrive. When false
    // the view offers a way back to the newest (showNewest()).
    Q_PROPERTY(bool atNewest READ atNewest NOTIFY atNewestChanged)
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
    static constexpr int defaultMaxRows = 20 * pageSize;

    explicit LogModel(StoreClient *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows another incident (clears, then loads its newest page).
    void setIncident(const QString &incidentId);
    // Picks up entries written since the newest one shown (while the window is at the newest).
    void refreshNewest();
    // The page just newer than the window's top; for the view scrolled near the top of it.
    Q_INVOKABLE void fetchNewer();
    // Back to the newest page, the window dropped.
    Q_INVOKABLE void showNewest();

    bool loading() const { return m_loading; }
    bool atNewest() const { return m_atNewest; }
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows) { m_maxRows = std::max(rows, 2 * pageSize); }
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void atNewestChanged();
    void searchTextChanged();

private:
    void onCountChanged() override { emit countChanged(); }
    void setLoading(bool loading);
    void setAtNewest(bool atNewest);
    // Keep the window within maxRows: drop rows from the top (scrolling down) or the bottom.
    void trimTop();
    void trimBottom();
    void loadOlder();
    void runSearch();
    void replaceAll(const QList<LogLine> &rows);

    StoreClient *m_store;
    QString m_incidentId;
    QString m_searchText;
    bool m_loading = false;
    bool m_exhausted = true; // no older entries than the window's bottom
    bool m_atNewest = true; // no newer entries than the window's top
    int m_maxRows = defaultMaxRows;
    quint64 m_generation = 0; // answers for an earlier incident or search are dropped
};

} // namespace muster

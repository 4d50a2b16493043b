// SPDX-License-Identifier: GPL-3.0-or-later
// The command palette (Ctrl+K): one box that jumps to any incident on the board, any person, or
// any action the window offers, by a few typed letters. The list is gathered when the palette
// opens (what the board and directory hold then), filtered as the person types (see
// palettematch.h for how), and an entry is carried out here: navigation through the Navigator,
// the two window-only actions (declare, theme) by actionRequested.
#pragma once

#include "rowlistmodel.h"

#include <QtQmlIntegration>

namespace muster {

class BoardModel;
class IncidentRoom;
class Navigator;
class PeopleModel;

struct PaletteEntry
{
    enum class Kind
    {
        Incident,
        Action,
        Person,
    };
    Kind kind = Kind::Action;
    QString key; // incident id, person id, or action name ("declare", "board", …)
    QString title;
    QString detail; // the line under the title
    QString shortcut; // "Ctrl+D"; empty when none
    QString severityLabel; // incidents: "SEV1"
    int severity = 0; // incidents: 1–4
    QStringList keywords; // matched, not shown
    int score = 0;
};

class CommandPalette : public RowListModel<PaletteEntry>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The command palette belongs to MusterApp")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum DataRole
    {
        KindRole = Qt::UserRole + 1, // QString: "incident", "person" or "action"
        KindLabelRole, // QString, translated: "Incident", "Person", "Action"
        KeyRole, // QString: PaletteEntry::key
        TitleRole, // QString
        DetailRole, // QString
        ShortcutRole, // QString: the key that does the same without the palette, or empty
        SeverityRole, // int: 1–4 for incidents, 0 otherwise
        SeverityLabelRole, // QString: "SEV1" for incidents, empty otherwise
    };
    Q_ENUM(DataRole)

    // At most this many entries are listed; typing narrows the rest down.
    static constexpr int kMaxEntries = 50;

    CommandPalette(const BoardModel *board, const PeopleModel *people, Navigator *navigator,
                   const IncidentRoom *room, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    // Gathers incidents, people and actions afresh and clears the query (the palette opens).
    Q_INVOKABLE void reload();
    // Carries out the entry at `row`. False when there is none.
    Q_INVOKABLE bool activate(int row);

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    // Actions the window carries out itself: "declare" (the declare dialog), "theme".
    void actionRequested(const QString &action);

private:
    void onCountChanged() override { emit countChanged(); }
    void filter();
    QList<PaletteEntry> gatherIncidents() const;
    QList<PaletteEntry> gatherPeople() const;
    QList<PaletteEntry> gatherActions() const;

    const BoardModel *m_board;
    const PeopleModel *m_people;
    Navigator *m_navigator;
    const IncidentRoom *m_room;
    QList<PaletteEntry> m_all;
    QString m_query;
};

} // namespace muster

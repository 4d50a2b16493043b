// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include "boardmodel.h"
#include "incidentroom.h"
#include "navigator.h"
#include "palettematch.h"
#include "peoplemodel.h"

#include <algorithm>

namespace muster {

CommandPalette::CommandPalette(const BoardModel *board, const PeopleModel *people, Navigator *navigator,
                               const IncidentRoom *room, QObject *parent)
    : RowListModel(parent)
    , m_board(board)
    , m_people(people)
    , m_navigator(navigator)
    , m_room(room)
{ }

QVariant CommandPalette::data(const QModelIndex &index, int role) const
{
    const PaletteEntry *entry = rowAt(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return entry->title;
    case KindRole:
        return entry->kind == PaletteEntry::Kind::Incident ? QStringLiteral("incident")
            : entry->kind == PaletteEntry::Kind::Person    ? QStringLiteral("person")
                                                           : QStringLiteral("action");
    case KindLabelRole:
        return entry->kind == PaletteEntry::Kind::Incident ? tr("Incident")
            : entry->kind == PaletteEntry::Kind::Person    ? tr("Person")
                                                           : tr("Action");
    case KeyRole:
        return entry->key;
    case DetailRole:
        return entry->detail;
    case ShortcutRole:
        return entry->shortcut;
    case SeverityRole:
        return entry->severity;
    case SeverityLabelRole:
        return entry->severityLabel;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandPalette::roleNames() const
{
    return {{KindRole, "kind"},         {KindLabelRole, "kindLabel"},
            {KeyRole, "key"},           {TitleRole, "title"},
            {DetailRole, "detail"},     {ShortcutRole, "shortcut"},
            {SeverityRole, "severity"}, {SeverityLabelRole, "severityLabel"}};
}

void CommandPalette::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    filter();
}

void CommandPalette::reload()
{
    // The order they are listed in when nothing is typed: what is burning, what can be done,
    // who can help.
    m_all = gatherIncidents() + gatherActions() + gatherPeople();
    if (!m_query.isEmpty()) {
        m_query.clear();
        emit queryChanged();
    }
    filter();
}

void CommandPalette::filter()
{
    QList<PaletteEntry> matches;
    for (const PaletteEntry &entry : std::as_const(m_all)) {
        QStringList fields {entry.title, entry.detail, entry.severityLabel};
        fields += entry.keywords;
        const int score = palette::score(m_query, fields);
        if (score == 0)
            continue;
        matches.append(entry);
        matches.last().score = score;
    }
    // Best match first; among equals, the order they were gathered in.
    std::stable_sort(matches.begin(), matches.end(),
                     [](const PaletteEntry &a, const PaletteEntry &b) { return a.score > b.score; });
    if (matches.size() > kMaxEntries)
        matches.resize(kMaxEntries);
    assignRows(matches);
}

bool CommandPalette::activate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const PaletteEntry entry = m_rows.at(row);
    switch (entry.kind) {
    case PaletteEntry::Kind::Incident:
        m_navigator->openIncident(entry.key);
        return true;
    case PaletteEntry::Kind::Person:
        m_navigator->showPerson(entry.key);
        return true;
    case PaletteEntry::Kind::Action:
        break;
    }
    const QString &action = entry.key;
    if (m_navigator->showListView(action))
        return true;
    if (action == u"settings")
        m_navigator->showSyncSettings();
    else if (action == u"update")
        m_navigator->draftUpdate(m_room->incidentId());
    else if (action == u"retrospective")
        m_navigator->openRetrospective(m_room->incidentId());
    else
        emit actionRequested(action);
    return true;
}

QList<PaletteEntry> CommandPalette::gatherIncidents() const
{
    QList<PaletteEntry> entries;
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const QModelIndex index = m_board->index(row);
        PaletteEntry entry;
        entry.kind = PaletteEntry::Kind::Incident;
        entry.key = index.data(BoardModel::IdRole).toString();
        entry.title = index.data(BoardModel::TitleRole).toString();
        entry.severity = index.data(BoardModel::SeverityRole).toInt();
        entry.severityLabel = index.data(BoardModel::SeverityLabelRole).toString();
        const QString commander = index.data(BoardModel::CommanderRole).toString();
        // The severity is on its badge beside the title.
        QStringList detail {index.data(BoardModel::StateLabelRole).toString(),
                            commander.isEmpty() ? tr("no IC") : tr("IC %1").arg(commander)};
        if (index.data(BoardModel::DrillRole).toBool())
            detail << tr("drill");
        entry.detail = detail.join(QStringLiteral(" · "));
        entry.keywords = index.data(BoardModel::ServicesRole).toStringList();
        entry.keywords << entry.key << index.data(BoardModel::StateRole).toString();
        entries.append(entry);
    }
    return entries;
}

QList<PaletteEntry> CommandPalette::gatherPeople() const
{
    // What each person holds now, so "who is IC of checkout" is one look.
    QHash<QString, QStringList> commands;
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const QModelIndex index = m_board->index(row);
        const QString commander = index.data(BoardModel::CommanderIdRole).toString();
        if (!commander.isEmpty() && index.data(BoardModel::ResolvedAtRole).toDouble() == 0)
            commands[commander] << index.data(BoardModel::TitleRole).toString();
    }
    QList<PaletteEntry> entries;
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const QModelIndex index = m_people->index(row);
        PaletteEntry entry;
        entry.kind = PaletteEntry::Kind::Person;
        entry.key = index.data(PeopleModel::IdRole).toString();
        entry.title = index.data(PeopleModel::NameRole).toString();
        QStringList detail;
        const QString team = index.data(PeopleModel::TeamRole).toString();
        if (!team.isEmpty())
            detail << team;
        const QStringList held = commands.value(entry.key);
        if (held.size() == 1)
            detail << tr("IC of %1").arg(held.constFirst());
        else if (held.size() > 1)
            detail << tr("IC of %n incidents", nullptr, int(held.size()));
        entry.detail = detail.join(QStringLiteral(" · "));
        entry.keywords
            = {index.data(PeopleModel::HandleRole).toString(), index.data(PeopleModel::EmailRole).toString()};
        entry.keywords += held;
        entries.append(entry);
    }
    return entries;
}

QList<PaletteEntry> CommandPalette::gatherActions() const
{
    auto action = [](const QString &key, const QString &title, const QString &shortcut,
                     const QString &keywords, const QString &detail = {}) {
        PaletteEntry entry;
        entry.kind = PaletteEntry::Kind::Action;
        entry.key = key;
        entry.title = title;
        entry.detail = detail;
        entry.shortcut = shortcut;
        // Other words people type for the same thing; translated with the title.
        entry.keywords = keywords.split(u' ', Qt::SkipEmptyParts);
        return entry;
    };
    QList<PaletteEntry> actions;
    // In an incident, what its responders do most comes first.
    if (m_navigator->view() == u"incident" && !m_room->incidentId().isEmpty()) {
        actions << action(QStringLiteral("update"), tr("Draft a stakeholder update"),
                          QStringLiteral("Ctrl+U"), tr("comms email status communicate"), m_room->title())
                << action(QStringLiteral("retrospective"), tr("Open the retrospective"), {},
                          tr("postmortem review learn blameless"), m_room->title());
    }
    actions << action(QStringLiteral("declare"), tr("Declare an incident"), QStringLiteral("Ctrl+D"),
                      tr("new create open page start"))
            << action(QStringLiteral("board"), tr("Go to the board"), QStringLiteral("Ctrl+1"),
                      tr("incidents overview home"))
            << action(QStringLiteral("people"), tr("Go to people"), QStringLiteral("Ctrl+2"),
                      tr("responders directory contacts team"))
            << action(QStringLiteral("detection"), tr("Go to detection"), QStringLiteral("Ctrl+3"),
                      tr("alerts alertmanager firing"))
            << action(QStringLiteral("actions"), tr("Go to action items"), QStringLiteral("Ctrl+4"),
                      tr("follow-up tasks overdue"))
            << action(QStringLiteral("metrics"), tr("Go to metrics"), QStringLiteral("Ctrl+5"),
                      tr("mttd mtta mttr mtbf charts"))
            << action(QStringLiteral("wall"), tr("Show the wall display"), QStringLiteral("F11"),
                      tr("war room big screen full"))
            << action(QStringLiteral("settings"), tr("Open settings"), {},
                      tr("preferences relay sync workspace name language"))
            << action(QStringLiteral("theme"), tr("Switch between the light and dark theme"), {},
                      tr("dark light appearance colours"));
    return actions;
}

} // namespace muster

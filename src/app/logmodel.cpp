// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include "store/storeclient.h"

#include <QSet>

namespace muster {

namespace {
auto sortKey(const LogEntry &e)
{
    return std::tuple(e.hlc.packed(), e.id.replica, e.id.counter);
}
} // namespace

LogModel::LogModel(StoreClient *store, QObject *parent)
    : RowListModel(parent)
    , m_store(store)
{ }

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    const LogLine *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row->entry.text;
    case EntryIdRole:
        return row->entry.id.toString();
    case KindRole:
        return logKindName(row->entry.kind);
    case KindLabelRole:
        return logKindLabel(row->entry.kind);
    case AuthorRole:
        return row->authorName;
    case AtRole:
        return double(row->entry.hlc.wallMs);
    case PendingRole:
        return row->pending;
    case IsCorrectionRole:
        return row->entry.corrects.has_value();
    case IsUserEntryRole:
        return isUserLogKind(row->entry.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},        {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},    {TextRole, "text"},
            {AuthorRole, "author"},          {AtRole, "at"},
            {PendingRole, "pending"},        {IsCorrectionRole, "isCorrection"},
            {IsUserEntryRole, "isUserEntry"}};
}

bool LogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading && m_searchText.isEmpty()
        && !m_incidentId.isEmpty();
}

void LogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadOlder();
}

void LogModel::setIncident(const QString &incidentId)
{
    ++m_generation;
    m_incidentId = incidentId;
    m_exhausted = incidentId.isEmpty();
    setAtNewest(true);
    setLoading(false);
    if (!m_searchText.isEmpty()) {
        m_searchText.clear();
        emit searchTextChanged();
    }
    replaceAll({});
    if (!incidentId.isEmpty())
        loadOlder();
}

void LogModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    emit searchTextChanged();
    ++m_generation;
    setLoading(false);
    setAtNewest(true); // results, or the newest page again
    if (text.trimmed().isEmpty()) {
        replaceAll({});
        m_exhausted = false;
        loadOlder();
    } else {
        runSearch();
    }
}

void LogModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        emit loadingChanged();
    }
}

void LogModel::setAtNewest(bool atNewest)
{
    if (m_atNewest != atNewest) {
        m_atNewest = atNewest;
        emit atNewestChanged();
    }
}

void LogModel::trimTop()
{
    const int excess = rowCount() - m_maxRows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.remove(0, excess);
    endRemoveRows();
    emit countChanged();
    setAtNewest(false);
}

void LogModel::trimBottom()
{
    const int excess = rowCount() - m_maxRows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, m_maxRows, rowCount() - 1);
    m_rows.resize(m_maxRows);
    endRemoveRows();
    emit countChanged();
    m_exhausted = false;
}

void LogModel::replaceAll(const QList<LogLine> &rows)
{
    // A different list altogether (another incident, or search results).
    const int before = rowCount();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

void LogModel::loadOlder()
{
    if (m_loading)
        return; // one page at a time: two loads from the same cursor would duplicate it
    LogCursor cursor;
    if (!m_rows.isEmpty()) {
        const LogEntry &last = m_rows.constLast().entry;
        cursor = {last.hlc.packed(), last.id.replica, last.id.counter};
    }
    setLoading(true);
    const quint64 generation = m_generation;
    const QString incident = m_incidentId;
    m_store->run<StoreResult<QList<LogLine>>>(
        this, [incident, cursor](Store &s) { return s.logPage(incident, cursor, pageSize); },
        [this, generation](const StoreResult<QList<LogLine>> &page) {
            if (generation != m_generation)
                return;
            if (!page.ok() || page.value.size() < pageSize)
                m_exhausted = true;
            // Still "loading" while the rows go in, so that a view asking for more from inside
            // the insert signals cannot start a second load from the same cursor.
            if (page.ok() && !page.value.isEmpty()) {
                beginInsertRows({}, rowCount(), rowCount() + int(page.value.size()) - 1);
                m_rows.append(page.value);
                endInsertRows();
                emit countChanged();
                trimTop();
            }
            setLoading(false);
        });
}

void LogModel::fetchNewer()
{
    if (m_atNewest || m_loading || !m_searchText.isEmpty() || m_incidentId.isEmpty() || m_rows.isEmpty())
        return;
    const LogEntry &top = m_rows.constFirst().entry;
    const LogCursor cursor {top.hlc.packed(), top.id.replica, top.id.counter};
    setLoading(true);
    const quint64 generation = m_generation;
    const QString incident = m_incidentId;
    m_store->run<StoreResult<QList<LogLine>>>(
        this, [incident, cursor](Store &s) { return s.logPageAfter(incident, cursor, pageSize); },
        [this, generation](const StoreResult<QList<LogLine>> &page) {
            if (generation != m_generation)
                return;
            if (page.ok() && !page.value.isEmpty()) {
                beginInsertRows({}, 0, int(page.value.size()) - 1);
                m_rows = page.value + m_rows;
                endInsertRows();
                emit countChanged();
                trimBottom();
            }
            if (page.ok() && page.value.size() < pageSize)
                setAtNewest(true);
            setLoading(false);
        });
}

void LogModel::showNewest()
{
    if (m_incidentId.isEmpty() || (m_atNewest && m_searchText.isEmpty()))
        return;
    ++m_generation;
    setLoading(false);
    if (!m_searchText.isEmpty()) {
        m_searchText.clear();
        emit searchTextChanged();
    }
    replaceAll({});
    m_exhausted = false;
    setAtNewest(true);
    loadOlder();
}

void LogModel::runSearch()
{
    setLoading(true);
    const quint64 generation = m_generation;
    const QString incident = m_incidentId;
    const QString text = m_searchText;
    m_store->run<StoreResult<QList<LogLine>>>(
        this, [incident, text](Store &s) { return s.searchLog(text, incident, 500); },
        [this, generation](const StoreResult<QList<LogLine>> &result) {
            if (generation != m_generation)
                return;
            setLoading(false);
            replaceAll(result.value);
        });
}

void LogModel::refreshNewest()
{
    if (m_incidentId.isEmpty())
        return;
    if (!m_searchText.isEmpty()) {
        ++m_generation;
        runSearch();
        return;
    }
    // Scrolled down a long log: new entries wait above the window until the view comes back up.
    if (!m_atNewest)
        return;
    const quint64 generation = m_generation;
    const QString incident = m_incidentId;
    m_store->run<StoreResult<QList<LogLine>>>(
        this, [incident](Store &s) { return s.logPage(incident, {}, pageSize); },
        [this, generation](const StoreResult<QList<LogLine>> &page) {
            // The window may have left the newest while this was read.
            if (generation != m_generation || !page.ok() || !m_atNewest)
                return;
            // More arrived at once than a page holds (a catch-up after time offline): entries
            // older than this page but newer than what is shown would be left out. Start again
            // from the newest page; scrolling down pages through the rest, none missing.
            if (page.value.size() == pageSize && !m_rows.isEmpty()
                && sortKey(page.value.constLast().entry) > sortKey(m_rows.constFirst().entry)) {
                m_exhausted = false;
                replaceAll(page.value);
                return;
            }
            // Refresh the pending flag of rows we show, then put newer entries on top.
            QHash<QString, bool> pending;
            for (const LogLine &line : page.value)
                pending.insert(line.entry.id.toString(), line.pending);
            for (int row = 0; row < m_rows.size(); ++row) {
                auto it = pending.constFind(m_rows.at(row).entry.id.toString());
                if (it != pending.cend() && *it != m_rows.at(row).pending) {
                    m_rows[row].pending = *it;
                    emit dataChanged(index(row), index(row), {PendingRole});
                }
            }
            // Entries we do not show yet: newer ones from here, and teammates' entries that
            // arrived with an older clock than our newest; each goes where its clock puts it.
            QSet<QString> shown;
            for (const LogLine &line : std::as_const(m_rows))
                shown.insert(line.entry.id.toString());
            for (auto it = page.value.crbegin(); it != page.value.crend(); ++it) {
                const LogLine &line = *it;
                if (shown.contains(line.entry.id.toString()))
                    continue;
                // Older than everything loaded while older pages remain: fetchMore brings it.
                if (!m_rows.isEmpty() && !m_exhausted
                    && sortKey(line.entry) < sortKey(m_rows.constLast().entry))
                    continue;
                const auto position = std::lower_bound(
                    m_rows.cbegin(), m_rows.cend(), line,
                    [](const LogLine &a, const LogLine &b) { return sortKey(a.entry) > sortKey(b.entry); });
                const int row = int(position - m_rows.cbegin());
                beginInsertRows({}, row, row);
                m_rows.insert(row, line);
                endInsertRows();
                emit countChanged();
            }
            trimBottom();
        });
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbooklibrary.h"

namespace muster {

RunbookLibrary::RunbookLibrary(const QString &bundledDirectory, const QString &userDirectory, QObject *parent)
    : QAbstractListModel(parent)
    , m_bundledDirectory(bundledDirectory)
    , m_userDirectory(userDirectory)
{
    reload();
}

int RunbookLibrary::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant RunbookLibrary::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunbookTemplate &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case IdRole:
        return t.id;
    case DescriptionRole:
        return t.description;
    case StepCountRole:
        return int(t.steps.size());
    case BundledRole:
        return t.bundled;
    default:
        return {};
    }
}

QHash<int, QByteArray> RunbookLibrary::roleNames() const
{
    return {{IdRole, "templateId"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {StepCountRole, "stepCount"},
            {BundledRole, "bundled"}};
}

void RunbookLibrary::reload()
{
    QStringList problems;
    QList<RunbookTemplate> all = loadRunbookTemplates(m_userDirectory, false, &problems);
    for (const RunbookTemplate &bundled : loadRunbookTemplates(m_bundledDirectory, true, &problems)) {
        const bool overridden
            = std::any_of(all.cbegin(), all.cend(), [&](const auto &t) { return t.id == bundled.id; });
        if (!overridden)
            all.append(bundled);
    }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.title < b.title; });
    beginResetModel(); // a whole new list from disk; nothing to keep
    m_templates = all;
    endResetModel();
    if (m_problems != problems) {
        m_problems = problems;
        emit problemsChanged();
    }
}

std::optional<RunbookTemplate> RunbookLibrary::find(const QString &id) const
{
    for (const RunbookTemplate &t : m_templates) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

} // namespace muster

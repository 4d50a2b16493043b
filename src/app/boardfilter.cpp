// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardfilter.h"

#include "boardmodel.h"

#include <QRegularExpression>

namespace muster {

BoardFilter::BoardFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &BoardFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &BoardFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &BoardFilter::countChanged);
}

void BoardFilter::setState(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
    refilter();
}

void BoardFilter::setSeverities(const QList<int> &severities)
{
    if (m_severities == severities)
        return;
    m_severities = severities;
    emit severitiesChanged();
    refilter();
}

void BoardFilter::setService(const QString &service)
{
    if (m_service == service)
        return;
    m_service = service;
    emit serviceChanged();
    refilter();
}

void BoardFilter::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    m_words = text.split(spaces, Qt::SkipEmptyParts);
    emit textChanged();
    refilter();
}

void BoardFilter::refilter()
{
    invalidateFilter();
    emit countChanged();
}

bool BoardFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_state.isEmpty() && index.data(BoardModel::StateRole).toString() != m_state)
        return false;
    if (!m_severities.isEmpty() && !m_severities.contains(index.data(BoardModel::SeverityRole).toInt()))
        return false;
    const QStringList services = index.data(BoardModel::ServicesRole).toStringList();
    if (!m_service.isEmpty() && !services.contains(m_service, Qt::CaseInsensitive))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(BoardModel::TitleRole).toString() + u'\n'
        + index.data(BoardModel::SummaryRole).toString() + u'\n' + services.join(u'\n') + u'\n'
        + index.data(BoardModel::CommanderRole).toString() + u'\n'
        + index.data(BoardModel::SeverityLabelRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

bool BoardFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftSeverity = left.data(BoardModel::SeverityRole).toInt();
    const int rightSeverity = right.data(BoardModel::SeverityRole).toInt();
    if (leftSeverity != rightSeverity)
        return leftSeverity < rightSeverity;
    const double leftStart = left.data(BoardModel::StartedAtRole).toDouble();
    const double rightStart = right.data(BoardModel::StartedAtRole).toDouble();
    if (leftStart != rightStart)
        return leftStart < rightStart;
    return left.data(BoardModel::IdRole).toString() < right.data(BoardModel::IdRole).toString();
}

} // namespace muster

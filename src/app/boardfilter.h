// SPDX-License-Identifier: GPL-3.0-or-later
// One column of the board: the incidents in one lifecycle state that pass the filters,
// sorted by severity (most severe first), then by age (oldest first).
#pragma once

#include <QSortFilterProxyModel>
#include <QtQmlIntegration>

namespace muster {

class BoardFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    // Lifecycle wire name of the column; empty shows every state.
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY stateChanged)
    // Severities to show, 1–4; empty shows all.
    Q_PROPERTY(QList<int> severities READ severities WRITE setSeverities NOTIFY severitiesChanged)
    // Exact service name; empty shows all.
    Q_PROPERTY(QString service READ service WRITE setService NOTIFY serviceChanged)
    // Words that must all appear in the title, summary, services or IC name (case-insensitive).
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit BoardFilter(QObject *parent = nullptr);

    QString state() const { return m_state; }
    void setState(const QString &state);
    QList<int> severities() const { return m_severities; }
    void setSeverities(const QList<int> &severities);
    QString service() const { return m_service; }
    void setService(const QString &service);
    QString text() const { return m_text; }
    void setText(const QString &text);
    int count() const { return rowCount(); }

Q_SIGNALS:
    void stateChanged();
    void severitiesChanged();
    void serviceChanged();
    void textChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_state;
    QList<int> m_severities;
    QString m_service;
    QString m_text;
    QStringList m_words;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook templates a responder can attach: the bundled ones and the user's own Markdown
// files in <data dir>/runbooks. A user file with the same name replaces the bundled one.
#pragma once

#include "core/runbooktemplate.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace muster {

class RunbookLibrary : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The runbook library belongs to MusterApp")
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QString userDirectory READ userDirectory CONSTANT)

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1, // QString: file name without .md
        TitleRole, // QString
        DescriptionRole, // QString
        StepCountRole, // int
        BundledRole, // bool: shipped with Muster rather than the user's own
    };
    Q_ENUM(DataRole)

    RunbookLibrary(const QString &bundledDirectory, const QString &userDirectory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads both folders again (cheap: a few small files).
    Q_INVOKABLE void reload();
    std::optional<RunbookTemplate> find(const QString &id) const;
    const QList<RunbookTemplate> &templates() const { return m_templates; }
    QStringList problems() const { return m_problems; }
    QString userDirectory() const { return m_userDirectory; }

Q_SIGNALS:
    void problemsChanged();

private:
    QString m_bundledDirectory;
    QString m_userDirectory;
    QList<RunbookTemplate> m_templates;
    QStringList m_problems;
};

} // namespace muster

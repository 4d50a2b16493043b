// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook steps of one incident, all attached runbooks one after the other, with who
// ticked each step and when.
#pragma once

#include "core/incident.h"
#include "rowlistmodel.h"

#include <QtQmlIntegration>

namespace muster {

class PeopleModel;

struct RunbookStepRow
{
    QString attachmentId;
    QString runbookTitle;
    int index = 0; // position within its runbook
    QString text;
    StepProgress progress;
    QString byName;
};

class RunbookModel : public RowListModel<RunbookStepRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int finished READ finished NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    enum DataRole
    {
        AttachmentIdRole = Qt::UserRole + 1, // QString: which attached runbook
        RunbookTitleRole, // QString
        FirstOfRunbookRole, // bool: the first step of its runbook (views draw a heading)
        StepIndexRole, // int: 0-based position in its runbook
        TextRole, // QString: what to do
        StateRole, // QString: "todo", "doing", "done", "skipped"
        StateLabelRole, // QString, translated
        DoneByRole, // QString: name of who last changed it
        AtRole, // double: ms since epoch of that change, 0 when untouched
        NoteRole, // QString
    };
    Q_ENUM(DataRole)

    explicit RunbookModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setIncident(const Incident &incident, const PeopleModel &people);
    int finished() const; // done or skipped
    double progress() const; // 0–1

Q_SIGNALS:
    void countChanged();
    void progressChanged();

private:
    void onCountChanged() override { emit countChanged(); }
};

} // namespace muster

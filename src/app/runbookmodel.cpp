// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookmodel.h"

#include "peoplemodel.h"

namespace muster {

RunbookModel::RunbookModel(QObject *parent)
    : RowListModel(parent)
{ }

QVariant RunbookModel::data(const QModelIndex &index, int role) const
{
    const RunbookStepRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row->text;
    case AttachmentIdRole:
        return row->attachmentId;
    case RunbookTitleRole:
        return row->runbookTitle;
    case FirstOfRunbookRole:
        return row->index == 0;
    case StepIndexRole:
        return row->index;
    case StateRole:
        return stepStateName(row->progress.state);
    case StateLabelRole:
        return stepStateLabel(row->progress.state);
    case DoneByRole:
        return row->byName;
    case AtRole:
        return double(row->progress.atMs);
    case NoteRole:
        return row->progress.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> RunbookModel::roleNames() const
{
    return {{AttachmentIdRole, "attachmentId"},
            {RunbookTitleRole, "runbookTitle"},
            {FirstOfRunbookRole, "firstOfRunbook"},
            {StepIndexRole, "stepIndex"},
            {TextRole, "text"},
            {StateRole, "state"},
            {StateLabelRole, "stateLabel"},
            {DoneByRole, "doneBy"},
            {AtRole, "at"},
            {NoteRole, "note"}};
}

void RunbookModel::setIncident(const Incident &incident, const PeopleModel &people)
{
    // Runbooks in the order they were attached: attachment ids are time-ordered.
    QList<RunbookStepRow> rows;
    for (const RunbookAttachment &runbook : incident.runbooks) {
        for (int i = 0; i < runbook.steps.size(); ++i) {
            const StepProgress progress = incident.steps.value({runbook.id, i});
            rows.append(
                {runbook.id, runbook.title, i, runbook.steps.at(i), progress, people.nameOf(progress.by)});
        }
    }
    const int finishedBefore = finished();
    const int countBefore = rowCount();
    assignRows(rows);
    if (finishedBefore != finished() || countBefore != rowCount())
        emit progressChanged();
}

int RunbookModel::finished() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const RunbookStepRow &r) {
        return r.progress.state == StepState::Done || r.progress.state == StepState::Skipped;
    }));
}

double RunbookModel::progress() const
{
    return m_rows.isEmpty() ? 0.0 : double(finished()) / double(m_rows.size());
}

} // namespace muster

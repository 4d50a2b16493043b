// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrochanges.h"

#include "changes.h"
#include "fields.h"

#include <QCoreApplication>

namespace muster::changes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

Change set(const Incident &incident, const QString &field, const QCborValue &value)
{
    return {OpKind::Set, incidentEntity(incident.id), field, value};
}

} // namespace

QList<Change> saveRetrospective(const Incident &incident, const QMap<QString, QString> &parts)
{
    QList<Change> out;
    QStringList changed;
    for (const QString &part : retropart::all()) {
        if (!parts.contains(part))
            continue;
        const QString text = parts.value(part).trimmed();
        if (text == incident.retrospective.part(part))
            continue;
        out << set(incident, retroField(part), text);
        changed << retroPartLabel(part);
    }
    if (!out.isEmpty())
        out << logEntry(incident.id, LogKind::System,
                        tr("Retrospective updated: %1").arg(changed.join(QStringLiteral(", "))));
    return out;
}

QList<Change> setReviewState(const Incident &incident, ReviewState state)
{
    if (incident.retrospective.state == state)
        return {};
    QString text;
    switch (state) {
    case ReviewState::Draft:
        text = tr("Retrospective back to draft");
        break;
    case ReviewState::InReview:
        text = tr("Retrospective ready for review");
        break;
    case ReviewState::Published:
        text = tr("Retrospective published");
        break;
    }
    return {set(incident, retroStateField(), reviewStateName(state)),
            logEntry(incident.id, LogKind::StatusChange, text).constFirst()};
}

QList<Change> setTimelineInclusion(const Incident &incident, const OpId &entry, LogKind kind, bool included)
{
    const bool current = incident.retrospective.inclusion.value(entry, includedByDefault(kind));
    if (current == included)
        return {};
    const QCborValue value = included == includedByDefault(kind) ? QCborValue(nullptr) : QCborValue(included);
    return {set(incident, retroInclusionField(entry), value)};
}

} // namespace muster::changes

// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateapproval.h"

#include "fields.h"
#include "ids.h"
#include "sentupdate.h"

#include <QCborMap>
#include <QCoreApplication>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}
} // namespace

QString approvalStateName(UpdateApproval::State state)
{
    switch (state) {
    case UpdateApproval::State::Requested:
        return QStringLiteral("requested");
    case UpdateApproval::State::Approved:
        return QStringLiteral("approved");
    case UpdateApproval::State::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

std::optional<UpdateApproval::State> approvalStateFromName(QStringView name)
{
    for (auto state : {UpdateApproval::State::Requested, UpdateApproval::State::Approved,
                       UpdateApproval::State::Returned}) {
        if (name == approvalStateName(state))
            return state;
    }
    return std::nullopt;
}

UpdateApproval UpdateApproval::fromCbor(const QCborValue &value)
{
    const QCborMap map = value.toMap();
    UpdateApproval a;
    a.list = map.value(QStringLiteral("list")).toString();
    a.audience = audienceTypeFromName(map.value(QStringLiteral("audience")).toString()).value_or(a.audience);
    a.stage = updateStageFromName(map.value(QStringLiteral("stage")).toString()).value_or(a.stage);
    a.subject = map.value(QStringLiteral("subject")).toString();
    a.body = map.value(QStringLiteral("body")).toString();
    a.requestedBy = map.value(QStringLiteral("by")).toString();
    a.requestedAtMs = map.value(QStringLiteral("at")).toInteger();
    a.state = approvalStateFromName(map.value(QStringLiteral("state")).toString()).value_or(a.state);
    a.decidedBy = map.value(QStringLiteral("decidedBy")).toString();
    a.decidedAtMs = map.value(QStringLiteral("decidedAt")).toInteger();
    a.comment = map.value(QStringLiteral("comment")).toString();
    return a;
}

QCborMap UpdateApproval::toCbor() const
{
    return {{QStringLiteral("list"), list},
            {QStringLiteral("audience"), audienceTypeName(audience)},
            {QStringLiteral("stage"), updateStageName(stage)},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("body"), body},
            {QStringLiteral("by"), requestedBy},
            {QStringLiteral("at"), requestedAtMs},
            {QStringLiteral("state"), approvalStateName(state)},
            {QStringLiteral("decidedBy"), decidedBy},
            {QStringLiteral("decidedAt"), decidedAtMs},
            {QStringLiteral("comment"), comment}};
}

QString validateApproval(const QCborValue &value)
{
    if (value.isNull())
        return {}; // nothing awaiting approval
    if (!value.isMap())
        return tr("an approval must be a map or null");
    const QCborMap map = value.toMap();
    if (!approvalStateFromName(map.value(QStringLiteral("state")).toString()))
        return tr("an approval is requested, approved or returned");
    if (!audienceTypeFromName(map.value(QStringLiteral("audience")).toString())
        || !updateStageFromName(map.value(QStringLiteral("stage")).toString()))
        return tr("an approval names an audience and a stage");
    const QCborValue subject = map.value(QStringLiteral("subject"));
    if (!subject.isString() || subject.toString().trimmed().isEmpty())
        return tr("an update for approval needs a subject");
    if (const QString e = validateText(subject.toString(), 900, false); !e.isEmpty())
        return tr("approval subject: %1").arg(e);
    for (const char *key : {"list", "body", "comment"}) {
        const QCborValue text = map.value(QLatin1String(key));
        if (!text.isUndefined() && !text.isString())
            return tr("approval %1: value must be text").arg(QLatin1String(key));
    }
    if (const QString e
        = validateText(map.value(QStringLiteral("body")).toString(), limits::updateBodyChars, true);
        !e.isEmpty())
        return tr("approval body: %1").arg(e);
    if (const QString e
        = validateText(map.value(QStringLiteral("comment")).toString(), limits::longTextChars, true);
        !e.isEmpty())
        return tr("approval comment: %1").arg(e);
    if (!isValidEntityId(map.value(QStringLiteral("by")).toString()))
        return tr("an approval names who asked for it");
    const QString decidedBy = map.value(QStringLiteral("decidedBy")).toString();
    if (!decidedBy.isEmpty() && !isValidEntityId(decidedBy))
        return tr("an approval's decision names a person");
    return {};
}

} // namespace muster

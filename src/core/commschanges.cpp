// SPDX-License-Identifier: GPL-3.0-or-later
#include "commschanges.h"

#include <QCborArray>
#include <QCborMap>

namespace muster::changes {

namespace {
Change setList(const QString &id, const QString &field, const QCborValue &value)
{
    return {OpKind::Set, listEntity(id), field, value};
}

Change setComms(const QString &field, const QCborValue &value)
{
    return {OpKind::Set, commsEntity(), field, value};
}

QStringList trimmed(const QStringList &addresses)
{
    QStringList out;
    for (const QString &address : addresses) {
        if (!address.trimmed().isEmpty())
            out << address.trimmed();
    }
    return out;
}
} // namespace

QList<Change> saveDistributionList(const DistributionList &before, const DistributionList &after)
{
    const bool created = before.id != after.id;
    QList<Change> out;
    if (created || before.name != after.name.simplified())
        out << setList(after.id, listfield::name, after.name.simplified());
    if (created || before.audience != after.audience)
        out << setList(after.id, listfield::audience, audienceTypeName(after.audience));
    if (created || before.to != trimmed(after.to))
        out << setList(after.id, listfield::to, QCborArray::fromStringList(trimmed(after.to)));
    if (created || before.cc != trimmed(after.cc))
        out << setList(after.id, listfield::cc, QCborArray::fromStringList(trimmed(after.cc)));
    if (created || before.timeZone != after.timeZone.trimmed())
        out << setList(after.id, listfield::zone, after.timeZone.trimmed());
    if ((created && after.archived) || (!created && before.archived != after.archived))
        out << setList(after.id, listfield::archived, after.archived);
    return out;
}

QList<Change> setCadenceInterval(const CommsSettings &settings, Severity severity, int minutes)
{
    if (settings.intervalMinutes.value(severity, -1) == minutes)
        return {};
    return {setComms(cadenceField(severity), minutes)};
}

QList<Change> setLongIncidentCadence(const CommsSettings &settings, int afterMinutes, int intervalMinutes)
{
    QList<Change> out;
    if (settings.longIncidentAfterMinutes != afterMinutes)
        out << setComms(kLongAfterField, afterMinutes);
    if (settings.longIncidentIntervalMinutes != intervalMinutes)
        out << setComms(kLongIntervalField, intervalMinutes);
    return out;
}

QList<Change> setDefaultBridge(const CommsSettings &settings, const QString &link)
{
    if (settings.defaultBridge == link.trimmed())
        return {};
    return {setComms(kDefaultBridgeField, link.trimmed())};
}

QList<Change> saveTemplate(const CommsSettings &settings, AudienceType audience, UpdateStage stage,
                           const std::optional<TemplateText> &text)
{
    const auto current = settings.templates.constFind({audience, stage});
    const bool has = current != settings.templates.cend();
    if (!text)
        return has ? QList<Change> {setComms(templateField(audience, stage), QCborValue(nullptr))}
                   : QList<Change> {};
    if (has && *current == *text)
        return {};
    return {setComms(
        templateField(audience, stage),
        QCborMap {{QStringLiteral("subject"), text->subject}, {QStringLiteral("body"), text->body}})};
}

} // namespace muster::changes

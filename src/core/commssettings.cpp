// SPDX-License-Identifier: GPL-3.0-or-later
#include "commssettings.h"

#include "fields.h"
#include "sentupdate.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QRegularExpression>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

QStringList strings(const QCborValue &value)
{
    QStringList out;
    for (const QCborValue &item : value.toArray())
        out << item.toString();
    return out;
}

QString validateRecipients(const QCborValue &value)
{
    if (!value.isArray() || value.toArray().size() > limits::listRecipients)
        return tr("recipients must be a list of at most %1 addresses").arg(limits::listRecipients);
    for (const QCborValue &address : value.toArray()) {
        if (!address.isString() || address.toString().trimmed().isEmpty())
            return tr("an address must be text");
        if (const QString e = validateText(address.toString(), 254, false); !e.isEmpty())
            return tr("address: %1").arg(e);
    }
    return {};
}

QString validateMinutes(const QCborValue &value, int minimum)
{
    if (!value.isInteger() || value.toInteger() < minimum || value.toInteger() > limits::cadenceMaxMinutes)
        return tr("minutes must be a whole number from %1 to %2").arg(minimum).arg(limits::cadenceMaxMinutes);
    return {};
}

const QString kCadencePrefix = QStringLiteral("cadence.");
const QString kTemplatePrefix = QStringLiteral("template.");
} // namespace

void DistributionList::applySet(const QString &field, const QCborValue &value)
{
    if (field == listfield::name)
        name = value.toString();
    else if (field == listfield::audience)
        audience = audienceTypeFromName(value.toString()).value_or(AudienceType::Executives);
    else if (field == listfield::to)
        to = strings(value);
    else if (field == listfield::cc)
        cc = strings(value);
    else if (field == listfield::zone)
        timeZone = value.toString();
    else if (field == listfield::archived)
        archived = value.toBool();
}

void CommsSettings::applySet(const QString &field, const QCborValue &value)
{
    for (Severity severity : allSeverities) {
        if (field == cadenceField(severity)) {
            intervalMinutes.insert(severity, int(value.toInteger()));
            return;
        }
    }
    if (field == kLongAfterField) {
        longIncidentAfterMinutes = int(value.toInteger());
    } else if (field == kLongIntervalField) {
        longIncidentIntervalMinutes = int(value.toInteger());
    } else if (field == kDefaultBridgeField) {
        defaultBridge = value.toString();
    } else if (const auto which = templateOfField(field)) {
        if (value.isMap())
            templates.insert(*which,
                             {value.toMap().value(QStringLiteral("subject")).toString(),
                              value.toMap().value(QStringLiteral("body")).toString()});
        else
            templates.remove(*which); // back to the bundled template
    }
}

QString listEntity(const QString &listId)
{
    return QStringLiteral("list:") + listId;
}

QString commsEntity()
{
    return QStringLiteral("comms:") + kCommsSettingsId;
}

QString cadenceField(Severity severity)
{
    return kCadencePrefix + QStringLiteral("sev%1").arg(int(severity)); // a wire name: never translated
}

QString templateField(AudienceType audience, UpdateStage stage)
{
    return kTemplatePrefix + audienceTypeName(audience) + u'.' + updateStageName(stage);
}

std::optional<std::pair<AudienceType, UpdateStage>> templateOfField(QStringView field)
{
    if (!field.startsWith(kTemplatePrefix))
        return std::nullopt;
    const QStringList parts = field.mid(kTemplatePrefix.size()).toString().split(u'.');
    if (parts.size() != 2)
        return std::nullopt;
    const auto audience = audienceTypeFromName(parts.at(0));
    const auto stage = updateStageFromName(parts.at(1));
    if (!audience || !stage)
        return std::nullopt;
    return std::pair {*audience, *stage};
}

QString validateListSet(const QString &field, const QCborValue &value)
{
    if (field == listfield::name) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return tr("a list needs a name");
        return validateText(value.toString(), limits::shortTextChars, false);
    }
    if (field == listfield::audience)
        return audienceTypeFromName(value.toString())
            ? QString()
            : tr("an audience is executives, support, engineering or customers");
    if (field == listfield::to || field == listfield::cc)
        return validateRecipients(value);
    if (field == listfield::zone) {
        // Only the form of an IANA id: which zones exist is the reader's time zone database's
        // business, and a peer's newer database must not make its ops invalid here.
        static const QRegularExpression zone(
            QStringLiteral("^(?:[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+){0,2})?$"));
        return value.isString() && value.toString().size() <= 64 && zone.match(value.toString()).hasMatch()
            ? QString()
            : tr("a time zone is an IANA name such as Europe/Berlin, or empty for UTC");
    }
    if (field == listfield::archived)
        return value.isBool() ? QString() : tr("value must be true or false");
    return tr("unknown list field '%1'").arg(field.left(60));
}

QString validateCommsSet(const QString &field, const QCborValue &value)
{
    for (Severity severity : allSeverities) {
        if (field == cadenceField(severity))
            return validateMinutes(value, 0);
    }
    if (field == kLongAfterField || field == kLongIntervalField)
        return validateMinutes(value, 1);
    if (field == kDefaultBridgeField)
        return value.isString() ? validateBridgeLink(value.toString()) : tr("the bridge link must be text");
    if (templateOfField(field)) {
        if (value.isNull())
            return {};
        if (!value.isMap())
            return tr("a template must be a map or null");
        const QCborMap map = value.toMap();
        const QCborValue subject = map.value(QStringLiteral("subject"));
        if (!subject.isString() || subject.toString().trimmed().isEmpty())
            return tr("a template needs a subject");
        if (const QString e = validateText(subject.toString(), 900, false); !e.isEmpty())
            return tr("template subject: %1").arg(e);
        const QCborValue body = map.value(QStringLiteral("body"));
        if (!body.isString() || body.toString().trimmed().isEmpty())
            return tr("a template needs a body");
        return validateText(body.toString(), limits::updateBodyChars, true);
    }
    return tr("unknown communication setting '%1'").arg(field.left(60));
}

} // namespace muster

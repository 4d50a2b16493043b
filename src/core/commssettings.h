// SPDX-License-Identifier: GPL-3.0-or-later
// What a workspace decides about stakeholder communication, synced like everything else:
// distribution lists (`list:<id>`: name, audience, To, Cc, time zone; archived rather than
// deleted, so sent updates keep a meaning) and one settings entity (`comms:<kCommsSettingsId>`:
// the cadence per severity, the long-incident switch, and templates edited per audience and
// stage, falling back to the bundled ones when cleared). Each attribute is its own register, so
// two people editing a list's Cc and its name at once keep both.
#pragma once

#include "audience.h"
#include "domain.h"

#include <QCborValue>
#include <QMap>
#include <QStringList>
#include <optional>

namespace muster {

struct DistributionList
{
    QString id; // an entity id
    QString name; // "Exec team"
    AudienceType audience = AudienceType::Executives;
    QStringList to; // "addr" or "Name <addr>"
    QStringList cc;
    QString timeZone; // IANA id ("Europe/Berlin"); empty: UTC
    bool archived = false;

    void applySet(const QString &field, const QCborValue &value);
    friend bool operator==(const DistributionList &, const DistributionList &) = default;
};

namespace listfield {
inline const QString name = QStringLiteral("name"); // text, one line
inline const QString audience = QStringLiteral("audience"); // an audience type name
inline const QString to = QStringLiteral("to"); // array of text
inline const QString cc = QStringLiteral("cc"); // array of text
inline const QString zone = QStringLiteral("zone"); // IANA time zone id, or ""
inline const QString archived = QStringLiteral("archived"); // bool
} // namespace listfield

struct TemplateText
{
    QString subject;
    QString body;
    friend bool operator==(const TemplateText &, const TemplateText &) = default;
};

struct CommsSettings
{
    QMap<Severity, int> intervalMinutes; // only what was set; the rest keeps the defaults
    std::optional<int> longIncidentAfterMinutes;
    std::optional<int> longIncidentIntervalMinutes;
    QMap<std::pair<AudienceType, UpdateStage>, TemplateText> templates; // edited ones only
    QString defaultBridge; // the bridge link every new incident starts with; "" for none

    void applySet(const QString &field, const QCborValue &value);
    friend bool operator==(const CommsSettings &, const CommsSettings &) = default;
};

// The one settings entity of a workspace.
inline const QString kCommsSettingsId = QStringLiteral("0000000000000000000000C0MS");
QString listEntity(const QString &listId); // "list:<id>"
QString commsEntity(); // "comms:<kCommsSettingsId>"
QString cadenceField(Severity severity); // "cadence.sev1": integer minutes, 0 for none
inline const QString kLongAfterField = QStringLiteral("cadence.long_after"); // integer minutes
inline const QString kLongIntervalField = QStringLiteral("cadence.long_interval"); // integer minutes
inline const QString kDefaultBridgeField = QStringLiteral("bridge.default"); // a bridge link or ""
QString templateField(AudienceType audience, UpdateStage stage); // "template.<audience>.<stage>"
std::optional<std::pair<AudienceType, UpdateStage>> templateOfField(QStringView field);

namespace limits {
inline constexpr int cadenceMaxMinutes = 7 * 24 * 60;
inline constexpr int listRecipients = 200;
} // namespace limits

// Empty when the value fits the field; otherwise what is wrong.
QString validateListSet(const QString &field, const QCborValue &value);
QString validateCommsSet(const QString &field, const QCborValue &value);

} // namespace muster

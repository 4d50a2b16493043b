// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience.h"

#include "wirename.h"

#include <QCoreApplication>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}
} // namespace

QString audienceTypeName(AudienceType type)
{
    switch (type) {
    case AudienceType::Executives:
        return QStringLiteral("executives");
    case AudienceType::Support:
        return QStringLiteral("support");
    case AudienceType::Engineering:
        return QStringLiteral("engineering");
    case AudienceType::Customers:
        return QStringLiteral("customers");
    }
    return {};
}

QString audienceTypeLabel(AudienceType type)
{
    switch (type) {
    case AudienceType::Executives:
        return tr("Executives");
    case AudienceType::Support:
        return tr("Customer support");
    case AudienceType::Engineering:
        return tr("Engineering");
    case AudienceType::Customers:
        return tr("Customers");
    }
    return {};
}

std::optional<AudienceType> audienceTypeFromName(QStringView name)
{
    return fromWireName(name, allAudienceTypes, audienceTypeName);
}

QString updateStageName(UpdateStage stage)
{
    switch (stage) {
    case UpdateStage::Initial:
        return QStringLiteral("initial");
    case UpdateStage::Scoping:
        return QStringLiteral("scoping");
    case UpdateStage::Update:
        return QStringLiteral("update");
    case UpdateStage::Mitigated:
        return QStringLiteral("mitigated");
    case UpdateStage::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QString updateStageLabel(UpdateStage stage)
{
    switch (stage) {
    case UpdateStage::Initial:
        return tr("Initial notice");
    case UpdateStage::Scoping:
        return tr("Scoping");
    case UpdateStage::Update:
        return tr("Update");
    case UpdateStage::Mitigated:
        return tr("Mitigated");
    case UpdateStage::Resolved:
        return tr("Resolved");
    }
    return {};
}

std::optional<UpdateStage> updateStageFromName(QStringView name)
{
    return fromWireName(name, allUpdateStages, updateStageName);
}

} // namespace muster

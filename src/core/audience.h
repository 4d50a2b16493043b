// SPDX-License-Identifier: GPL-3.0-or-later
// Who a stakeholder update is for, and which stage of the incident it tells of: wire names (stored,
// never translated) and labels. Distribution lists, templates and sent updates all use them.
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace muster {

enum class AudienceType
{
    Executives,
    Support,
    Engineering,
    Customers,
};
inline constexpr std::array allAudienceTypes {AudienceType::Executives, AudienceType::Support,
                                              AudienceType::Engineering, AudienceType::Customers};
QString audienceTypeName(AudienceType type); // "executives", "support", "engineering", "customers"
QString audienceTypeLabel(AudienceType type); // "Executives", "Customer support", …
std::optional<AudienceType> audienceTypeFromName(QStringView name);

enum class UpdateStage
{
    Initial, // first notice, within minutes of declaring
    Scoping, // what is affected, where, whom
    Update, // the regular update on cadence
    Mitigated, // impact stopped, cause still being fixed
    Resolved, // over; says whether any impact or data loss remains
};
inline constexpr std::array allUpdateStages {UpdateStage::Initial, UpdateStage::Scoping, UpdateStage::Update,
                                             UpdateStage::Mitigated, UpdateStage::Resolved};
QString updateStageName(UpdateStage stage); // "initial", "scoping", "update", "mitigated", "resolved"
QString updateStageLabel(UpdateStage stage); // "Initial notice", …
std::optional<UpdateStage> updateStageFromName(QStringView name);
} // namespace muster

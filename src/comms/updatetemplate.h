// SPDX-License-Identifier: GPL-3.0-or-later
// Stakeholder update templates: one per audience and stage, a subject and a body with
// {{placeholders}} filled from the live incident. The bundled defaults (resources/comms/) follow
// incident-communication practice: say what is known, what is being done and when the next
// update comes; promise no time to recovery; no internal hostnames; executives get impact and
// risk, support gets symptoms and what to tell customers, engineering the technical state,
// customers plain language.
#pragma once

#include "core/domain.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace muster::comms {

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
// The stage that fits the incident's state (a mitigated incident gets the mitigated notice).
UpdateStage suggestedStage(LifecycleState state, bool anySent);

struct UpdateTemplate
{
    AudienceType audience = AudienceType::Executives;
    UpdateStage stage = UpdateStage::Initial;
    QString subject;
    QString body;
    friend bool operator==(const UpdateTemplate &, const UpdateTemplate &) = default;
};

// The bundled template for an audience and stage.
UpdateTemplate defaultTemplate(AudienceType audience, UpdateStage stage);

// The placeholders a template may use, in the order the editor lists them, each with what it
// is filled with: {"title", "The incident's title"}, …
QList<std::pair<QString, QString>> placeholderHelp();

struct RenderedUpdate
{
    QString subject;
    QString body;
    // Placeholders with no value (an impact nobody wrote yet) or no meaning (a typo), by name.
    // They stay in the text as {{name}} so the writer sees where.
    QStringList unfilled;
};

// Fills {{name}} with values[name]; an empty or missing value leaves the placeholder in place.
RenderedUpdate renderTemplate(const UpdateTemplate &updateTemplate, const QMap<QString, QString> &values);

} // namespace muster::comms

// SPDX-License-Identifier: GPL-3.0-or-later
// Stakeholder update templates: one per audience and stage, a subject and a body with
// {{placeholders}} filled from the live incident. The bundled defaults (resources/comms/) follow
// incident-communication practice: say what is known, what is being done and when the next
// update comes; promise no time to recovery; no internal hostnames; executives get impact and
// risk, support gets symptoms and what to tell customers, engineering the technical state,
// customers plain language.
#pragma once

#include "core/audience.h"
#include "core/commssettings.h"
#include "core/domain.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace muster::comms {

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
// The workspace's edited template, else the bundled one.
UpdateTemplate templateFor(const CommsSettings &settings, AudienceType audience, UpdateStage stage);

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

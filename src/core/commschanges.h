// SPDX-License-Identifier: GPL-3.0-or-later
// What editing distribution lists and the communication settings becomes: one register per
// attribute that changed, nothing when nothing did. Workspace settings are not incidents, so
// these write no log line.
#pragma once

#include "commssettings.h"
#include "operation.h"

namespace muster::changes {

// A new list (before.id empty or different) sets every attribute; an edit only what changed.
QList<Change> saveDistributionList(const DistributionList &before, const DistributionList &after);
QList<Change> setCadenceInterval(const CommsSettings &settings, Severity severity, int minutes);
QList<Change> setLongIncidentCadence(const CommsSettings &settings, int afterMinutes, int intervalMinutes);
QList<Change> setDefaultBridge(const CommsSettings &settings, const QString &link);
// An edited template, or std::nullopt to go back to the bundled one.
QList<Change> saveTemplate(const CommsSettings &settings, AudienceType audience, UpdateStage stage,
                           const std::optional<TemplateText> &text);

} // namespace muster::changes

// SPDX-License-Identifier: GPL-3.0-or-later
// What the Settings dialog saves (QSettings): the relay, the workspace and the display name.
// The command line wins over them for one run; they are the defaults for every run after.
#pragma once

#include "startupoptions.h"

#include <QString>

namespace muster {

struct CommandLine;

struct SavedSettings
{
    QString relayUrl; // empty: local only
    QString workspace;
    QString userName;
};

SavedSettings readSavedSettings();
void writeSavedSettings(const SavedSettings &settings);
// Empty when every value is acceptable; otherwise one sentence about the first that is not.
QString validateSettings(const SavedSettings &settings);
bool isValidRelayUrl(const QString &url);
// Fills what the command line left open from the saved settings.
void applySavedSettings(CommandLine &cli, const SavedSettings &saved);

} // namespace muster

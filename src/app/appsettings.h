// SPDX-License-Identifier: GPL-3.0-or-later
// What the settings dialogs save (QSettings): the relay, the workspace and the display name;
// the Alertmanagers to poll and how often. The command line wins over them for one run; they
// are the defaults for every run after.
#pragma once

#include "startupoptions.h"

#include <QString>
#include <QStringList>

namespace muster {

struct CommandLine;

struct SavedSettings
{
    QString relayUrl; // empty: local only
    QString workspace;
    QString userName;
};

struct SavedDetection
{
    QStringList alertmanagers; // http(s) URLs, in the order given
    int pollSeconds = 15;
};

// Poll intervals the dialog accepts: often enough to matter, rare enough to spare Alertmanager.
constexpr int kMinPollSeconds = 5;
constexpr int kMaxPollSeconds = 300;
constexpr int kMaxAlertmanagers = 10;

// The language chosen for the next starts ("en", "de", "es" or "system"; empty: never chosen).
QString readSavedLanguage();
void writeSavedLanguage(const QString &language);

SavedSettings readSavedSettings();
void writeSavedSettings(const SavedSettings &settings);
// Empty when every value is acceptable; otherwise one sentence about the first that is not.
QString validateSettings(const SavedSettings &settings);
bool isValidRelayUrl(const QString &url);
// Fills what the command line left open from the saved settings.
void applySavedSettings(CommandLine &cli, const SavedSettings &saved);

SavedDetection readSavedDetection();
void writeSavedDetection(const SavedDetection &detection);
bool isValidAlertmanagerUrl(const QString &url);
// Empty when acceptable; otherwise one sentence naming the first problem (a line that is not an
// http(s) URL, too many, an interval out of range).
QString validateDetection(const SavedDetection &detection);
// The saved Alertmanagers unless --alertmanager named some for this run; the interval always.
void applySavedDetection(CommandLine &cli, const SavedDetection &saved);

} // namespace muster

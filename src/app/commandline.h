// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program's command line, parsed into StartupOptions and screenshot settings.
// Kept out of main() so that every option and error is tested.
#pragma once

#include "startupoptions.h"

#include <QSize>
#include <QStringList>

class QCoreApplication;

namespace muster {

struct CommandLine
{
    StartupOptions options;
    QString screenshotPath; // --screenshot FILE: render offscreen, save, exit
    QString view = QStringLiteral("board"); // --view
    QSize size; // --size WxH (invalid: the window's default)
    QString theme; // --theme light|dark; empty follows the saved setting
    // Given on the command line, so they win over what Settings saved.
    bool workspaceGiven = false;
    bool userGiven = false;
    bool relayGiven = false;
    QString error; // not empty: print it and exit 2
    QString output; // not empty: print it and exit 0 (--help, --version)
};

CommandLine parseCommandLine(const QStringList &arguments);

// Installs the translation for the user's locale, when Muster has one.
void installTranslator(QCoreApplication &application);

} // namespace muster

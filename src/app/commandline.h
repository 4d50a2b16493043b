// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program's command line, parsed into StartupOptions and screenshot settings.
// Kept out of main() so that every option and error is tested.
#pragma once

#include "startupoptions.h"

#include <QLocale>
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
    QString language; // --language en|de|es|system; empty follows the saved setting
    // Given on the command line, so they win over what Settings saved.
    bool workspaceGiven = false;
    bool userGiven = false;
    bool relayGiven = false;
    QString error; // not empty: print it and exit 2
    QString output; // not empty: print it and exit 0 (--help, --version)
};

CommandLine parseCommandLine(const QStringList &arguments);

// The languages Muster speaks: English (its source) and the shipped translations.
QStringList shippedLanguages();
// One of shippedLanguages(), or "system".
bool isKnownLanguage(const QString &language);
// --language's value, looked up before the command line is parsed, so that the help and the
// errors of the parse are in that language already; empty when not given.
QString requestedLanguage(const QStringList &arguments);
// The locale for a language choice: the system's for "system", empty or unknown; else that
// language with the system's territory (so dates and numbers keep the user's conventions).
QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());
// Makes `locale` the default (dates, times, numbers) and installs Muster's and Qt's
// translations for it, when there are any.
void installTranslator(QCoreApplication &application, const QLocale &locale);

} // namespace muster

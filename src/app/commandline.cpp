// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "appearance.h"
#include "appsettings.h"
#include "core/ids.h"
#include "navigator.h"
#include "relaycredentials.h"
#include "sync/tlsfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>

namespace muster {

CommandLine parseCommandLine(const QStringList &arguments)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("muster", text); };
    CommandLine cli;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Muster: incident command center for on-call and SRE teams"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Keep the database in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Open workspace NAME (default: default)."), QStringLiteral("NAME"),
                                       QStringLiteral("default"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Your name in the people directory."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption relay(
        QStringLiteral("relay"),
        tr("Sync with the relay at URL, e.g. ws://127.0.0.1:7447 (default: as saved in "
           "Settings; none means local only)."),
        QStringLiteral("URL"));
    const QCommandLineOption relayCa(
        QStringLiteral("relay-ca"),
        tr("For a wss:// relay with a private CA or a self-signed certificate: trust only the PEM "
           "certificates in FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption alertmanager(
        QStringLiteral("alertmanager"),
        tr("Show what the Prometheus Alertmanager at URL reports as firing, e.g. "
           "http://127.0.0.1:9093. May be given more than once."),
        QStringLiteral("URL"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Fill an empty database with a realistic sample."));
    const QCommandLineOption wall(QStringLiteral("wall"),
                                  tr("Start as the war-room wall display: full screen, read only, "
                                     "every active incident as a tile. Escape leaves it."));
    const QCommandLineOption wallPage(
        QStringLiteral("wall-page-seconds"),
        tr("On the wall, show each page this many seconds when the tiles need more than one "
           "(5 to 300, default 15)."),
        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Render offscreen, save a PNG to FILE and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        tr("With --screenshot: board, incident (incident:N for the N-th on the board), people, "
           "detection, actions, retrospective (of the first incident in its retrospective), comms (the first "
           "incident's update form), comms-settings, settings, integrations (with two sample integrations), "
           "palette (palette:TEXT with TEXT typed), wall (wall:N for its N-th page) or metrics."),
        QStringLiteral("NAME"), QStringLiteral("board"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size, e.g. 1920x1080."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        tr("light, dark or contrast (high contrast) for this run (default: as last chosen)."),
        QStringLiteral("THEME"));
    const QCommandLineOption fontScale(
        QStringLiteral("font-scale"),
        tr("Text size, 0.5 to 2 times Muster's own (default: from the desktop's font size)."),
        QStringLiteral("F"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        tr("en, de or es for this run, or system (default: as saved, else the system's language)."),
        QStringLiteral("LANG"));
    parser.addOptions({help, version, dataDir, workspace, user, relay, relayCa, alertmanager, demo, wall,
                       wallPage, screenshot, view, size, theme, fontScale, language});

    if (!parser.parse(arguments)) {
        cli.error = parser.errorText();
        return cli;
    }
    if (parser.isSet(help)) {
        cli.output = parser.helpText();
        return cli;
    }
    if (parser.isSet(version)) {
        cli.output = QStringLiteral("muster %1").arg(QStringLiteral(MUSTER_VERSION));
        return cli;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cli.error = tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
        return cli;
    }
    cli.options.dataDir = parser.isSet(dataDir)
        ? QDir(parser.value(dataDir)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    cli.options.workspace = parser.value(workspace);
    if (!isValidWorkspaceName(cli.options.workspace)) {
        cli.error = tr("workspace names are 1 to 64 letters, digits, '.', '_' or '-'");
        return cli;
    }
    cli.options.userName = parser.value(user).trimmed();
    cli.workspaceGiven = parser.isSet(workspace);
    cli.userGiven = parser.isSet(user);
    cli.relayGiven = parser.isSet(relay);
    if (cli.relayGiven) {
        const QString url = parser.value(relay).trimmed();
        if (!url.isEmpty() && !isValidRelayUrl(url)) {
            cli.error = tr("--relay wants a ws:// or wss:// URL, like ws://127.0.0.1:7447");
            return cli;
        }
        cli.options.relayUrl = QUrl(url);
    }
    if (parser.isSet(relayCa)) {
        if (const QString error = loadCaCertificates(parser.value(relayCa), &cli.options.relayCertificates);
            !error.isEmpty()) {
            cli.error = tr("--relay-ca: %1").arg(error);
            return cli;
        }
    }
    // A wall display's kiosk session has no one to type a token: it comes from the environment.
    cli.options.accessToken = qEnvironmentVariable("MUSTER_TOKEN").trimmed();
    if (const QString problem = RelayCredentials::problemWith(cli.options.accessToken); !problem.isEmpty()) {
        cli.error = tr("MUSTER_TOKEN: %1").arg(problem);
        return cli;
    }
    for (const QString &value : parser.values(alertmanager)) {
        const QUrl url(value.trimmed(), QUrl::StrictMode);
        if (!isValidAlertmanagerUrl(value)) {
            cli.error = tr("--alertmanager wants an http:// or https:// URL, like http://127.0.0.1:9093");
            return cli;
        }
        cli.options.alertmanagers.append(url);
    }
    cli.options.demo = parser.isSet(demo);
    cli.options.wall = parser.isSet(wall);
    bool pageOk = false;
    cli.options.wallPageSeconds = parser.value(wallPage).toInt(&pageOk);
    if (!pageOk || cli.options.wallPageSeconds < 5 || cli.options.wallPageSeconds > 300) {
        cli.error = tr("--wall-page-seconds takes a number of seconds from 5 to 300");
        return cli;
    }
    cli.screenshotPath = parser.value(screenshot);
    cli.view = parser.value(view);
    // "settings" is the board with the sync settings dialog open, for documentation;
    // "incident:N" the N-th incident on the board (plain "incident" is the first).
    bool position = false;
    const bool nthIncident
        = cli.view.startsWith(u"incident:") && cli.view.mid(9).toInt(&position) > 0 && position;
    // "wall:N": the wall's N-th page.
    bool page = false;
    const bool nthWallPage = cli.view.startsWith(u"wall:") && cli.view.mid(5).toInt(&page) > 0 && page;
    static const QStringList dialogs {QStringLiteral("settings"), QStringLiteral("comms"),
                                      QStringLiteral("comms-settings"), QStringLiteral("palette"),
                                      QStringLiteral("integrations")};
    // "palette:TEXT": the command palette with TEXT typed.
    const bool typedPalette = cli.view.startsWith(u"palette:");
    if (!Navigator::isKnownView(cli.view) && !dialogs.contains(cli.view) && !nthIncident && !nthWallPage
        && !typedPalette) {
        cli.error
            = tr("unknown view '%1' (board, incident, incident:N, comms, comms-settings, people, "
                 "detection, actions, retrospective, settings, integrations, palette, palette:TEXT, wall "
                 "or metrics)")
                  .arg(cli.view);
        return cli;
    }
    if (parser.isSet(size)) {
        static const QRegularExpression form(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = form.match(parser.value(size));
        if (!match.hasMatch()) {
            cli.error = tr("--size takes WIDTHxHEIGHT, for example 1366x768");
            return cli;
        }
        cli.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    cli.language = parser.value(language);
    if (!cli.language.isEmpty() && !isKnownLanguage(cli.language)) {
        cli.error = tr("--language takes en, de, es or system");
        return cli;
    }
    cli.theme = parser.value(theme);
    if (!cli.theme.isEmpty() && !Appearance::isKnownScheme(cli.theme)) {
        cli.error = tr("--theme takes light, dark or contrast");
        return cli;
    }
    cli.options.theme = cli.theme;
    if (parser.isSet(fontScale)) {
        bool ok = false;
        cli.options.fontScale = parser.value(fontScale).toDouble(&ok);
        if (!ok || cli.options.fontScale < 0.5 || cli.options.fontScale > Appearance::kMaxFontScale) {
            cli.error = tr("--font-scale takes a number from 0.5 to 2, e.g. 1.25");
            return cli;
        }
    }
    // Screenshots look the same whatever this person chose for their own window.
    cli.options.rememberAppearance = cli.screenshotPath.isEmpty();
    return cli;
}

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

bool isKnownLanguage(const QString &language)
{
    return language == u"system" || shippedLanguages().contains(language);
}

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--language" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--language="))
            return argument.mid(int(qstrlen("--language=")));
    }
    return {};
}

QLocale localeFor(const QString &language, const QLocale &system)
{
    if (language.isEmpty() || language == u"system" || !isKnownLanguage(language))
        return system;
    // The user's country is kept for dates and numbers where the language is used there (de_CH,
    // es_US); otherwise, and on a system without one (the C locale), the language's own.
    return system.territory() == QLocale::AnyTerritory
        ? QLocale(QLocale(language).language())
        : QLocale(QLocale(language).language(), system.territory());
}

void installTranslator(QCoreApplication &application, const QLocale &locale)
{
    // Dates, times and numbers follow the language too (Format, the metrics, the exports).
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, QStringLiteral("muster"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    // Qt's own words (the file dialog, standard buttons), from Debian's qt6-translations-l10n.
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace muster

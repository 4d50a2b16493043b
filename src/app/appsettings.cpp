// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "commandline.h"
#include "core/fields.h"
#include "core/ids.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}
const QString kRelay = QStringLiteral("sync/relay");
const QString kWorkspace = QStringLiteral("sync/workspace");
const QString kUser = QStringLiteral("sync/user");
const QString kAlertmanagers = QStringLiteral("detection/alertmanagers");
const QString kPollSeconds = QStringLiteral("detection/pollSeconds");
const QString kLanguage = QStringLiteral("appearance/language");
} // namespace

QString readSavedLanguage()
{
    return QSettings().value(kLanguage).toString();
}

void writeSavedLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

SavedSettings readSavedSettings()
{
    QSettings settings;
    return {settings.value(kRelay).toString(), settings.value(kWorkspace).toString(),
            settings.value(kUser).toString()};
}

void writeSavedSettings(const SavedSettings &saved)
{
    QSettings settings;
    settings.setValue(kRelay, saved.relayUrl);
    settings.setValue(kWorkspace, saved.workspace);
    settings.setValue(kUser, saved.userName);
}

bool isValidRelayUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"ws" || url.scheme() == u"wss") && !url.host().isEmpty();
}

QString validateSettings(const SavedSettings &saved)
{
    if (!isValidRelayUrl(saved.relayUrl))
        return tr(
            "The relay address must look like ws://relay.example.org:7447 (or be empty for local only).");
    if (!saved.workspace.isEmpty() && !isValidWorkspaceName(saved.workspace))
        return tr("Workspace names are 1 to 64 letters, digits, '.', '_' or '-'.");
    if (const QString problem = validateText(saved.userName, limits::shortTextChars, false);
        !problem.isEmpty())
        return tr("Display name: %1").arg(problem);
    return {};
}

void applySavedSettings(CommandLine &cli, const SavedSettings &saved)
{
    if (!cli.relayGiven && isValidRelayUrl(saved.relayUrl))
        cli.options.relayUrl = QUrl(saved.relayUrl.trimmed());
    if (!cli.workspaceGiven && isValidWorkspaceName(saved.workspace))
        cli.options.workspace = saved.workspace;
    if (!cli.userGiven && !saved.userName.trimmed().isEmpty())
        cli.options.userName = saved.userName.trimmed();
}

SavedDetection readSavedDetection()
{
    QSettings settings;
    SavedDetection saved;
    saved.alertmanagers = settings.value(kAlertmanagers).toStringList();
    saved.pollSeconds = settings.value(kPollSeconds, 15).toInt();
    return saved;
}

void writeSavedDetection(const SavedDetection &detection)
{
    QSettings settings;
    settings.setValue(kAlertmanagers, detection.alertmanagers);
    settings.setValue(kPollSeconds, detection.pollSeconds);
}

bool isValidAlertmanagerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QString validateDetection(const SavedDetection &detection)
{
    for (const QString &url : detection.alertmanagers) {
        if (!isValidAlertmanagerUrl(url))
            return tr("'%1' is not an Alertmanager address; write one like http://alertmanager.example:9093 "
                      "on each line.")
                .arg(url.left(80));
    }
    if (detection.alertmanagers.size() > kMaxAlertmanagers)
        return tr("Muster polls at most %1 Alertmanagers; send the others' webhooks to the relay.")
            .arg(kMaxAlertmanagers);
    if (detection.pollSeconds < kMinPollSeconds || detection.pollSeconds > kMaxPollSeconds)
        return tr("Ask every %1 to %2 seconds.").arg(kMinPollSeconds).arg(kMaxPollSeconds);
    return {};
}

void applySavedDetection(CommandLine &cli, const SavedDetection &saved)
{
    if (!validateDetection(saved).isEmpty())
        return; // edited by hand into something unusable: the defaults, not a half-applied list
    cli.options.alertPollSeconds = saved.pollSeconds;
    if (!cli.options.alertmanagers.isEmpty())
        return;
    for (const QString &url : saved.alertmanagers)
        cli.options.alertmanagers.append(QUrl(url.trimmed()));
}

} // namespace muster

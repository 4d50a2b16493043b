// SPDX-License-Identifier: GPL-3.0-or-later
// What the command line decided, handed to MusterApp by main().
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <functional>

namespace muster {

class SecretStore;

struct StartupOptions
{
    QString dataDir; // holds <workspace>.muster.sqlite, runbooks/ and the instance lock
    QString workspace = QStringLiteral("default");
    QString userName; // who this responder is in the people directory
    QUrl relayUrl; // empty: local only
    QList<QSslCertificate> relayCertificates; // --relay-ca: pinned trust for wss://; empty: the system's
    QString accessToken; // MUSTER_TOKEN: wins over the keyring (a wall display's kiosk session)
    // Where the relay token is kept; null: the system keyring. Tests pass an in-memory one.
    SecretStore *secrets = nullptr;
    QList<QUrl> alertmanagers; // polled for the detection inbox
    int alertPollSeconds = 15; // how often each is asked while it answers
    bool demo = false; // fill an empty database with the sample incidents
    bool wall = false; // start as the war-room wall display, full screen
    QString theme; // --theme: "light", "dark" or "contrast"; empty: as saved
    double fontScale = 0; // --font-scale; 0: from the desktop's font
    bool rememberAppearance = true; // false for screenshots: neither read nor save the look
    int wallPageSeconds = 15; // how long the wall shows each page when the tiles need several
    std::function<qint64()> wallClock; // tests pin time; empty means the system clock
    // Shows a desktop notification (summary, body); tests catch them; empty: the desktop's own.
    std::function<void(const QString &, const QString &)> notify;
    // Whether the user is at Muster's window now (tests); by default, whether it is active.
    std::function<bool()> atTheWindow;
};

} // namespace muster

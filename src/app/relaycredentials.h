// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's relay access token: found in MUSTER_TOKEN (a wall display's kiosk session), in
// the system keyring under the relay and workspace it is for, or typed into Sync settings. A
// typed token is used at once and kept in the keyring; without a keyring it lasts until Muster
// closes, and Muster asks again next time. The token never goes into settings files or logs.
#pragma once

#include "secretstore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQmlIntegration>

namespace muster {

class RelayCredentials : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MusterApp")
    Q_PROPERTY(Source source READ source NOTIFY changed)
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY changed)
    // One sentence for Sync settings: where the token comes from, or why it is not kept.
    Q_PROPERTY(QString description READ description NOTIFY changed)

public:
    enum class Source
    {
        None,
        Keyring, // read from or saved in the system keyring
        Session, // typed this session; there is no keyring to keep it in
        Environment, // MUSTER_TOKEN
    };
    Q_ENUM(Source)

    // `keyring` is not owned. `environmentToken` (MUSTER_TOKEN) wins over everything.
    RelayCredentials(SecretStore *keyring, const QString &environmentToken, QObject *parent = nullptr);

    // Finds the token for this relay and workspace; `done` runs once it is known (at once for
    // MUSTER_TOKEN, after the keyring answers otherwise).
    void load(const QUrl &relay, const QString &workspace, std::function<void()> done);
    // A token the user typed, for this relay and workspace: usable at once, and saved in the
    // keyring; `done` runs once the keyring answered.
    void set(const QUrl &relay, const QString &workspace, const QString &token, std::function<void()> done);

    // A token for a workspace that opens at the next start: saved in the keyring only; this
    // session's token stays as it is.
    void keepFor(const QUrl &relay, const QString &workspace, const QString &token);

    QString token() const { return m_token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    Source source() const { return m_source; }
    bool keyringUnavailable() const { return !m_keyringProblem.isEmpty(); }
    QString description() const;

    // Empty when the text can be a token; otherwise why not. It travels in an HTTP header, so
    // spaces, line breaks and non-ASCII characters cannot be part of it.
    static QString problemWith(const QString &token);
    // The keyring entry: one token per relay and workspace.
    static QString keyFor(const QUrl &relay, const QString &workspace);

Q_SIGNALS:
    void changed();

private:
    QPointer<SecretStore> m_keyring;
    QString m_environmentToken;
    QString m_token;
    Source m_source = Source::None;
    QString m_keyringProblem;
    quint64 m_generation = 0; // a later load or set wins over an earlier one still waiting
};

} // namespace muster

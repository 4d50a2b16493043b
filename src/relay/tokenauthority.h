// SPDX-License-Identifier: GPL-3.0-or-later
// Decides who gets in: reads the bearer token of a WebSocket upgrade or a webhook post, checks
// it against the TokenStore (digest compared in constant time), and counts every failure
// against the caller's address in the shared AuthThrottle. RelayServer and WebhookEndpoint ask
// it; neither looks at a token itself.
#pragma once

#include "accesstoken.h"
#include "auththrottle.h"
#include "tokenstore.h"

#include <QHostAddress>
#include <QSet>

namespace muster {

struct AuthResult
{
    enum class Outcome
    {
        Granted,
        Refused, // no token, not a token, unknown, wrong secret, revoked, or not for this use
        Throttled, // the address failed too often: refused without looking at the token
        StorageFailed, // the token could not be read: try again later
    };

    Outcome outcome = Outcome::Refused;
    Grant grant;
    QString reason; // for the caller and the relay's log; never contains the token

    bool granted() const { return outcome == Outcome::Granted; }
};

class TokenAuthority
{
public:
    enum class Use
    {
        Sync, // the WebSocket: member and viewer tokens
        Webhook, // the HTTP listener: webhook tokens of the workspace in the path
    };

    // allowAnonymous: connections without a token are let in as members of every workspace
    // (`--allow-anonymous`, for trying Muster on one machine). A token that is sent is still
    // checked, so a viewer token stays a viewer token.
    TokenAuthority(TokenStore &store, AuthThrottle &throttle, bool allowAnonymous);

    // `authorization` is the raw Authorization header (may be empty). For Use::Webhook,
    // `workspace` is the one the request is for.
    AuthResult authenticate(const QByteArray &authorization, const QHostAddress &peer, Use use,
                            const QString &workspace = {});

    // Which of these token ids are no longer valid (revoked or gone). On a storage error none
    // are: a relay that cannot read its tokens keeps its connections rather than dropping all.
    QSet<QString> invalidAmong(const QSet<QString> &tokenIds);

    bool allowsAnonymous() const { return m_allowAnonymous; }
    AuthThrottle &throttle() { return m_throttle; }

private:
    AuthResult refuse(const QHostAddress &peer, const QString &reason);

    TokenStore &m_store;
    AuthThrottle &m_throttle;
    bool m_allowAnonymous;
};

} // namespace muster

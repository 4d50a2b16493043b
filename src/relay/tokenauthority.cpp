// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenauthority.h"

#include <QCoreApplication>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

} // namespace

TokenAuthority::TokenAuthority(TokenStore &store, AuthThrottle &throttle, bool allowAnonymous)
    : m_store(store)
    , m_throttle(throttle)
    , m_allowAnonymous(allowAnonymous)
{ }

AuthResult TokenAuthority::refuse(const QHostAddress &peer, const QString &reason)
{
    m_throttle.recordFailure(peer);
    return {AuthResult::Outcome::Refused, {}, reason};
}

AuthResult TokenAuthority::authenticate(const QByteArray &authorization, const QHostAddress &peer, Use use,
                                        const QString &workspace)
{
    if (m_throttle.isBlocked(peer))
        return {AuthResult::Outcome::Throttled, {}, tr("too many failed attempts from this address")};
    if (authorization.trimmed().isEmpty()) {
        if (m_allowAnonymous)
            return {AuthResult::Outcome::Granted, Grant {}, {}};
        return refuse(peer, tr("an access token is required"));
    }
    const QString text = bearerToken(authorization);
    QString id;
    QByteArray secret;
    if (text.isEmpty() || !parseTokenText(text, &id, &secret))
        return refuse(peer, tr("the Authorization header does not hold a Muster token"));
    const auto stored = m_store.token(id);
    if (!stored.ok())
        return {AuthResult::Outcome::StorageFailed, {}, tr("the relay cannot read its tokens")};
    // An unknown id and a wrong secret answer alike, so the answer does not confirm ids. The
    // digest is computed either way, so neither does the time taken.
    const QByteArray digest = tokenDigest(secret);
    if (!stored.value || !constantTimeEquals(digest, stored.value->digest))
        return refuse(peer, tr("the token is not valid"));
    const AccessToken &token = *stored.value;
    if (token.revoked())
        return refuse(peer, tr("the token was revoked"));
    if (use == Use::Sync && token.role == TokenRole::Webhook)
        return refuse(peer, tr("a webhook token cannot open a sync connection"));
    if (use == Use::Webhook && (token.role != TokenRole::Webhook || token.workspace != workspace))
        return refuse(peer, tr("the token is not a webhook token for this workspace"));
    return {AuthResult::Outcome::Granted, Grant {token.id, token.workspace, token.user, token.role}, {}};
}

QSet<QString> TokenAuthority::invalidAmong(const QSet<QString> &tokenIds)
{
    QSet<QString> invalid;
    for (const QString &id : tokenIds) {
        const auto stored = m_store.token(id);
        if (!stored.ok())
            return {};
        if (!stored.value || stored.value->revoked())
            invalid.insert(id);
    }
    return invalid;
}

} // namespace muster

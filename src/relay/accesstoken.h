// SPDX-License-Identifier: GPL-3.0-or-later
// Access tokens: who may connect to the relay, to which workspace, and to do what. A token is
// shown once when it is created and never stored: the relay keeps its id in the clear (so
// `token list` and `token revoke` can name it) and a SHA-256 digest of its 256-bit secret. The
// secret is random, so a plain digest cannot be reversed by guessing; a slow password hash
// would only slow down every connection.
//
// Text form: mst_<id>_<secret>, where id is 12 lowercase Crockford base32 characters and the
// secret 43 characters of unpadded base64url (32 random bytes). The prefix lets secret
// scanners and people recognise a leaked token.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace muster {

enum class TokenRole
{
    Member, // reads and writes the workspace
    Viewer, // reads only: a wall display; its pushes are refused
    Webhook, // the relay's HTTP listener only: Alertmanager and later inbound webhooks
    Admin, // a member who also manages the workspace's integrations (chat webhooks)
};

QString tokenRoleName(TokenRole role);
std::optional<TokenRole> tokenRoleFromName(QStringView name);

struct AccessToken
{
    QString id;
    QString workspace;
    QString user; // who it was issued to; shown in the relay's log and in `token list`
    TokenRole role = TokenRole::Member;
    QByteArray digest; // SHA-256 of the secret
    qint64 createdAtMs = 0;
    qint64 revokedAtMs = 0; // 0 while the token is valid

    bool revoked() const { return revokedAtMs != 0; }
};

// A freshly made token: the record to store, and the text to show once.
struct IssuedToken
{
    AccessToken record;
    QString text;
};

IssuedToken issueToken(const QString &workspace, const QString &user, TokenRole role, qint64 nowMs);

// The parts of a token's text; false when it is not in the mst_<id>_<secret> form.
bool parseTokenText(QStringView text, QString *id, QByteArray *secret);
// The token from an Authorization header value ("Bearer <token>", scheme case-insensitive);
// empty when the header has no bearer token.
QString bearerToken(const QByteArray &authorization);

QByteArray tokenDigest(const QByteArray &secret);
// Equal contents, in a time that depends only on the lengths: a comparison that stopped at the
// first differing byte would tell an attacker how much of a digest they had right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

bool isValidTokenId(QStringView id);

// What a connection may do, decided when it connects.
struct Grant
{
    QString tokenId; // empty for an anonymous connection (--allow-anonymous)
    QString workspace; // empty: any workspace (anonymous only)
    QString user;
    TokenRole role = TokenRole::Member;

    bool anonymous() const { return tokenId.isEmpty(); }
    bool allowsWorkspace(const QString &name) const { return workspace.isEmpty() || workspace == name; }
    bool mayPush() const { return role == TokenRole::Member || role == TokenRole::Admin; }
    // Add, remove and retry the workspace's integrations. Anonymous connections (one machine,
    // --allow-anonymous) may do everything.
    bool mayManageIntegrations() const { return anonymous() || role == TokenRole::Admin; }
};

} // namespace muster

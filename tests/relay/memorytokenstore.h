// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens in memory, for tests of what asks a TokenStore; it can be told to fail like a locked
// or damaged database would.
#pragma once

#include "relay/tokenstore.h"

#include <QMap>

namespace muster::testing {

class MemoryTokenStore final : public TokenStore
{
public:
    StoreError saveToken(const AccessToken &token) override
    {
        if (failing)
            return failure();
        m_tokens.insert(token.id, token);
        return {};
    }
    StoreResult<std::optional<AccessToken>> token(const QString &id) override
    {
        if (failing)
            return {std::nullopt, failure()};
        const auto it = m_tokens.constFind(id);
        return {it == m_tokens.cend() ? std::nullopt : std::optional<AccessToken>(*it), {}};
    }
    StoreResult<QList<AccessToken>> tokens() override
    {
        if (failing)
            return {{}, failure()};
        return {m_tokens.values(), {}};
    }
    StoreResult<bool> revokeToken(const QString &id, qint64 nowMs) override
    {
        if (failing)
            return {false, failure()};
        const auto it = m_tokens.find(id);
        if (it == m_tokens.end())
            return {false, {}};
        if (!it->revoked())
            it->revokedAtMs = nowMs;
        return {true, {}};
    }

    // Issues a token, stores it and returns its text.
    QString add(const QString &workspace, const QString &user, TokenRole role, QString *id = nullptr)
    {
        const IssuedToken issued = issueToken(workspace, user, role, 1'795'500'000'000);
        m_tokens.insert(issued.record.id, issued.record);
        if (id)
            *id = issued.record.id;
        return issued.text;
    }

    bool failing = false;

private:
    static StoreError failure() { return {StoreError::Code::Locked, QStringLiteral("database is locked")}; }

    QMap<QString, AccessToken> m_tokens;
};

} // namespace muster::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokencommands.h"

#include "tokenstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

int create(const RelayCommandLine &line, TokenStore &store, QTextStream &out, QTextStream &err, qint64 nowMs)
{
    const IssuedToken issued = issueToken(line.tokenWorkspace, line.tokenUser, line.tokenRole, nowMs);
    if (auto error = store.saveToken(issued.record)) {
        err << tr("muster-relay: cannot save the token: %1").arg(error.message) << Qt::endl;
        return 1;
    }
    out << issued.text << Qt::endl;
    err << tr("Token %1 for %2 in workspace %3 (%4). This is the only time it is shown; the relay keeps "
              "only its digest.")
               .arg(issued.record.id, line.tokenUser, line.tokenWorkspace, tokenRoleName(line.tokenRole))
        << Qt::endl;
    return 0;
}

int list(TokenStore &store, QTextStream &out, QTextStream &err)
{
    const auto tokens = store.tokens();
    if (!tokens.ok()) {
        err << tr("muster-relay: cannot read the tokens: %1").arg(tokens.error.message) << Qt::endl;
        return 1;
    }
    if (tokens.value.isEmpty()) {
        err << tr("No tokens yet. Create one with: muster-relay token create --workspace NAME --user NAME")
            << Qt::endl;
        return 0;
    }
    // Columns separated by two spaces, user last but one so long names do not push the rest.
    qsizetype workspaceWidth = 9, userWidth = 4;
    for (const AccessToken &token : tokens.value) {
        workspaceWidth = qMax(workspaceWidth, token.workspace.size());
        userWidth = qMax(userWidth, token.user.size());
    }
    auto row = [&](const QString &id, const QString &workspace, const QString &role, const QString &created,
                   const QString &user, const QString &state) {
        out << id.leftJustified(12) << "  " << workspace.leftJustified(workspaceWidth) << "  "
            << role.leftJustified(7) << "  " << created.leftJustified(20) << "  "
            << user.leftJustified(userWidth) << "  " << state << '\n';
    };
    row(tr("ID"), tr("WORKSPACE"), tr("ROLE"), tr("CREATED"), tr("USER"), tr("STATE"));
    for (const AccessToken &token : tokens.value) {
        row(token.id, token.workspace, tokenRoleName(token.role), utc(token.createdAtMs), token.user,
            token.revoked() ? tr("revoked %1").arg(utc(token.revokedAtMs)) : tr("active"));
    }
    out.flush();
    return 0;
}

int revoke(const RelayCommandLine &line, TokenStore &store, QTextStream &out, QTextStream &err, qint64 nowMs)
{
    const auto before = store.token(line.tokenId);
    const auto revoked
        = before.ok() ? store.revokeToken(line.tokenId, nowMs) : StoreResult<bool> {false, before.error};
    if (!revoked.ok()) {
        err << tr("muster-relay: cannot revoke the token: %1").arg(revoked.error.message) << Qt::endl;
        return 1;
    }
    if (!revoked.value) {
        err << tr("muster-relay: there is no token %1 (see muster-relay token list)")
                   .arg(line.tokenId.left(40))
            << Qt::endl;
        return 1;
    }
    if (before.value && before.value->revoked()) {
        out << tr("Token %1 was already revoked on %2.").arg(line.tokenId, utc(before.value->revokedAtMs))
            << Qt::endl;
        return 0;
    }
    out << tr("Revoked token %1 (%2 in workspace %3). A running relay closes its connections within 10 "
              "seconds.")
               .arg(line.tokenId, before.value ? before.value->user : QString(),
                    before.value ? before.value->workspace : QString())
        << Qt::endl;
    return 0;
}

} // namespace

int runTokenCommand(const RelayCommandLine &line, TokenStore &store, QTextStream &out, QTextStream &err,
                    qint64 nowMs)
{
    switch (line.command) {
    case RelayCommandLine::Command::TokenCreate:
        return create(line, store, out, err, nowMs);
    case RelayCommandLine::Command::TokenList:
        return list(store, out, err);
    case RelayCommandLine::Command::TokenRevoke:
        return revoke(line, store, out, err, nowMs);
    default:
        break;
    }
    return 2;
}

} // namespace muster

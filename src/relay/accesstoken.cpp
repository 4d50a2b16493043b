// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesstoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <algorithm>
#include <cstring>

namespace muster {

namespace {

constexpr qsizetype kIdLength = 12;
constexpr qsizetype kSecretBytes = 32;
constexpr qsizetype kSecretTextLength = 43; // 32 bytes in unpadded base64url
const QString kPrefix = QStringLiteral("mst_");
constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford, lower case

const auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isBase64Url(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'_';
}

} // namespace

QString tokenRoleName(TokenRole role)
{
    switch (role) {
    case TokenRole::Member:
        return QStringLiteral("member");
    case TokenRole::Viewer:
        return QStringLiteral("viewer");
    case TokenRole::Webhook:
        return QStringLiteral("webhook");
    case TokenRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<TokenRole> tokenRoleFromName(QStringView name)
{
    for (TokenRole role : {TokenRole::Member, TokenRole::Viewer, TokenRole::Webhook, TokenRole::Admin}) {
        if (name == tokenRoleName(role))
            return role;
    }
    return std::nullopt;
}

bool isValidTokenId(QStringView id)
{
    if (id.size() != kIdLength)
        return false;
    for (QChar c : id) {
        if (c.unicode() == 0 || c.unicode() > 127 || !std::strchr(kAlphabet, char(c.unicode())))
            return false;
    }
    return true;
}

IssuedToken issueToken(const QString &workspace, const QString &user, TokenRole role, qint64 nowMs)
{
    // The system generator reads the kernel's (getrandom), which is what a secret needs.
    QRandomGenerator *random = QRandomGenerator::system();
    QString id;
    id.reserve(kIdLength);
    for (qsizetype i = 0; i < kIdLength; ++i)
        id.append(QLatin1Char(kAlphabet[random->bounded(32)]));
    QByteArray secret(kSecretBytes, Qt::Uninitialized);
    random->fillRange(reinterpret_cast<quint32 *>(secret.data()), kSecretBytes / 4);

    IssuedToken issued;
    issued.record.id = id;
    issued.record.workspace = workspace;
    issued.record.user = user;
    issued.record.role = role;
    issued.record.digest = tokenDigest(secret);
    issued.record.createdAtMs = nowMs;
    issued.text = kPrefix + id + u'_' + QString::fromLatin1(secret.toBase64(kBase64));
    return issued;
}

bool parseTokenText(QStringView text, QString *id, QByteArray *secret)
{
    if (text.size() != kPrefix.size() + kIdLength + 1 + kSecretTextLength || !text.startsWith(kPrefix)
        || text.at(kPrefix.size() + kIdLength) != u'_')
        return false;
    const QStringView idPart = text.mid(kPrefix.size(), kIdLength);
    const QStringView secretPart = text.mid(kPrefix.size() + kIdLength + 1);
    if (!isValidTokenId(idPart) || !std::all_of(secretPart.begin(), secretPart.end(), isBase64Url))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(secretPart.toLatin1(),
                                                        kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    // Only the canonical spelling: the last character carries two bits beyond the 256th, and
    // a decoder ignores them, so four spellings would otherwise open the same token.
    if (!decoded || decoded.decoded.size() != kSecretBytes
        || decoded.decoded.toBase64(kBase64) != secretPart.toLatin1())
        return false;
    *id = idPart.toString();
    *secret = decoded.decoded;
    return true;
}

QString bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(space + 1).trimmed());
}

QByteArray tokenDigest(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // volatile keeps the compiler from turning the loop back into an early exit.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = difference | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]));
    return difference == 0;
}

} // namespace muster

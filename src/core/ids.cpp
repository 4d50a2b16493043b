// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include <QRandomGenerator>
#include <array>

namespace muster {

namespace {
constexpr char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// Validation runs for every id of every op, so a table rather than a search.
constexpr std::array<bool, 128> crockfordTable = [] {
    std::array<bool, 128> table {};
    for (const char *p = crockford; *p; ++p)
        table[std::size_t(*p)] = true;
    return table;
}();

bool isCrockford(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 && crockfordTable[u];
}
} // namespace

QString newEntityId(qint64 nowMs)
{
    return newEntityId(nowMs, *QRandomGenerator::system());
}

QString newEntityId(qint64 nowMs, QRandomGenerator &rng)
{
    QString id(26, Qt::Uninitialized);
    quint64 time = quint64(nowMs) & ((quint64(1) << 48) - 1);
    // 10 characters of time (50 bits, the top two always zero), most significant first.
    for (int i = 9; i >= 0; --i) {
        id[i] = QChar::fromLatin1(crockford[time & 31]);
        time >>= 5;
    }
    quint64 hi = rng.generate64();
    for (int i = 10; i < 26; ++i) {
        id[i] = QChar::fromLatin1(crockford[hi & 31]);
        hi >>= 5;
        if (i == 21)
            hi = rng.generate64();
    }
    return id;
}

bool isValidEntityId(QStringView id)
{
    if (id.size() != 26)
        return false;
    return std::all_of(id.begin(), id.end(), isCrockford);
}

QString newReplicaId()
{
    return QString::number(QRandomGenerator::system()->generate64() | (quint64(1) << 63), 16);
}

bool isValidReplicaId(QStringView id)
{
    if (id.size() != 16)
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

bool isValidWorkspaceName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64 || name.startsWith(u'.'))
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'_' || c == u'-';
    });
}

} // namespace muster

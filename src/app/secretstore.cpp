// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace muster {

namespace {
const char *kNoKeyring = QT_TRANSLATE_NOOP("muster", "no keyring is available on this computer");
} // namespace

void MemorySecretStore::read(const QString &key, Done done)
{
    Result result;
    if (unavailable)
        result = {Status::Unavailable, {}, QCoreApplication::translate("muster", kNoKeyring)};
    else if (const auto it = secrets.constFind(key); it != secrets.cend())
        result = {Status::Ok, *it, {}};
    else
        result = {Status::NotFound, {}, {}};
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &value, Done done)
{
    Result result;
    if (unavailable) {
        result = {Status::Unavailable, {}, QCoreApplication::translate("muster", kNoKeyring)};
    } else if (value.isEmpty()) {
        secrets.remove(key);
    } else {
        secrets.insert(key, value);
    }
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

} // namespace muster

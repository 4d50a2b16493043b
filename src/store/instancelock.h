// SPDX-License-Identifier: GPL-3.0-or-later
// One running Muster per data directory: a second instance is refused with a clear message
// instead of fighting the first over the same database.
#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace muster {

class InstanceLock
{
public:
    explicit InstanceLock(const QString &dataDir);

    // True when this process now holds the lock; otherwise errorMessage() says who does.
    bool tryLock();
    QString errorMessage() const { return m_error; }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_dataDir;
    QString m_error;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancelock.h"

#include <QCoreApplication>
#include <QDir>

namespace muster {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_lock(std::make_unique<QLockFile>(QDir(dataDir).filePath(QStringLiteral("muster.lock"))))
    , m_dataDir(dataDir)
{
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
}

bool InstanceLock::tryLock()
{
    if (!QDir().mkpath(m_dataDir)) {
        m_error = QCoreApplication::translate("muster", "Cannot create the data directory %1").arg(m_dataDir);
        return false;
    }
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString app;
    m_lock->getLockInfo(&pid, &host, &app);
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        m_error = QCoreApplication::translate("muster",
                                              "Muster is already running with the data directory %1 "
                                              "(process %2 on %3). Switch to that window, or start this one "
                                              "with another --data-dir.")
                      .arg(m_dataDir)
                      .arg(pid)
                      .arg(host);
        break;
    default:
        m_error = QCoreApplication::translate("muster", "Cannot lock the data directory %1 (is it writable?)")
                      .arg(m_dataDir);
        break;
    }
    return false;
}

} // namespace muster

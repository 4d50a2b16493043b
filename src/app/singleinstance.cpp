// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <algorithm>
#include <unistd.h>

namespace muster {

namespace {
// What a second start says; the first answers nothing and raises its window.
constexpr char kActivate[] = "activate\n";

// $XDG_RUNTIME_DIR, or where the session has none (a container, a cron job), a directory of
// our own under the temporary directory, made 0700 and used only when it is ours and nobody
// else's: another user could have made it first.
QString privateSocketDir()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        return runtime;
    const QString path = QDir::temp().filePath(QStringLiteral("muster-runtime-%1").arg(::getuid()));
    QDir().mkdir(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QFileInfo info(path);
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    if (!info.isDir() || info.isSymLink() || info.ownerId() != ::getuid() || (info.permissions() & others))
        return {};
    return path;
}
} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(dataDir))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &dataDir)
{
    QFileInfo info(dataDir);
    const QString canonical
        = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray key = QByteArray::number(qulonglong(::getuid())) + '\0' + canonical.toUtf8();
    const QString file = QStringLiteral("muster-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    // In a directory only this user can enter, not the shared /tmp, where another user could
    // take the name first and so switch the single instance off.
    // None to be had: no single instance, rather than a socket others could take.
    const QString dir = privateSocketDir();
    return dir.isEmpty() ? QString() : QDir(dir).filePath(file);
}

bool SingleInstance::activateRunning(int timeoutMs)
{
    if (m_name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate, qint64(sizeof kActivate - 1));
    const bool sent = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return sent;
}

bool SingleInstance::activateRunningWithin(int graceMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (activateRunning(std::clamp(graceMs - int(waited.elapsed()), 100, 2000)))
            return true;
        if (waited.elapsed() >= graceMs)
            return false;
        QThread::msleep(100);
    }
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    if (m_name.isEmpty())
        return false;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        // A socket file left by a Muster that was killed: nobody answered activateRunning(), so
        // it is stale.
        QLocalServer::removeServer(m_name);
        if (!server->listen(m_name)) {
            delete server;
            return false;
        }
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    m_server = server;
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            // Only a whole "activate" line counts; anything else is dropped unread.
            if (socket->canReadLine() && socket->readLine(64) == kActivate)
                emit activationRequested();
            socket->disconnectFromServer();
        });
    }
}

} // namespace muster

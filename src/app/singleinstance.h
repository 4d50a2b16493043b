// SPDX-License-Identifier: GPL-3.0-or-later
// One Muster window per data directory: a second start on the same directory asks the running
// one to come forward and exits, instead of stopping at the database's lock. The two talk over
// a local socket that only this user may open, named after the user and the directory, in the
// user's runtime directory.
#pragma once

#include <QObject>

class QLocalServer;

namespace muster {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's path: the same for every start of this user on this directory, whichever way
    // the directory is written. Empty when there is no directory only this user can enter (then
    // every start runs on its own, and the data directory's lock still keeps out a second one).
    static QString serverNameFor(const QString &dataDir);
    QString serverName() const { return m_name; }

    // True when a Muster is running on this directory and has been asked to come forward.
    bool activateRunning(int timeoutMs = 2000);
    // The same, trying again for up to `graceMs`: the running Muster holds the data directory's
    // lock from its first moments but answers only once it is listening.
    bool activateRunningWithin(int graceMs);
    // Answers later starts from now on (activationRequested). A socket left by a Muster that
    // died is taken over. False when the socket cannot be made; Muster then runs without it.
    bool listen();

Q_SIGNALS:
    void activationRequested();

private:
    void onConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace muster

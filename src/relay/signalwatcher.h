// SPDX-License-Identifier: GPL-3.0-or-later
// Turns SIGTERM and SIGINT into a Qt signal, safely: the handler only writes a byte to a pipe
// (async-signal-safe); the event loop reads it and emits terminationRequested().
#pragma once

#include <QObject>

class QSocketNotifier;

namespace muster {

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace muster

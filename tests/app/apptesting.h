// SPDX-License-Identifier: GPL-3.0-or-later
// A started MusterApp on its own temporary data directory, for app-layer tests.
#pragma once

#include "app/musterapp.h"
#include "store/storeclient.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace muster::testing {

struct StartedApp
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<MusterApp> app;

    explicit StartedApp(bool demo = false, const QString &user = QStringLiteral("Priya Raman"),
                        std::function<qint64()> clock = {}, double fontScale = 0)
    {
        start(demo, user, std::move(clock), fontScale);
    }
    // The same data directory, opened again by someone else (as a teammate at this machine).
    StartedApp(std::unique_ptr<QTemporaryDir> existing, const QString &user)
        : dir(std::move(existing))
    {
        start(false, user, {});
    }
    void start(bool demo, const QString &user, std::function<qint64()> clock, double fontScale = 0)
    {
        StartupOptions options;
        options.fontScale = fontScale; // 0: the desktop's
        options.dataDir = dir->path();
        options.userName = user;
        options.demo = demo;
        options.wallClock = std::move(clock);
        app = std::make_unique<MusterApp>(options);
        app->start();
    }

    // Waits until everything queued on the store thread has answered.
    bool settle(int timeoutMs = 10'000)
    {
        return QTest::qWaitFor(
            [this] {
                return (app->ready() || !app->fatalError().isEmpty()) && !app->storeClient()->isBusy();
            },
            timeoutMs);
    }

    MusterApp *operator->() const { return app.get(); }
};

} // namespace muster::testing

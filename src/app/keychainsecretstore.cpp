// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace muster {

namespace {

SecretStore::Result failure(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::EntryNotFound)
        return {SecretStore::Status::NotFound, {}, {}};
    // Without a session bus QtKeychain says only "Unknown error"; say what is missing.
    QString why = job->errorString();
    if (job->error() == QKeychain::NoBackendAvailable || why.isEmpty() || why == u"Unknown error")
        why = QCoreApplication::translate("muster",
                                          "no keyring service (Secret Service or KWallet) answered");
    return {SecretStore::Status::Unavailable, {}, why};
}

} // namespace

void KeychainSecretStore::read(const QString &key, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            done(failure(finished));
            return;
        }
        done({Status::Ok, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), {}});
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, Done done)
{
    QKeychain::Job *job = nullptr;
    if (value.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(kService, this);
    } else {
        auto *writeJob = new QKeychain::WritePasswordJob(kService, this);
        writeJob->setTextData(value);
        job = writeJob;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        // Removing what was never stored is done.
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            done({Status::Ok, {}, {}});
        else
            done(failure(finished));
    });
    job->start();
}

} // namespace muster

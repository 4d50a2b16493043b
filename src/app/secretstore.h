// SPDX-License-Identifier: GPL-3.0-or-later
// Where the desktop keeps secrets (the relay access token): behind this interface so that the
// system keyring (KeychainSecretStore) can be replaced by an in-memory store in tests and when
// a machine has no keyring. Never plain settings: QSettings files are readable by backups,
// sync tools and anyone who copies the home directory.
#pragma once

#include <QHash>
#include <QObject>
#include <functional>

namespace muster {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound, // nothing stored under the key
        Unavailable, // no keyring, or it refused: `error` says why
    };
    struct Result
    {
        Status status = Status::Ok;
        QString value; // read: the secret
        QString error;
    };
    using Done = std::function<void(const Result &)>;

    using QObject::QObject;

    // `done` runs later, on this object's thread, never from inside the call.
    virtual void read(const QString &key, Done done) = 0;
    // Stores the value under the key; an empty value removes what is stored.
    virtual void write(const QString &key, const QString &value, Done done) = 0;
};

// Secrets for as long as the object lives: the tests' keyring, and a machine's when it has none.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &value, Done done) override;

    // Tests: behave like a machine without a keyring.
    bool unavailable = false;
    QHash<QString, QString> secrets;
};

} // namespace muster

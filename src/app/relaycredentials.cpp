// SPDX-License-Identifier: GPL-3.0-or-later
#include "relaycredentials.h"

#include <algorithm>

namespace muster {

RelayCredentials::RelayCredentials(SecretStore *keyring, const QString &environmentToken, QObject *parent)
    : QObject(parent)
    , m_keyring(keyring)
    , m_environmentToken(environmentToken.trimmed())
{ }

QString RelayCredentials::keyFor(const QUrl &relay, const QString &workspace)
{
    return QStringLiteral("relay-token %1 %2").arg(relay.toString(QUrl::RemoveUserInfo), workspace);
}

QString RelayCredentials::problemWith(const QString &token)
{
    if (std::any_of(token.begin(), token.end(),
                    [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; }))
        return tr("An access token has no spaces, line breaks or accented letters; paste it again.");
    if (token.size() > 4096)
        return tr("That is too long to be an access token.");
    return {};
}

void RelayCredentials::load(const QUrl &relay, const QString &workspace, std::function<void()> done)
{
    const quint64 generation = ++m_generation;
    if (!m_environmentToken.isEmpty()) {
        m_token = m_environmentToken;
        m_source = Source::Environment;
        emit changed();
        done();
        return;
    }
    if (!m_keyring) {
        done();
        return;
    }
    m_keyring->read(keyFor(relay, workspace), [this, generation, done](const SecretStore::Result &result) {
        if (generation != m_generation)
            return;
        m_token.clear();
        m_source = Source::None;
        m_keyringProblem.clear();
        if (result.status == SecretStore::Status::Ok && problemWith(result.value).isEmpty()
            && !result.value.isEmpty()) {
            m_token = result.value;
            m_source = Source::Keyring;
        } else if (result.status == SecretStore::Status::Unavailable) {
            m_keyringProblem = result.error.isEmpty() ? tr("the keyring did not answer") : result.error;
        }
        emit changed();
        done();
    });
}

void RelayCredentials::set(const QUrl &relay, const QString &workspace, const QString &token,
                           std::function<void()> done)
{
    const quint64 generation = ++m_generation;
    m_token = token.trimmed();
    m_source = m_token.isEmpty() ? Source::None : Source::Session;
    emit changed();
    if (!m_keyring) {
        done();
        return;
    }
    m_keyring->write(
        keyFor(relay, workspace), m_token, [this, generation, done](const SecretStore::Result &result) {
            if (generation != m_generation)
                return;
            m_keyringProblem.clear();
            if (result.status == SecretStore::Status::Ok) {
                if (!m_token.isEmpty())
                    m_source = Source::Keyring;
            } else {
                m_keyringProblem = result.error.isEmpty() ? tr("the keyring did not answer") : result.error;
            }
            emit changed();
            done();
        });
}

void RelayCredentials::keepFor(const QUrl &relay, const QString &workspace, const QString &token)
{
    if (m_keyring)
        m_keyring->write(keyFor(relay, workspace), token.trimmed(), [](const SecretStore::Result &) {});
}

QString RelayCredentials::description() const
{
    switch (m_source) {
    case Source::Environment:
        return tr("The access token comes from MUSTER_TOKEN.");
    case Source::Keyring:
        return tr("An access token is saved in the system keyring. Paste a new one to replace it.");
    case Source::Session:
        return m_keyringProblem.isEmpty()
            ? tr("Saving the access token in the system keyring…")
            : tr("The access token is kept until Muster closes, because %1.").arg(m_keyringProblem);
    case Source::None:
        break;
    }
    if (!m_keyringProblem.isEmpty())
        return tr("No keyring: %1. A token you paste is kept until Muster closes.").arg(m_keyringProblem);
    return tr("Paste the access token the relay's operator made for you (muster-relay token create).");
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// A stakeholder update that went out: the text as sent, to whom, for which audience and stage,
// when and by whom. Each is its own incident register, `update.<id>`, written once when the
// Communications Lead marks it sent; with it goes a log entry with the full text. The latest one
// restarts the cadence; together they are the incident's history of what was sent to whom.
#pragma once

#include "audience.h"

#include <QCborValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace muster {

struct SentUpdate
{
    QString id; // an entity id
    QString list; // the distribution list's name, as it was then
    AudienceType audience = AudienceType::Executives;
    UpdateStage stage = UpdateStage::Update;
    QStringList to;
    QStringList cc;
    QString subject;
    QString body;
    qint64 sentAtMs = 0;
    QString by; // person id

    static SentUpdate fromCbor(const QString &id, const QCborValue &value);
    QCborMap toCbor() const;
    friend bool operator==(const SentUpdate &, const SentUpdate &) = default;
};

namespace limits {
inline constexpr int updateBodyChars = 16'000; // with its headers, well inside one op
inline constexpr int updateRecipients = 100; // To and Cc together
} // namespace limits

QString updateField(const QString &updateId); // "update.<id>"
std::optional<QString> updateOfField(QStringView field);
// Empty when the value is a well-formed sent update; otherwise what is wrong.
QString validateSentUpdate(const QCborValue &value);

} // namespace muster

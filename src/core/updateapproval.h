// SPDX-License-Identifier: GPL-3.0-or-later
// The optional approval of a stakeholder update: the Communications Lead asks, the Incident
// Commander approves it or returns it with a comment. One register per incident, `approval`
// (the latest request and where it stands; null once the update went out), and a log line for
// every step, so the record shows who let what go out.
#pragma once

#include "audience.h"

#include <QCborValue>
#include <QString>
#include <optional>

namespace muster {

struct UpdateApproval
{
    enum class State
    {
        Requested,
        Approved,
        Returned, // with a comment: what to change
    };
    QString list; // the distribution list's name
    AudienceType audience = AudienceType::Executives;
    UpdateStage stage = UpdateStage::Update;
    QString subject;
    QString body;
    QString requestedBy; // person id
    qint64 requestedAtMs = 0;
    State state = State::Requested;
    QString decidedBy; // person id; empty while requested
    qint64 decidedAtMs = 0;
    QString comment; // why it was returned

    static UpdateApproval fromCbor(const QCborValue &value);
    QCborMap toCbor() const;
    friend bool operator==(const UpdateApproval &, const UpdateApproval &) = default;
};

QString approvalStateName(UpdateApproval::State state); // "requested", "approved", "returned"
std::optional<UpdateApproval::State> approvalStateFromName(QStringView name);

inline const QString kApprovalField = QStringLiteral("approval"); // map, or null for none
QString validateApproval(const QCborValue &value);

} // namespace muster

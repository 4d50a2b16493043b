// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded random ops from several replicas, for convergence tests of the reducer and the store.
#pragma once

#include "core/fields.h"
#include "core/hlc.h"
#include "core/ids.h"
#include "core/operation.h"
#include "core/sentupdate.h"
#include "core/task.h"

#include <QCborMap>
#include <QRandomGenerator>

namespace muster::testing {

inline QList<Operation> randomOps(quint32 seed, int replicas, int opsPerReplica, const QString &workspace)
{
    QRandomGenerator rng(seed);
    const QStringList incidents {QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1"),
                                 QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA2"),
                                 QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA3")};
    const QStringList people {QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"),
                              QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA2")};
    QList<Operation> ops;
    for (int r = 0; r < replicas; ++r) {
        const QString replica
            = QStringLiteral("%1").arg(0xa000000000000000ULL + quint64(r), 16, 16, QLatin1Char('0'));
        qint64 wall = 1'700'000'000'000;
        HybridLogicalClock clock([&] { return wall; });
        for (int n = 1; n <= opsPerReplica; ++n) {
            wall += rng.bounded(3); // replicas often write in the same millisecond
            const QString incident = incidents.at(rng.bounded(incidents.size()));
            Change change;
            change.entity = incidentEntity(incident);
            switch (rng.bounded(8)) {
            case 0:
                change = {OpKind::Set, change.entity, fields::severity, int(1 + rng.bounded(4))};
                break;
            case 1:
                change = {OpKind::Set, change.entity, fields::title,
                          QStringLiteral("title %1/%2").arg(r).arg(n)};
                break;
            case 2:
                change = {OpKind::Set, change.entity, roleField(Role::IncidentCommander),
                          people.at(rng.bounded(people.size()))};
                break;
            case 3:
                change = {OpKind::Set, change.entity, fields::state,
                          stateName(allLifecycleStates.at(rng.bounded(int(allLifecycleStates.size()))))};
                break;
            case 4:
                change = {OpKind::Set, personEntity(people.at(rng.bounded(people.size()))), fields::name,
                          QStringLiteral("person %1").arg(rng.bounded(100))};
                break;
            case 5:
                change = {OpKind::Set, change.entity, smeField(people.at(rng.bounded(people.size()))),
                          rng.bounded(2) == 1};
                break;
            case 6: {
                // One attribute of one of two tasks: attributes arrive in any order and alone.
                const QString task = QStringLiteral("01JTAAAAAAAAAAAAAAAAAAAAA%1").arg(1 + rng.bounded(2));
                switch (rng.bounded(4)) {
                case 0:
                    change = {OpKind::Set, change.entity, taskField(task, taskattr::status),
                              taskStatusName(allTaskStatuses.at(rng.bounded(int(allTaskStatuses.size()))))};
                    break;
                case 1:
                    change = {OpKind::Set, change.entity, taskField(task, taskattr::owner),
                              people.at(rng.bounded(people.size()))};
                    break;
                case 2: {
                    // A stakeholder update (one of two ids, so replicas' writes compete).
                    const SentUpdate update {
                        QStringLiteral("01JSNAAAAAAAAAAAAAAAAAAAA%1").arg(1 + rng.bounded(2)),
                        QStringLiteral("list %1").arg(r),
                        AudienceType::Support,
                        UpdateStage::Update,
                        {QStringLiteral("support@example.com")},
                        {},
                        QStringLiteral("update %1/%2").arg(r).arg(n),
                        QStringLiteral("body"),
                        wall,
                        people.at(0)};
                    change
                        = {OpKind::Set, change.entity, updateField(update.id), QCborValue(update.toCbor())};
                    break;
                }
                default:
                    change = {OpKind::Set, change.entity, taskField(task, taskattr::title),
                              QStringLiteral("task %1/%2").arg(r).arg(n)};
                    break;
                }
                break;
            }
            default:
                change
                    = {OpKind::Append, change.entity, fields::log,
                       QCborMap {{QStringLiteral("kind"), QStringLiteral("note")},
                                 {QStringLiteral("text"), QStringLiteral("note %1 from %2").arg(n).arg(r)}}};
                break;
            }
            ops.append({{replica, n},
                        clock.now(),
                        people.at(0),
                        workspace,
                        change.kind,
                        change.entity,
                        change.field,
                        change.value});
        }
    }
    return ops;
}

} // namespace muster::testing

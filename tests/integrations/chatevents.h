// SPDX-License-Identifier: GPL-3.0-or-later
// Test help for chat integrations: ops made the way the desktop makes them (core/changes.h),
// stamped by one replica, as the relay would store them.
#pragma once

#include "core/changes.h"
#include "core/fields.h"
#include "core/operation.h"

namespace muster::testing {

class OpMaker
{
public:
    explicit OpMaker(QString replica = QStringLiteral("a1b2c3d4e5f60718"), qint64 startMs = 1'767'000'000'000)
        : m_replica(std::move(replica))
        , m_nowMs(startMs)
    { }

    QList<Operation> ops(const QList<Change> &changes, qint64 advanceMs = 1000)
    {
        m_nowMs += advanceMs;
        QList<Operation> out;
        for (const Change &change : changes) {
            out << Operation {{m_replica, ++m_counter},
                              {m_nowMs, quint16(m_counter % 1000)},
                              QStringLiteral("01JPPPPPPPPPPPPPPPPPPPPPP1"),
                              QStringLiteral("payments"),
                              change.kind,
                              change.entity,
                              change.field,
                              change.value};
        }
        return out;
    }
    QList<Operation> person(const QString &id, const QString &name)
    {
        return ops({{OpKind::Set, personEntity(id), fields::name, name}}, 0);
    }
    qint64 nowMs() const { return m_nowMs; }
    qint64 counter() const { return m_counter; }

private:
    QString m_replica;
    qint64 m_nowMs;
    qint64 m_counter = 0;
};

inline Declaration checkoutDeclaration()
{
    Declaration d;
    d.title = QStringLiteral("Checkout fails for EU customers");
    d.severity = Severity::Sev2;
    d.summary = QStringLiteral("Card payments time out");
    d.services = {QStringLiteral("checkout"), QStringLiteral("payments-api")};
    d.impact = QStringLiteral("EU customers cannot pay by card");
    d.bridge = QStringLiteral("https://meet.example.com/sre-war-room");
    d.commanderId = QStringLiteral("01JPPPPPPPPPPPPPPPPPPPPPP1");
    d.commanderName = QStringLiteral("Priya Raman");
    return d;
}

} // namespace muster::testing

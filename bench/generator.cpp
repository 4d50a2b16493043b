// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include "core/changes.h"
#include "core/fields.h"
#include "core/hlc.h"
#include "core/ids.h"

#include <QCborArray>
#include <QCborMap>
#include <cmath>

namespace muster::bench {

namespace {
const QStringList services {
    QStringLiteral("checkout-api"), QStringLiteral("payments-api"), QStringLiteral("edge"),
    QStringLiteral("orders-db"),    QStringLiteral("search-api"),   QStringLiteral("auth"),
    QStringLiteral("kafka"),        QStringLiteral("webhooks"),     QStringLiteral("media"),
    QStringLiteral("catalog-api"),  QStringLiteral("dns"),          QStringLiteral("cdn")};
const QStringList titles {
    QStringLiteral("Elevated 5xx on %1"),          QStringLiteral("%1 latency above SLO"),
    QStringLiteral("%1 unreachable in eu-west-1"), QStringLiteral("Queue backlog growing on %1"),
    QStringLiteral("Error budget burn on %1"),     QStringLiteral("Certificate expiry on %1")};
} // namespace

const QStringList &Generator::vocabulary()
{
    static const QStringList words
        = QStringLiteral("latency spike error rate rollback deploy canary failover replica primary promote "
                         "lag connection pool "
                         "exhausted timeout retries circuit breaker upstream downstream dns resolution "
                         "certificate expired disk "
                         "full memory leak oom killed pod restart node drained kubernetes cluster autoscaler "
                         "capacity headroom "
                         "traffic shifted region eu-west-1 us-east-1 load balancer health check failing "
                         "cache stale invalidation "
                         "queue backlog consumer lag kafka partition rebalance database lock contention slow "
                         "query index missing "
                         "migration feature flag disabled config push reverted hotfix customers impacted "
                         "checkout payments login "
                         "sso webhook delayed status page updated support notified executives briefed next "
                         "update mitigation "
                         "confirmed monitoring recovered dashboard alert fired paged acknowledged escalated "
                         "vendor ticket opened "
                         "postmortem action item owner investigating root cause hypothesis ruled out "
                         "confirmed graphs show "
                         "throughput dropped p99 p50 saturation cpu throttling gc pauses thread pool blocked "
                         "deadlock tls "
                         "handshake errors bgp route flap packet loss network partition firewall rule")
              .split(u' ');
    return words;
}

struct Generator::State
{
    GeneratorOptions options;
    QRandomGenerator rng;
    QStringList personIds;
    QStringList replicas;
    QList<qint64> counters;
    QList<qint64> entriesPerIncident;
    qint64 wall = 0;
    std::unique_ptr<HybridLogicalClock> clock;
    int nextPerson = 0;
    int nextIncident = 0;
    qint64 entriesLeftForIncident = 0;
    QString currentIncident;
    QString currentCommander;
    Incident currentState;
    QList<LifecycleState> pendingPath; // state changes still to come for the current incident
    qint64 incidentStep = 0; // ms between incidents

    explicit State(const GeneratorOptions &o)
        : options(o)
        , rng(o.seed)
    {
        for (int r = 0; r < o.replicas; ++r) {
            replicas << QStringLiteral("%1").arg(0xb000000000000000ULL + quint64(r), 16, 16,
                                                 QLatin1Char('0'));
            counters << 0;
        }
        // Log entries per incident follow an exponential spread: most incidents are short,
        // a few run to thousands of lines. Scaled so the total is exactly logEntries.
        QList<double> weights;
        double sum = 0;
        for (int i = 0; i < o.incidents; ++i) {
            const double w = -std::log(1.0 - rng.generateDouble() * 0.999999);
            weights << w;
            sum += w;
        }
        qint64 assigned = 0;
        for (int i = 0; i < o.incidents; ++i) {
            const qint64 n = qint64(double(o.logEntries) * weights.at(i) / sum);
            entriesPerIncident << n;
            assigned += n;
        }
        for (qint64 i = 0; assigned < o.logEntries; ++i, ++assigned)
            ++entriesPerIncident[int(i % o.incidents)];
        const qint64 span = 730LL * 24 * 3600 * 1000;
        wall = o.endMs - span;
        incidentStep = o.incidents > 0 ? span / o.incidents : 0;
        clock = std::make_unique<HybridLogicalClock>([this] { return wall; });
    }

    Operation op(const Change &c, const QString &actor)
    {
        const int r = int(rng.bounded(replicas.size()));
        wall += 1 + rng.bounded(3);
        return {{replicas.at(r), ++counters[r]},
                clock->now(),
                actor,
                options.workspace,
                c.kind,
                c.entity,
                c.field,
                c.value};
    }
};

Generator::Generator(const GeneratorOptions &options)
    : d(std::make_unique<State>(options))
{ }

Generator::~Generator() = default;

QString Generator::sentence()
{
    const QStringList &words = vocabulary();
    const int length = 6 + int(d->rng.bounded(14));
    QStringList out;
    for (int i = 0; i < length; ++i)
        out << words.at(int(d->rng.bounded(words.size())));
    out.first()[0] = out.first().at(0).toUpper();
    return out.join(u' ') + u'.';
}

bool Generator::next(QList<Operation> &batch, int maxOps)
{
    auto &s = *d;
    while (batch.size() < maxOps) {
        if (s.nextPerson < s.options.people) {
            const QString id = newEntityId(s.wall, s.rng);
            s.personIds << id;
            const Person p {id,
                            QStringLiteral("Responder %1").arg(s.nextPerson + 1),
                            QStringLiteral("responder%1@example.com").arg(s.nextPerson + 1),
                            QStringLiteral("SRE"),
                            {}};
            for (const Change &c : changes::savePerson(id, {}, p))
                batch << s.op(c, id);
            ++s.nextPerson;
            continue;
        }
        if (s.entriesLeftForIncident > 0) {
            const int kind = int(s.rng.bounded(10));
            const LogKind k = kind == 0 ? LogKind::Decision : kind == 1 ? LogKind::Action : LogKind::Note;
            const QString author = s.personIds.at(int(s.rng.bounded(s.personIds.size())));
            s.wall += 2'000 + s.rng.bounded(18'000);
            for (const Change &c : changes::logEntry(s.currentIncident, k, sentence()))
                batch << s.op(c, author);
            --s.entriesLeftForIncident;
            continue;
        }
        if (!s.pendingPath.isEmpty()) {
            s.wall += 180'000 + s.rng.bounded(420'000);
            for (const Change &c : changes::setState(s.currentState, s.pendingPath.takeFirst(), s.wall)) {
                batch << s.op(c, s.currentCommander);
                if (c.kind == OpKind::Set)
                    s.currentState.applySet(c.field, c.value);
            }
            continue;
        }
        if (s.nextIncident >= s.options.incidents)
            return !batch.isEmpty();

        // A new incident: declared, worked, and (mostly) closed.
        const int i = s.nextIncident++;
        s.wall = std::max(s.wall, s.options.endMs - (qint64(s.options.incidents - i) * s.incidentStep));
        const QString id = newEntityId(s.wall, s.rng);
        const QString ic = s.personIds.at(int(s.rng.bounded(s.personIds.size())));
        const QString service = services.at(int(s.rng.bounded(services.size())));
        Declaration dcl;
        dcl.title = titles.at(int(s.rng.bounded(titles.size()))).arg(service);
        dcl.severity = *severityFromInt(1 + qint64(s.rng.bounded(4)));
        dcl.services = {service};
        dcl.summary = sentence();
        dcl.drill = s.rng.bounded(50) == 0;
        dcl.askCustomerVisible = s.rng.bounded(2) == 1;
        dcl.commanderId = ic;
        dcl.commanderName = QStringLiteral("Responder");
        Incident incident;
        incident.id = id;
        for (const Change &c : changes::declareIncident(id, dcl, s.wall)) {
            batch << s.op(c, ic);
            if (c.kind == OpKind::Set)
                incident.applySet(c.field, c.value);
        }
        for (Role role : {Role::CommunicationsLead, Role::OperationsLead, Role::Scribe}) {
            const QString who = s.personIds.at(int(s.rng.bounded(s.personIds.size())));
            for (const Change &c :
                 changes::assignRole(incident, role, who, QStringLiteral("Responder"), QString()))
                batch << s.op(c, ic);
        }
        // The most recent incidents are still open; the rest went the whole way to Closed,
        // after their log was written.
        const bool recent = i >= s.options.incidents - 12;
        s.pendingPath = recent ? QList<LifecycleState> {}
                               : QList<LifecycleState> {LifecycleState::Mitigated, LifecycleState::Resolved,
                                                        LifecycleState::Learning, LifecycleState::Closed};
        s.currentIncident = id;
        s.currentCommander = ic;
        s.currentState = incident;
        s.entriesLeftForIncident = s.entriesPerIncident.at(i);
    }
    return true;
}

QList<QList<Change>> localWorkload(int totalOps, int batchOps)
{
    GeneratorOptions options;
    Generator words(options);
    QList<Change> all;
    QStringList incidents;
    while (all.size() < totalOps) {
        if (incidents.size() < 100 && all.size() % 1000 == 0) {
            const QString id = newEntityId(1'700'000'000'000 + all.size());
            incidents << id;
            Declaration d;
            d.title = QStringLiteral("Benchmark incident %1").arg(incidents.size());
            all << changes::declareIncident(id, d, 1'700'000'000'000);
        } else {
            all << changes::logEntry(incidents.at(all.size() % incidents.size()), LogKind::Note,
                                     words.sentence());
        }
    }
    all.resize(totalOps);
    QList<QList<Change>> batches;
    for (qsizetype i = 0; i < all.size(); i += batchOps)
        batches << all.mid(i, batchOps);
    return batches;
}

} // namespace muster::bench

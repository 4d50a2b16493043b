// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationdispatcher.h"

#include "integrations/chat/incidentevents.h"

#include <QCborValue>
#include <algorithm>

namespace muster {

namespace {
constexpr int kPageOps = 2000;
constexpr qint64 kPageBytes = 8 * 1024 * 1024;
} // namespace

// A workspace's incidents as its ops read so far say.
struct IntegrationDispatcher::Reader
{
    IncidentEventDetector detector;
    qint64 readUpTo = 0; // the detector has applied every op up to this sequence number
};

IntegrationDispatcher::IntegrationDispatcher(RelayStorage &ops, IntegrationStore &store, QObject *parent)
    : QObject(parent)
    , m_ops(ops)
    , m_store(store)
{ }

IntegrationDispatcher::~IntegrationDispatcher() = default;

const WorkspaceState *IntegrationDispatcher::state(const QString &workspace) const
{
    const auto reader = m_readers.value(workspace);
    return reader ? &reader->detector.state() : nullptr;
}

StoreError IntegrationDispatcher::reload()
{
    auto all = m_store.integrations();
    if (!all.ok())
        return all.error;
    m_integrations = all.value;
    QSet<QString> workspaces;
    for (const Integration &integration : std::as_const(m_integrations))
        workspaces.insert(integration.workspace);
    // A workspace whose last integration went is forgotten; it is read again from the start
    // if one comes back.
    for (auto it = m_readers.begin(); it != m_readers.end();)
        it = workspaces.contains(it.key()) ? std::next(it) : m_readers.erase(it);
    for (const QString &workspace : std::as_const(workspaces)) {
        if (auto error = catchUp(workspace))
            return error;
    }
    return {};
}

StoreError IntegrationDispatcher::catchUp(const QString &workspace)
{
    QList<const Integration *> wanting;
    for (const Integration &integration : std::as_const(m_integrations)) {
        if (integration.workspace == workspace)
            wanting << &integration;
    }
    if (wanting.isEmpty())
        return {};
    auto cursor = m_store.integrationCursor(workspace);
    if (!cursor.ok())
        return cursor.error;
    std::shared_ptr<Reader> &reader = m_readers[workspace];
    if (!reader)
        reader = std::make_shared<Reader>();
    bool queued = false;
    for (;;) {
        auto page = m_ops.readSince(workspace, reader->readUpTo, kPageOps, kPageBytes);
        if (!page.ok())
            return page.error;
        if (page.value.isEmpty())
            break;
        const qint64 last = page.value.constLast().seq;
        const qint64 alreadyQueued = cursor.value.value_or(0);
        // The ops are applied in runs, and a run never spans the cursor or the point an
        // integration was added: an event is judged against the state just before it.
        QList<qint64> boundaries {alreadyQueued};
        for (const Integration *integration : std::as_const(wanting))
            boundaries << integration->afterSeq;
        auto crossesBoundary = [&](qint64 from, qint64 to) {
            return std::any_of(boundaries.cbegin(), boundaries.cend(),
                               [&](qint64 b) { return from <= b && b < to; });
        };
        QList<OutboundPost> posts;
        QList<Operation> run;
        QHash<QString, qint64> seqOf; // op id → sequence number
        auto applyRun = [&] {
            for (const IncidentEvent &event : reader->detector.apply(run)) {
                const qint64 seq = seqOf.value(event.cause.toString());
                if (seq <= alreadyQueued)
                    continue;
                for (const Integration *integration : std::as_const(wanting)) {
                    if (seq <= integration->afterSeq || !integration->wants(event.kind))
                        continue;
                    posts << OutboundPost {0,
                                           integration->id,
                                           event.key(),
                                           event.incident.id,
                                           incidentEventName(event.kind),
                                           integration->render(event),
                                           0,
                                           0};
                }
            }
            run.clear();
        };
        qint64 previous = reader->readUpTo;
        for (const SequencedOp &stored : std::as_const(page.value)) {
            if (crossesBoundary(previous, stored.seq))
                applyRun();
            previous = stored.seq;
            auto op = Operation::fromCbor(QCborValue::fromCbor(stored.body), nullptr);
            if (!op)
                continue; // the hub validated it; a body this build cannot read makes no event
            seqOf.insert(op->id.toString(), stored.seq);
            run << *op;
        }
        applyRun();
        if (last > alreadyQueued) {
            if (auto error = m_store.queuePosts(workspace, last, posts)) {
                // The reader is ahead of the cursor now: read the workspace again from the start.
                m_readers.remove(workspace);
                return error;
            }
            cursor.value = last;
        }
        reader->readUpTo = last;
        queued = queued || !posts.isEmpty();
    }
    if (queued)
        Q_EMIT postsQueued();
    return {};
}

} // namespace muster

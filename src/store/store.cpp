// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "core/fields.h"
#include "core/ids.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}
} // namespace

Store::Store(HybridLogicalClock::WallClock wallClock)
    : m_materializer(std::make_unique<Materializer>(m_db))
    , m_clock(std::move(wallClock))
{ }

Store::~Store() = default;

bool Store::isOpen() const
{
    return m_db.isOpen();
}

StoreError Store::open(const QString &path, const QString &workspace)
{
    if (!isValidWorkspaceName(workspace))
        return {StoreError::Code::Invalid, tr("'%1' is not a valid workspace name").arg(workspace.left(80))};
    m_chainHeads.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto error = m_db.open(path)) {
        m_db.close();
        return error;
    }
    const int version = m_db.userVersion();
    // A migration writes, so before one the whole file must be known good; small files are
    // checked at once anyway. Only a large, current database is checked in the background.
    if (version < schema::latestVersion() || QFileInfo(path).size() <= m_inlineIntegrityLimit) {
        if (auto error = Database::checkIntegrity(path)) {
            m_db.close();
            return error;
        }
    } else {
        m_integrity
            = std::async(std::launch::async, [path] { return Database::checkIntegrity(path); }).share();
    }
    if (version > schema::latestVersion()) {
        m_db.close();
        return {StoreError::Code::TooNew,
                tr("%1 was written by a newer version of Muster (schema %2; this one knows up to %3). "
                   "It was left untouched; update Muster to open it.")
                    .arg(path)
                    .arg(version)
                    .arg(schema::latestVersion())};
    }
    if (auto error = schema::migrate(m_db)) {
        m_db.close();
        return error;
    }
    m_workspace = workspace;
    if (auto error = loadLocalState()) {
        m_db.close();
        return error;
    }
    return {};
}

void Store::close()
{
    if (m_integrity.valid())
        m_integrity.wait();
    m_db.close();
    m_chainHeads.clear();
}

StoreError Store::waitForIntegrity()
{
    return m_integrity.valid() ? m_integrity.get() : StoreError {};
}

StoreError Store::loadLocalState()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT key, value FROM local_state"));
    if (auto error = m_db.exec(query))
        return error;
    QString workspace;
    quint64 lastHlc = 0;
    m_replicaId.clear();
    m_ackedCounter = 0;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"replica")
            m_replicaId = query.value(1).toString();
        else if (key == u"workspace")
            workspace = query.value(1).toString();
        else if (key == u"next_counter")
            m_nextCounter = query.value(1).toLongLong();
        else if (key == u"last_hlc")
            lastHlc = query.value(1).toULongLong();
        else if (key == u"acked_counter")
            m_ackedCounter = query.value(1).toLongLong();
    }
    query.finish();
    if (!workspace.isEmpty() && workspace != m_workspace) {
        return {StoreError::Code::Invalid,
                tr("%1 belongs to workspace '%2', not '%3'").arg(m_db.path(), workspace, m_workspace)};
    }
    // The clock never runs backwards across restarts, even when the wall clock does.
    m_clock.observe(HlcTimestamp::fromPacked(lastHlc));
    if (m_replicaId.isEmpty()) {
        m_replicaId = newReplicaId();
        m_nextCounter = 1;
        if (auto error = m_db.begin())
            return error;
        if (auto error = saveLocalState()) {
            m_db.rollback();
            return error;
        }
        return m_db.commit();
    }
    return {};
}

StoreError Store::saveLocalState()
{
    QSqlQuery &upsert
        = m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QString>> facts {
        {QStringLiteral("replica"), m_replicaId},
        {QStringLiteral("workspace"), m_workspace},
        {QStringLiteral("next_counter"), QString::number(m_nextCounter)},
        {QStringLiteral("last_hlc"), QString::number(m_clock.last().packed())},
    };
    for (const auto &[key, value] : facts) {
        if (auto error = m_db.exec(upsert, {key, value}))
            return error;
    }
    return {};
}

StoreResult<QList<Operation>> Store::commitLocal(const QList<Change> &changes, const QString &actor)
{
    if (!isOpen())
        return {{}, {StoreError::Code::Io, tr("The database is not open")}};
    for (const Change &change : changes) {
        if (const QString problem = validateChange(change); !problem.isEmpty())
            return {{}, {StoreError::Code::Invalid, problem}};
    }
    if (changes.isEmpty())
        return {};
    if (auto error = waitForIntegrity())
        return {{}, error};
    if (auto error = m_db.begin())
        return {{}, error};

    const qint64 firstCounter = m_nextCounter;
    QList<Operation> ops;
    ops.reserve(changes.size());
    auto fail = [&](const StoreError &error) -> StoreResult<QList<Operation>> {
        rollback();
        m_nextCounter = firstCounter; // the counters were never committed
        return {{}, error};
    };
    for (const Change &change : changes) {
        Operation op {{m_replicaId, m_nextCounter++},
                      m_clock.now(),
                      actor,
                      m_workspace,
                      change.kind,
                      change.entity,
                      change.field,
                      change.value};
        auto result = m_materializer->apply(op);
        if (!result.ok())
            return fail(result.error);
        ops.append(std::move(op));
    }
    // The new counters are above the acknowledged one, so these ops are pending ("in the
    // outbox") from the moment the counter below is committed with them.
    if (auto error = saveLocalState())
        return fail(error);
    if (auto error = commit()) {
        m_nextCounter = firstCounter;
        return {{}, error};
    }
    return {ops, {}};
}

StoreResult<ApplyReport> Store::applyRemote(const QList<Operation> &ops)
{
    ApplyReport report;
    if (!isOpen())
        return {report, {StoreError::Code::Io, tr("The database is not open")}};
    if (auto error = waitForIntegrity())
        return {report, error};
    if (auto error = m_db.begin())
        return {report, error};
    if (auto error = applyInTransaction(ops, &report)) {
        rollback();
        return {{}, error};
    }
    if (auto error = saveLocalState()) {
        rollback();
        return {{}, error};
    }
    if (auto error = commit())
        return {{}, error};
    return {report, {}};
}

StoreError Store::applyInTransaction(const QList<Operation> &ops, ApplyReport *report, bool relayAccepted)
{
    for (const Operation &op : ops) {
        QString problem = validateOperation(op);
        if (problem.isEmpty() && op.workspace != m_workspace)
            problem = tr("op belongs to workspace '%1'").arg(op.workspace.left(64));
        if (problem.isEmpty() && !m_clock.observe(op.hlc, &problem)) {
            if (relayAccepted) {
                // Applied, and our clock follows: this replica's clock is behind the relay's.
                ++report->clockWarnings;
                m_clock.observeAccepted(op.hlc);
                problem.clear();
            } else {
                problem = tr("op clock rejected: %1").arg(problem);
            }
        }
        if (!problem.isEmpty()) {
            report->rejected.append(op.id.toString() + QStringLiteral(": ") + problem);
            continue;
        }
        auto result = m_materializer->apply(op);
        if (!result.ok())
            return result.error;
        switch (result.value) {
        case Materializer::Outcome::Changed:
            ++report->applied;
            break;
        case Materializer::Outcome::Superseded:
            ++report->superseded;
            break;
        case Materializer::Outcome::Duplicate:
            ++report->duplicates;
            break;
        }
    }
    return {};
}

StoreError Store::commit()
{
    if (auto error = m_materializer->flush()) {
        rollback();
        return error;
    }
    if (auto error = m_db.commit()) {
        m_materializer->discard(); // Database::commit() has rolled back
        m_chainHeads.clear();
        return error;
    }
    return {};
}

void Store::rollback()
{
    m_db.rollback();
    m_materializer->discard();
    m_chainHeads.clear();
}

StoreError Store::rebuildMaterialized()
{
    if (auto error = waitForIntegrity())
        return error;
    if (auto error = m_db.begin())
        return error;
    if (auto error = m_materializer->rebuild()) {
        rollback();
        return error;
    }
    return commit();
}

} // namespace muster

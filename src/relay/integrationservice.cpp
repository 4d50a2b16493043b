// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationservice.h"

#include "core/fields.h"
#include "integrations/pagerduty/pagerdutyevents.h"
#include "relayhub.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

namespace muster {

IntegrationService::IntegrationService(RelayHub &hub, RelayStorage &ops, IntegrationStore &store,
                                       OutboundOptions options, int reloadIntervalMs,
                                       int jiraStatusIntervalMs, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_store(store)
    , m_ops(ops)
    , m_dispatcher(ops, store)
    , m_delivery(store, options)
    , m_jiraReader([this] { return linkedActionItems(); },
                   [this](const QString &workspace, const QList<Change> &changes) {
                       return publishOwn(workspace, changes);
                   },
                   jiraStatusIntervalMs, options.timeoutMs)
{
    m_delivery.setAlreadyDone([this](const Integration &integration, const OutboundPost &post) {
        if (m_unpublished.contains(integration.id + u'/' + post.key))
            return true; // Jira has it; only writing it onto the item is left
        const Task *task = taskOfPost(integration, post);
        return task && !task->tracker.isNull();
    });
    m_delivery.setAnswerTaker(
        [this](const Integration &integration, const OutboundPost &post, const QByteArray &answer) {
            return takeCreatedIssue(integration, post, answer);
        });
    connect(&m_jiraReader, &JiraStatusReader::roundDone, this, &IntegrationService::jiraRoundDone);
    connect(&m_jiraReader, &JiraStatusReader::storageFailed, this, [](const QString &message) {
        qCCritical(lcRelay).noquote() << "Jira status could not be stored:" << message;
    });
    // Queued: the relay's own ops (a Jira key) are stored from inside a delivery's answer, and
    // reading them must not run new posts from in there.
    connect(
        &hub, &RelayHub::stored, this,
        [this](const QString &workspace) { report(workspace, m_dispatcher.catchUp(workspace)); },
        Qt::QueuedConnection);
    connect(&m_dispatcher, &IntegrationDispatcher::postsQueued, this, [this] {
        m_delivery.wake();
        announce();
    });
    connect(&m_delivery, &OutboundDelivery::sent, this, [this](const QString &id, const QString &key) {
        qCInfo(lcRelay).noquote() << "integration" << id << "posted" << key;
        announce();
    });
    connect(&m_delivery, &OutboundDelivery::failed, this, [this](const QString &id, const QString &message) {
        qCWarning(lcRelay).noquote() << "integration" << id << message;
        announce();
    });
    hub.setIntegrationDesk(this);
    connect(&m_delivery, &OutboundDelivery::storageFailed, this,
            [](const QString &message) { qCCritical(lcRelay).noquote() << "integration queue:" << message; });
    m_reload.setInterval(reloadIntervalMs);
    connect(&m_reload, &QTimer::timeout, this, &IntegrationService::reload);
}

StoreError IntegrationService::start()
{
    if (auto error = m_dispatcher.reload())
        return error;
    m_delivery.setIntegrations(m_dispatcher.integrations());
    m_jiraReader.setIntegrations(m_dispatcher.integrations());
    m_jiraReader.readSoon();
    m_reload.start();
    return {};
}

void IntegrationService::reload()
{
    publishUnpublished();
    report(QStringLiteral("reload"), m_dispatcher.reload());
    m_delivery.setIntegrations(m_dispatcher.integrations());
    m_jiraReader.setIntegrations(m_dispatcher.integrations());
    announce();
}

const Task *IntegrationService::taskOfPost(const Integration &integration, const OutboundPost &post) const
{
    if (integration.kind != IntegrationKind::Jira)
        return nullptr;
    const WorkspaceState *state = m_dispatcher.state(integration.workspace);
    if (!state)
        return nullptr;
    const auto incident = state->incidents().constFind(post.incident);
    if (incident == state->incidents().cend())
        return nullptr;
    // The key is "<task id>/action-item" (IncidentEvent::key()).
    const auto task = incident->tasks.constFind(post.key.section(u'/', 0, 0));
    return task == incident->tasks.cend() ? nullptr : &*task;
}

QString IntegrationService::takeCreatedIssue(const Integration &integration, const OutboundPost &post,
                                             const QByteArray &answer)
{
    if (integration.kind != IntegrationKind::Jira)
        return {};
    const auto key = jiraCreatedKey(answer);
    if (!key)
        return QStringLiteral("the answer names no issue");
    qCInfo(lcRelay).noquote() << "integration" << integration.id << "filed" << *key;
    if (const Task *task = taskOfPost(integration, post); task && !task->tracker.isNull()) {
        // Filed meanwhile by other means (a tracker written by hand): keep what the item shows.
        qCWarning(lcRelay).noquote() << "integration" << integration.id << "filed" << *key << "for an item"
                                     << "already linked to" << task->tracker.key;
        return {};
    }
    TrackerIssue issue;
    issue.key = *key;
    issue.url = jiraBrowseUrl(integration.url, *key);
    issue.integration = integration.id;
    const Change change {OpKind::Set, incidentEntity(post.incident),
                         taskField(post.key.section(u'/', 0, 0), taskattr::tracker), issue.toCbor()};
    if (auto error = publishOwn(integration.workspace, {change})) {
        // Jira has the issue: never ask for it again. The key is written onto the item at the
        // next reload (every 10 s) once the relay can store it.
        qCCritical(lcRelay).noquote() << "integration" << integration.id << "filed" << *key
                                      << "but cannot store it yet:" << error.message;
        m_unpublished.insert(integration.id + u'/' + post.key, {integration.workspace, change});
        return {};
    }
    m_jiraReader.readSoon();
    return {};
}

StoreError IntegrationService::publishOwn(const QString &workspace, const QList<Change> &changes)
{
    // After whatever the registers hold now, so a relay whose clock went back still wins them.
    HlcTimestamp after;
    if (const WorkspaceState *state = m_dispatcher.state(workspace)) {
        for (const Change &change : changes) {
            if (const auto stamp = state->registerStamp(change.entity, change.field); stamp && *stamp > after)
                after = *stamp;
        }
    }
    return m_hub.publish(workspace, changes, after);
}

void IntegrationService::publishUnpublished()
{
    for (auto it = m_unpublished.begin(); it != m_unpublished.end();) {
        if (publishOwn(it->first, {it->second})) {
            ++it;
            continue;
        }
        it = m_unpublished.erase(it);
        m_jiraReader.readSoon();
    }
}

QList<LinkedActionItem> IntegrationService::linkedActionItems() const
{
    QList<LinkedActionItem> out;
    QSet<QString> workspaces;
    for (const Integration &integration : m_dispatcher.integrations()) {
        if (integration.kind == IntegrationKind::Jira)
            workspaces.insert(integration.workspace);
    }
    for (const QString &workspace : std::as_const(workspaces)) {
        const WorkspaceState *state = m_dispatcher.state(workspace);
        if (!state)
            continue;
        for (const Incident &incident : state->incidents()) {
            for (const Task &task : incident.tasks) {
                if (!task.tracker.isNull())
                    out << LinkedActionItem {workspace, incident.id, task};
            }
        }
    }
    return out;
}

void IntegrationService::jiraRoundDone(const QString &integrationId, const QString &problem)
{
    const auto integration
        = std::find_if(m_dispatcher.integrations().cbegin(), m_dispatcher.integrations().cend(),
                       [&](const Integration &i) { return i.id == integrationId; });
    if (integration == m_dispatcher.integrations().cend())
        return;
    // A reader's problem becomes the last error and a round without one clears it, unless a
    // post waits or the integration is paused: that failure is the one to show.
    if (integration->lastError == problem)
        return;
    const auto waiting = m_store.waitingPosts(integrationId);
    if (!integration->paused.isEmpty() || !waiting.ok() || waiting.value > 0)
        return;
    if (!problem.isEmpty())
        qCWarning(lcRelay).noquote() << "integration" << integrationId << problem;
    if (auto failure = m_store.recordReceived(integrationId, QDateTime::currentMSecsSinceEpoch(), problem))
        qCCritical(lcRelay).noquote() << "integrations:" << failure.message;
    reload(); // the integrations as stored now, for the next round and the clients
}

void IntegrationService::announce()
{
    QSet<QString> workspaces;
    for (const Integration &integration : m_dispatcher.integrations())
        workspaces.insert(integration.workspace);
    for (auto it = m_told.cbegin(); it != m_told.cend(); ++it)
        workspaces.insert(it.key());
    for (const QString &workspace : std::as_const(workspaces)) {
        const auto now = integrationInfo(workspace);
        if (!now.ok() || (m_told.contains(workspace) && m_told.value(workspace) == now.value))
            continue;
        if (now.value.isEmpty())
            m_told.remove(workspace);
        else
            m_told.insert(workspace, now.value);
        m_hub.integrationsChanged(workspace);
    }
}

StoreResult<QList<protocol::IntegrationInfo>> IntegrationService::integrationInfo(const QString &workspace)
{
    const auto all = m_store.integrations();
    if (!all.ok())
        return {{}, all.error};
    QList<protocol::IntegrationInfo> out;
    for (const Integration &i : all.value) {
        if (i.workspace != workspace)
            continue;
        const auto waiting = m_store.waitingPosts(i.id);
        if (!waiting.ok())
            return {{}, waiting.error};
        out << protocol::IntegrationInfo {i.id,
                                          integrationKindName(i.kind),
                                          i.name,
                                          targetOf(i),
                                          eventListName(i.events).split(u',', Qt::SkipEmptyParts),
                                          i.options.includeUpdateText,
                                          i.paused.left(500),
                                          i.lastError.left(500),
                                          i.lastErrorAtMs,
                                          i.lastDeliveredAtMs,
                                          waiting.value,
                                          i.jira.project,
                                          i.jira.issueType,
                                          i.jira.user};
    }
    return {out, {}};
}

QString IntegrationService::manageIntegration(const QString &workspace,
                                              const protocol::ManageIntegration &request)
{
    const auto all = m_store.integrations();
    if (!all.ok())
        return QStringLiteral("the relay cannot read its integrations: %1").arg(all.error.message);
    const auto mine = std::count_if(all.value.cbegin(), all.value.cend(),
                                    [&](const Integration &i) { return i.workspace == workspace; });
    if (request.action == u"add") {
        const JiraSettings jira {request.project.trimmed(), request.issueType.trimmed(),
                                 request.user.trimmed()};
        if (const QString problem = validateIntegrationRequest(request.kind, request.name, request.url,
                                                               request.events, request.key, jira);
            !problem.isEmpty())
            return problem;
        if (mine >= kMaxPerWorkspace)
            return QStringLiteral("this workspace already has %1 integrations, the most it may have")
                .arg(mine);
        if (const QString jira = jiraIntegrationOf(all.value, workspace);
            request.kind == u"jira" && !jira.isEmpty())
            return QStringLiteral(
                       "this workspace files action items in Jira already (%1); remove that one first")
                .arg(jira);
        const auto head = m_ops.head(workspace);
        if (!head.ok())
            return QStringLiteral("the relay cannot read its storage: %1").arg(head.error.message);
        Integration integration;
        integration.id = newIntegrationId();
        integration.workspace = workspace;
        integration.kind = *integrationKindFromName(request.kind);
        integration.name = request.name.trimmed();
        const bool pagerDuty = integration.kind == IntegrationKind::PagerDuty;
        integration.url = pagerDuty && request.url.trimmed().isEmpty()
            ? QString::fromLatin1(kPagerDutyEventsUrl)
            : request.url.trimmed();
        const bool incoming = integration.kind == IntegrationKind::PagerDutyWebhook;
        const bool jiraKind = integration.kind == IntegrationKind::Jira;
        integration.secret = pagerDuty || incoming || jiraKind ? request.key.trimmed() : QString();
        integration.events = incoming ? QList<IncidentEventKind>()
            : jiraKind                ? defaultEvents(IntegrationKind::Jira)
                       : eventListFromName(request.events.join(u',')).value_or(QList<IncidentEventKind>());
        if (jiraKind) {
            integration.url = jiraSite(integration.url);
            integration.jira = jira;
        }
        integration.options.includeUpdateText = request.updateText;
        integration.afterSeq = head.value;
        integration.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        if (auto error = m_store.saveIntegration(integration))
            return QStringLiteral("the relay cannot save the integration: %1").arg(error.message);
    } else {
        const bool known = std::any_of(all.value.cbegin(), all.value.cend(), [&](const Integration &i) {
            return i.workspace == workspace && i.id == request.integration;
        });
        if (!known)
            return QStringLiteral("there is no integration %1 in this workspace")
                .arg(request.integration.left(40));
        const auto done = request.action == u"remove"
            ? m_store.removeIntegration(request.integration)
            : m_store.resumeIntegration(request.integration, QDateTime::currentMSecsSinceEpoch());
        if (!done.ok())
            return QStringLiteral("the relay cannot change the integration: %1").arg(done.error.message);
    }
    reload();
    return {};
}

void IntegrationService::report(const QString &what, const StoreError &error)
{
    // Nothing is lost: the cursor did not move, and the next store or reload reads again.
    if (error)
        qCCritical(lcRelay).noquote()
            << "integrations:" << what << "could not be read or queued:" << error.message;
}

} // namespace muster

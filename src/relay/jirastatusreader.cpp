// SPDX-License-Identifier: GPL-3.0-or-later
#include "jirastatusreader.h"

#include "core/fields.h"

#include <QNetworkReply>

namespace muster {

namespace {
constexpr int kMaxPerRound = 500;
} // namespace

JiraStatusReader::JiraStatusReader(Source source, Publish publish, int intervalMs, int timeoutMs,
                                   QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_publish(std::move(publish))
{
    m_network.setTransferTimeout(timeoutMs);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &JiraStatusReader::startRound);
}

JiraStatusReader::~JiraStatusReader()
{
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->abort();
    }
}

void JiraStatusReader::setIntegrations(const QList<Integration> &integrations)
{
    m_integrations.clear();
    for (const Integration &integration : integrations) {
        if (integration.kind == IntegrationKind::Jira)
            m_integrations.insert(integration.id, integration);
    }
    if (m_integrations.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void JiraStatusReader::readSoon()
{
    if (!m_inFlight && m_round.isEmpty())
        QTimer::singleShot(0, this, &JiraStatusReader::startRound);
    else
        m_again = true; // a round is under way: another follows it
}

bool JiraStatusReader::wantsReading(const Task &task)
{
    return !task.tracker.isNull() && (!task.tracker.isDone() || task.status == TaskStatus::Open);
}

void JiraStatusReader::startRound()
{
    if (m_inFlight || !m_round.isEmpty() || m_integrations.isEmpty())
        return;
    m_again = false;
    // Only through an integration of the item's own workspace that is not paused (a refused
    // token is not tried again until someone fixes it).
    QList<LinkedActionItem> wanted;
    for (const LinkedActionItem &item : m_source()) {
        const auto integration = m_integrations.constFind(item.task.tracker.integration);
        if (wantsReading(item.task) && integration != m_integrations.cend()
            && integration->workspace == item.workspace && integration->paused.isEmpty())
            wanted << item;
    }
    // At most kMaxPerRound a round, going on where the last one stopped, so all are read in turn.
    const qsizetype start = wanted.isEmpty() ? 0 : m_nextStart % wanted.size();
    for (qsizetype i = 0; i < wanted.size() && m_round.size() < kMaxPerRound; ++i)
        m_round << wanted.at((start + i) % wanted.size());
    m_nextStart = start + m_round.size();
    m_problems.clear();
    for (const QString &id : m_integrations.keys())
        m_problems.insert(id, QString());
    next();
}

void JiraStatusReader::next()
{
    while (!m_round.isEmpty()) {
        m_reading = m_round.takeFirst();
        const auto integration = m_integrations.constFind(m_reading.task.tracker.integration);
        if (integration == m_integrations.cend())
            continue; // removed meanwhile
        QNetworkRequest request {QUrl(jiraIssueStatusUrl(integration->url, m_reading.task.tracker.key))};
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", integration->authorization());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("muster-relay/" MUSTER_VERSION));
        m_inFlight = m_network.get(request);
        QNetworkReply *reply = m_inFlight;
        connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
        return;
    }
    // The round is over: say how it went for each integration.
    const auto problems = std::exchange(m_problems, {});
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        Q_EMIT roundDone(it.key(), it.value());
    if (m_again)
        QTimer::singleShot(0, this, &JiraStatusReader::startRound);
}

void JiraStatusReader::finished(QNetworkReply *reply)
{
    m_inFlight = nullptr;
    reply->deleteLater();
    const QString id = m_reading.task.tracker.integration;
    const auto integration = m_integrations.constFind(id);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString key = m_reading.task.tracker.key;
    QString problem;
    if (integration == m_integrations.cend()) {
        // removed while the request was out
    } else if (status == 200) {
        const auto read = jiraIssueStatus(reply->readAll());
        TrackerIssue issue = m_reading.task.tracker;
        if (!read) {
            problem = QStringLiteral("reading %1's status from %2: the answer names no status")
                          .arg(key, targetOf(integration->url));
        } else if (read->name != issue.status || read->category != issue.category) {
            issue.status = read->name;
            issue.category = read->category;
            const Change change {OpKind::Set, incidentEntity(m_reading.incident),
                                 taskField(m_reading.task.id, taskattr::tracker), issue.toCbor()};
            if (auto error = m_publish(m_reading.workspace, {change}))
                Q_EMIT storageFailed(error.message);
        }
    } else if (status == 404) {
        // Deleted in Jira, or the account may no longer see it: the link stays as it was.
        problem = QStringLiteral("%1 is not found on %2 (deleted, or hidden from the token's account?)")
                      .arg(key, targetOf(integration->url));
    } else if (status == 401 || status == 403) {
        problem = QStringLiteral("HTTP %1 from %2 reading %3's status (is the token right?)")
                      .arg(status)
                      .arg(targetOf(integration->url), key);
        // The token is refused: asking again for every other issue could lock the account.
        m_round.removeIf([&](const LinkedActionItem &item) { return item.task.tracker.integration == id; });
    } else {
        problem = QStringLiteral("%1 from %2 reading %3's status")
                      .arg(status == 0 ? QStringLiteral("no answer") : QStringLiteral("HTTP %1").arg(status),
                           targetOf(integration->url), key);
    }
    if (!problem.isEmpty() && m_problems.value(id).isEmpty())
        m_problems.insert(id, problem);
    next();
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerdutyreceiver.h"

#include "integrations/pagerduty/pagerdutywebhook.h"
#include "integrationstore.h"
#include "relayhub.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

namespace muster {

namespace {

QByteArray text(const QString &sentence)
{
    return sentence.toUtf8() + '\n';
}

protocol::AlertRecord recordOf(const pagerduty::IncidentWebhook &w)
{
    protocol::AlertRecord record;
    record.fingerprint = w.id;
    record.labels.insert(QStringLiteral("alertname"), w.title);
    if (!w.service.isEmpty())
        record.labels.insert(QStringLiteral("service"), w.service);
    // PagerDuty's urgency is what the inbox reads as severity: high pages, low waits.
    record.labels.insert(QStringLiteral("severity"),
                         w.urgency == u"high" ? QStringLiteral("critical") : QStringLiteral("warning"));
    if (!w.priority.isEmpty())
        record.labels.insert(QStringLiteral("priority"), w.priority);
    record.annotations.insert(QStringLiteral("summary"), w.title);
    record.annotations.insert(QStringLiteral("description"),
                              QStringLiteral("PagerDuty incident #%1, %2").arg(w.number).arg(w.status));
    if (!w.htmlUrl.isEmpty())
        record.annotations.insert(QStringLiteral("pagerduty_url"), w.htmlUrl);
    record.startsAt = w.createdAtMs;
    record.generatorUrl = w.htmlUrl;
    record.source = PagerDutyReceiver::source();
    return record;
}

} // namespace

PagerDutyReceiver::PagerDutyReceiver(RelayHub &hub, IntegrationStore &store, QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_store(store)
{ }

HttpResponse PagerDutyReceiver::handle(const HttpRequest &request, const QString &workspace)
{
    if (request.method != "POST")
        return {405, text(QStringLiteral("Only POST: this is where PagerDuty delivers webhooks."))};
    const auto all = m_store.integrations();
    if (!all.ok())
        return {503,
                text(QStringLiteral("The relay cannot read its integrations; PagerDuty will send again."))};
    QList<Integration> receivers;
    for (const Integration &integration : all.value) {
        if (integration.workspace == workspace && integration.kind == IntegrationKind::PagerDutyWebhook)
            receivers << integration;
    }
    if (receivers.isEmpty())
        return {404,
                text(QStringLiteral("No PagerDuty webhook is set up for this workspace "
                                    "(muster-relay integration add --kind pagerduty-webhook)."))};
    const QByteArray signature = request.headers.value("x-pagerduty-signature");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Integration *signer = nullptr;
    for (const Integration &integration : std::as_const(receivers)) {
        if (pagerduty::signatureMatches(request.body, signature, integration.secret.toUtf8()))
            signer = &integration;
    }
    if (!signer) {
        ++m_refused;
        const QString why = signature.isEmpty() ? QStringLiteral("no X-PagerDuty-Signature")
                                                : QStringLiteral("a signature that does not match the body");
        qCWarning(lcRelay).noquote().nospace()
            << "PagerDuty webhook for " << workspace << " from " << request.peer.toString() << " refused ("
            << m_refused << " so far): " << why;
        for (const Integration &integration : std::as_const(receivers))
            m_store.recordReceived(
                integration.id, now,
                QStringLiteral("refused a webhook from %1 with %2").arg(request.peer.toString(), why));
        emit received(workspace);
        return {401, text(QStringLiteral("Unauthorized: %1.").arg(why))};
    }
    const pagerduty::ParseResult parsed = pagerduty::parseWebhook(request.body);
    if (!parsed.ok())
        return {400, text(QStringLiteral("Not a PagerDuty v3 webhook: %1.").arg(parsed.error))};
    m_store.recordReceived(signer->id, now, {});
    emit received(workspace);
    if (!parsed.webhook.aboutAnIncident)
        return {200, text(QStringLiteral("ok, not about an incident: nothing to do"))};
    const pagerduty::IncidentWebhook &w = parsed.webhook;
    QList<protocol::AlertRecord> firing;
    if (!w.resolved())
        firing << recordOf(w);
    // One group per PagerDuty incident: each webhook says all there is of it now.
    if (auto error = m_hub.receiveAlerts(workspace, source(), w.id, firing))
        return {503, text(QStringLiteral("The relay could not store it; PagerDuty will send it again."))};
    qCInfo(lcRelay).noquote() << "PagerDuty" << w.eventType << w.id << "for" << workspace;
    return {200, "ok\n"};
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookendpoint.h"

#include "core/ids.h"
#include "pagerdutyreceiver.h"
#include "relayhub.h"
#include "tokenauthority.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

namespace muster {

namespace {

// Answers go to Alertmanager's log and to whoever runs curl: plain English, like HTTP itself.
QByteArray text(const char *sentence)
{
    return QByteArray(sentence) + '\n';
}

constexpr qsizetype kMaxFingerprint = 64;
constexpr qsizetype kMaxValue = 4096;
const QString kPrefix = QStringLiteral("/alertmanager/");
const QString kPagerDutyPrefix = QStringLiteral("/pagerduty/");

} // namespace

WebhookEndpoint::WebhookEndpoint(RelayHub &hub, TokenAuthority &authority, HttpReceiverOptions options,
                                 QObject *parent)
    : QObject(parent)
    , m_hub(hub)
    , m_authority(authority)
    , m_receiver([this](const HttpRequest &request) { return handle(request); }, options)
{ }

bool WebhookEndpoint::listen(const QHostAddress &address, quint16 port)
{
    m_address = address;
    return m_receiver.listen(address, port);
}

QString WebhookEndpoint::url() const
{
    QString host = m_address.toString();
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QStringLiteral("%1://%2:%3")
        .arg(m_receiver.secure() ? u"https" : u"http", host)
        .arg(m_receiver.port());
}

bool WebhookEndpoint::toRecord(const alerts::Alert &alert, const QString &source, protocol::AlertRecord *out)
{
    if (alert.fingerprint.size() > kMaxFingerprint)
        return false;
    out->fingerprint = alert.fingerprint;
    out->labels.clear();
    out->annotations.clear();
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
        out->labels.insert(it.key().left(kMaxValue), it.value().left(kMaxValue));
    for (auto it = alert.annotations.cbegin(); it != alert.annotations.cend(); ++it)
        out->annotations.insert(it.key().left(kMaxValue), it.value().left(kMaxValue));
    out->startsAt = alert.startsAtMs;
    out->generatorUrl = alert.generatorUrl.left(kMaxValue);
    out->source = source.left(kMaxValue);
    return true;
}

HttpResponse WebhookEndpoint::handle(const HttpRequest &request)
{
    if (m_pagerDuty && request.path.startsWith(kPagerDutyPrefix)) {
        const QString workspace = request.path.mid(kPagerDutyPrefix.size());
        if (!isValidWorkspaceName(workspace))
            return {404, text("That is not a workspace name.")};
        return m_pagerDuty->handle(request, workspace);
    }
    if (!request.path.startsWith(kPrefix))
        return {404, text("Not found. Alertmanager posts to /alertmanager/WORKSPACE.")};
    const QString workspace = request.path.mid(kPrefix.size());
    if (!isValidWorkspaceName(workspace))
        return {404, text("That is not a workspace name.")};
    if (request.method != "POST")
        return {405, text("Only POST: this is where Alertmanager delivers webhooks.")};
    const AuthResult auth = m_authority.authenticate(request.headers.value("authorization"), request.peer,
                                                     TokenAuthority::Use::Webhook, workspace);
    if (!auth.granted()) {
        if (auth.outcome == AuthResult::Outcome::StorageFailed)
            return {503, text("The relay cannot read its tokens; Alertmanager will send again.")};
        ++m_refused;
        qCWarning(lcRelay).nospace() << "webhook for " << workspace << " from " << request.peer.toString()
                                     << " refused (" << m_refused << " so far): " << auth.reason;
        if (auth.outcome == AuthResult::Outcome::Throttled) {
            const qint64 seconds = (m_authority.throttle().retryAfterMs(request.peer) + 999) / 1000;
            return {429,
                    text("Too many failed attempts from this address; try again later."),
                    {{"Retry-After", QByteArray::number(seconds)}}};
        }
        return {401,
                "Unauthorized: " + auth.reason.toUtf8() + ". Send a webhook token of this workspace.\n",
                {{"WWW-Authenticate", "Bearer realm=\"muster-relay\""}}};
    }
    const alerts::ParseResult parsed = alerts::parseWebhook(request.body);
    if (!parsed.ok())
        return {400, "Not an Alertmanager webhook: " + parsed.error.toUtf8() + '\n'};
    QList<protocol::AlertRecord> firing;
    for (const alerts::Alert &alert : parsed.alerts) {
        protocol::AlertRecord record;
        if (alert.state != alerts::AlertState::Resolved && toRecord(alert, parsed.externalUrl, &record))
            firing.append(record);
    }
    if (auto error = m_hub.receiveAlerts(workspace, parsed.externalUrl, parsed.groupKey, firing))
        return {503, text("The relay could not store the alerts; Alertmanager will send them again.")};
    return {200, "ok\n"};
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// musterctl's Alertmanager commands: `alerts` lists what fires, `acknowledge` declares an
// incident from alerts (or links them to one under way) exactly as the detection inbox does.
#include "core/ids.h"
#include "integrations/alertmanager/alertgroup.h"
#include "integrations/alertmanager/alertmanagerpoller.h"
#include "musterctl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

struct Fetched
{
    QList<alerts::Alert> alerts;
    QString error;
};

// One answer from Alertmanager, or the sentence saying why there is none.
Fetched fetchAlerts(const QUrl &base, int timeoutSeconds)
{
    alerts::AlertmanagerPoller poller(base, {3'600'000, 3'600'000, qMax(1, timeoutSeconds) * 1000});
    Fetched out;
    QEventLoop loop;
    QObject::connect(&poller, &alerts::AlertmanagerPoller::alertsReceived, &loop,
                     [&](const QList<alerts::Alert> &alerts) {
                         out.alerts = alerts;
                         loop.quit();
                     });
    QObject::connect(&poller, &alerts::AlertmanagerPoller::unreachable, &loop, [&](const QString &message) {
        out.error = message;
        loop.quit();
    });
    poller.pollNow();
    loop.exec();
    return out;
}

QString stateName(const alerts::Alert &alert)
{
    if (alert.isSilenced())
        return QStringLiteral("silenced");
    if (alert.isInhibited())
        return QStringLiteral("inhibited");
    return QStringLiteral("firing");
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}
} // namespace

int Musterctl::alerts()
{
    const Fetched fetched = fetchAlerts(m_line.alertmanager, m_line.timeoutSeconds);
    if (!fetched.error.isEmpty())
        return fail(exitcode::AlertmanagerUnreachable, fetched.error);
    const auto links = m_store.alertLinks();
    if (!links.ok())
        return fail(exitcode::Failure, links.error.message);
    QHash<QString, QString> incidentOf;
    for (const AlertLink &link : links.value)
        incidentOf.insert(link.alert.fingerprint, link.incidentId);

    QList<alerts::Alert> firing;
    for (const alerts::Alert &alert : fetched.alerts) {
        if (alert.state != alerts::AlertState::Resolved)
            firing.append(alert);
    }
    // Most severe first, then oldest, as in the detection inbox.
    std::sort(firing.begin(), firing.end(), [](const alerts::Alert &a, const alerts::Alert &b) {
        return std::tuple(int(a.severity()), a.startsAtMs, a.fingerprint)
            < std::tuple(int(b.severity()), b.startsAtMs, b.fingerprint);
    });
    if (m_line.json) {
        QJsonArray out;
        for (const alerts::Alert &alert : std::as_const(firing)) {
            out.append(QJsonObject {{QStringLiteral("fingerprint"), alert.fingerprint},
                                    {QStringLiteral("name"), alert.name()},
                                    {QStringLiteral("service"), alert.service()},
                                    {QStringLiteral("severity"), int(alert.severity())},
                                    {QStringLiteral("state"), stateName(alert)},
                                    {QStringLiteral("startsAt"), utc(alert.startsAtMs)},
                                    {QStringLiteral("summary"), alert.summary()},
                                    {QStringLiteral("incident"), incidentOf.value(alert.fingerprint)}});
        }
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return exitcode::Ok;
    }
    if (firing.isEmpty()) {
        m_out << tr("Nothing is firing in %1.").arg(m_line.alertmanager.toDisplayString()) << Qt::endl;
        return exitcode::Ok;
    }
    for (const alerts::Alert &alert : std::as_const(firing)) {
        const QString what
            = alert.service().isEmpty() ? alert.name() : tr("%1 on %2").arg(alert.name(), alert.service());
        m_out << alert.fingerprint << "  " << severityLabel(alert.severity()) << "  " << stateName(alert)
              << "  " << tr("since %1").arg(formatLogTime(alert.startsAtMs)) << "  " << what;
        if (incidentOf.contains(alert.fingerprint))
            m_out << "  " << tr("[incident %1]").arg(incidentOf.value(alert.fingerprint));
        m_out << Qt::endl;
    }
    return exitcode::Ok;
}

int Musterctl::acknowledge()
{
    const Fetched fetched = fetchAlerts(m_line.alertmanager, m_line.timeoutSeconds);
    if (!fetched.error.isEmpty())
        return fail(exitcode::AlertmanagerUnreachable, fetched.error);
    const QString source = m_line.alertmanager.toDisplayString();
    QList<alerts::SourcedAlert> chosen;
    for (const QString &fingerprint : std::as_const(m_line.arguments)) {
        const auto alert
            = std::find_if(fetched.alerts.cbegin(), fetched.alerts.cend(), [&](const alerts::Alert &a) {
                  return a.fingerprint == fingerprint && a.state != alerts::AlertState::Resolved;
              });
        if (alert == fetched.alerts.cend())
            return fail(exitcode::NotFound, tr("no firing alert '%1' in %2").arg(fingerprint, source));
        if (std::none_of(chosen.cbegin(), chosen.cend(),
                         [&](const alerts::SourcedAlert &c) { return c.alert.fingerprint == fingerprint; }))
            chosen.append({source, *alert});
    }
    Declaration declaration = alerts::declarationFromAlerts(chosen);

    if (!m_line.incident.isEmpty()) {
        int code = exitcode::Ok;
        const auto incident = findIncident(m_line.incident, &code);
        if (!incident)
            return code;
        const QList<Change> changes
            = changes::attachAlerts(*incident, declaration.alerts, declaration.detectedAtMs);
        if (changes.isEmpty()) {
            m_out << incident->id << Qt::endl; // already linked: nothing to do
            return exitcode::Ok;
        }
        return commit(changes, incident->id);
    }

    // Acknowledging the same alerts twice must not declare a second incident: a script that
    // retries gets the incident they already belong to.
    const auto links = m_store.alertLinks();
    if (!links.ok())
        return fail(exitcode::Failure, links.error.message);
    QSet<QString> linkedTo;
    int linked = 0;
    for (const LinkedAlert &alert : std::as_const(declaration.alerts)) {
        bool found = false;
        for (const AlertLink &link : links.value) {
            if (link.alert.fingerprint == alert.fingerprint) {
                linkedTo.insert(link.incidentId);
                found = true;
            }
        }
        linked += found ? 1 : 0;
    }
    if (linkedTo.size() == 1 && linked == declaration.alerts.size()) {
        m_out << *linkedTo.cbegin() << Qt::endl;
        return exitcode::Ok;
    }
    if (!linkedTo.isEmpty()) {
        QStringList ids(linkedTo.cbegin(), linkedTo.cend());
        ids.sort();
        return fail(exitcode::Invalid,
                    tr("already part of incident %1; add the others with --incident %1")
                        .arg(ids.join(QStringLiteral(", "))));
    }
    declaration.commanderId = m_userId;
    declaration.commanderName = m_line.user;
    const QString id = newEntityId(QDateTime::currentMSecsSinceEpoch());
    return commit(changes::declareIncident(id, declaration, QDateTime::currentMSecsSinceEpoch()), id);
}

} // namespace muster

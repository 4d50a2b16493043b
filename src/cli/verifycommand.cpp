// SPDX-License-Identifier: GPL-3.0-or-later
// musterctl verify: recomputes each incident's log chain from the entries in this database and
// compares it with the links recorded when the relay sequenced them, and reports where a sync
// found this replica's chain differ from the relay's. What a retrospective's evidence rests on.
#include "integrations/export/incidentjson.h"
#include "musterctl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

QJsonObject checkJson(const ChainCheck &check, const QString &title)
{
    QJsonObject out = logChainJson(check.status);
    out.insert(QStringLiteral("id"), check.status.incidentId);
    out.insert(QStringLiteral("title"), title);
    out.insert(QStringLiteral("holds"), check.holds());
    out.insert(QStringLiteral("firstBad"),
               check.verdict.firstBad > 0 ? QJsonValue(check.verdict.firstBad) : QJsonValue());
    out.insert(QStringLiteral("problem"), check.verdict.problem);
    return out;
}
} // namespace

int Musterctl::verify()
{
    QString only;
    if (!m_line.arguments.isEmpty()) {
        int code = exitcode::Ok;
        const auto incident = findIncident(m_line.arguments.at(0), &code);
        if (!incident)
            return code;
        only = incident->id;
    }
    const auto checks = m_store.verifyChains();
    if (!checks.ok())
        return fail(exitcode::Failure, checks.error.message);
    int broken = 0;
    int checked = 0;
    QJsonArray json;
    for (const ChainCheck &check : checks.value) {
        if (!only.isEmpty() && check.status.incidentId != only)
            continue;
        ++checked;
        broken += check.holds() ? 0 : 1;
        const auto incident = m_store.incident(check.status.incidentId);
        const QString title = incident.ok() && incident.value ? incident.value->title : QString();
        if (m_line.json) {
            json.append(checkJson(check, title));
            continue;
        }
        const ChainStatus &status = check.status;
        m_out << status.incidentId << "  " << title << Qt::endl;
        if (status.head.isNull())
            m_out << "  " << tr("no entry sequenced by a relay yet") << Qt::endl;
        else
            m_out
                << "  "
                << tr("%1 entries, head %2").arg(status.head.position).arg(logchain::toHex(status.head.hash))
                << Qt::endl;
        if (status.unchained > 0)
            m_out << "  " << tr("%1 entries not yet sequenced by the relay").arg(status.unchained)
                  << Qt::endl;
        if (check.verdict.firstBad > 0)
            m_out << "  " << tr("BROKEN: %1").arg(check.verdict.problem) << Qt::endl;
        if (const auto &d = status.divergence) {
            m_out << "  "
                  << tr("DIFFERS from the relay's chain from entry %1 (%2), found %3: local %4, relay %5")
                         .arg(d->position)
                         .arg(d->entry.toString(), isoTime(d->detectedAtMs), logchain::toHex(d->localHash),
                              logchain::toHex(d->relayHash))
                  << Qt::endl;
        }
        if (check.holds())
            m_out << "  " << tr("holds") << Qt::endl;
    }
    if (m_line.json) {
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("workspace"), m_line.workspace},
                                            {QStringLiteral("holds"), broken == 0},
                                            {QStringLiteral("incidents"), json}})
                     .toJson(QJsonDocument::Indented);
    } else if (broken == 0) {
        m_out << tr("%1 incidents checked: every chain holds.").arg(checked) << Qt::endl;
    }
    if (broken > 0)
        return fail(exitcode::ChainBroken,
                    tr("%1 of %2 incidents: the log's chain does not hold").arg(broken).arg(checked));
    return exitcode::Ok;
}

} // namespace muster

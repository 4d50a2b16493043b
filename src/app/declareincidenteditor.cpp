// SPDX-License-Identifier: GPL-3.0-or-later
#include "declareincidenteditor.h"

#include "commsdesk.h"
#include "core/changes.h"
#include "core/fields.h"
#include "core/ids.h"
#include "detectioninbox.h"
#include "musterapp.h"

#include <QCoreApplication>

namespace muster {

DeclareIncidentEditor::DeclareIncidentEditor(QObject *parent)
    : QObject(parent)
{ }

void DeclareIncidentEditor::setApp(MusterApp *app)
{
    if (m_app != app) {
        m_app = app;
        emit appChanged();
    }
}

void DeclareIncidentEditor::setTitle(const QString &v)
{
    assign(m_title, v);
}
void DeclareIncidentEditor::setSeverity(int v)
{
    assign(m_severity, v);
}
void DeclareIncidentEditor::setSummary(const QString &v)
{
    assign(m_summary, v);
}
void DeclareIncidentEditor::setServices(const QString &v)
{
    assign(m_services, v);
}
void DeclareIncidentEditor::setImpact(const QString &v)
{
    assign(m_impact, v);
}
void DeclareIncidentEditor::setDrill(bool v)
{
    assign(m_drill, v);
}
void DeclareIncidentEditor::setOtherTeamsNeeded(bool v)
{
    assign(m_otherTeams, v);
}
void DeclareIncidentEditor::setCustomerVisible(bool v)
{
    assign(m_customerVisible, v);
}
void DeclareIncidentEditor::setUnresolvedAfterHour(bool v)
{
    assign(m_unresolvedHour, v);
}

QString DeclareIncidentEditor::problem() const
{
    if (const QString p
        = validateIncidentDetails(m_title, m_summary, m_impact, MusterApp::splitList(m_services));
        !p.isEmpty())
        return p;
    if (!severityFromInt(m_severity))
        return QCoreApplication::translate("muster", "Pick a severity. Unsure? Pick the higher one.");
    if (!m_app || m_app->userId().isEmpty())
        return QCoreApplication::translate("muster", "Muster is still starting.");
    return {};
}

bool DeclareIncidentEditor::submit()
{
    if (!valid() || m_busy)
        return false;
    Declaration d;
    d.title = m_title;
    d.severity = *severityFromInt(m_severity);
    d.summary = m_summary;
    d.services = MusterApp::splitList(m_services);
    d.impact = m_impact;
    d.bridge = m_app->comms()->settings().defaultBridge;
    d.drill = m_drill;
    d.askOtherTeams = m_otherTeams;
    d.askCustomerVisible = m_customerVisible;
    d.askUnresolvedHour = m_unresolvedHour;
    d.commanderId = m_app->userId();
    d.commanderName = m_app->userName();
    d.alerts = m_alerts;
    d.detectedAtMs = m_detectedAtMs;
    const QString id = newEntityId(m_app->nowMs());
    m_busy = true;
    emit busyChanged();
    m_app->commit(changes::declareIncident(id, d, m_app->nowMs()), this, [this, id](bool ok) {
        m_busy = false;
        emit busyChanged();
        if (ok) {
            emit declared(id);
            clear();
        } else {
            emit failed(m_app->notice());
        }
    });
    return true;
}

bool DeclareIncidentEditor::fillFromAlerts(const QString &groupKey)
{
    if (!m_app)
        return false;
    const QList<alerts::AlertGroup> &groups = m_app->detection()->groups()->groups();
    const auto group = std::find_if(groups.cbegin(), groups.cend(),
                                    [&groupKey](const alerts::AlertGroup &g) { return g.key == groupKey; });
    if (group == groups.cend())
        return false;
    clear();
    // "checkout-api: p99 latency above 2 s", short enough for a title; the responder edits it.
    QString title
        = group->service.isEmpty() ? group->summary : tr("%1: %2").arg(group->service, group->summary);
    title = title.simplified().left(limits::titleChars);
    m_title = title;
    m_severity = int(group->severity);
    m_services = group->service;
    m_summary = group->description.isEmpty() ? group->summary : group->description;
    m_alerts = m_app->detection()->linksOfGroup(groupKey, &m_detectedAtMs);
    emit changed();
    return true;
}

void DeclareIncidentEditor::clear()
{
    m_title.clear();
    m_severity = 2;
    m_summary.clear();
    m_services.clear();
    m_impact.clear();
    m_drill = m_otherTeams = m_customerVisible = m_unresolvedHour = false;
    m_alerts.clear();
    m_detectedAtMs = 0;
    emit changed();
}

} // namespace muster

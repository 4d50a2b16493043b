// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentdetailseditor.h"

#include "core/fields.h"
#include "incidentroom.h"
#include "musterapp.h"

#include <QCoreApplication>

namespace muster {

IncidentDetailsEditor::IncidentDetailsEditor(QObject *parent)
    : QObject(parent)
{ }

void IncidentDetailsEditor::setRoom(IncidentRoom *room)
{
    if (m_room != room) {
        m_room = room;
        emit roomChanged();
    }
}

void IncidentDetailsEditor::set(QString &member, const QString &value)
{
    if (member != value) {
        member = value;
        emit changed();
    }
}

void IncidentDetailsEditor::setTitle(const QString &v)
{
    set(m_title, v);
}
void IncidentDetailsEditor::setServices(const QString &v)
{
    set(m_services, v);
}
void IncidentDetailsEditor::setSummary(const QString &v)
{
    set(m_summary, v);
}
void IncidentDetailsEditor::setImpact(const QString &v)
{
    set(m_impact, v);
}

void IncidentDetailsEditor::setBridge(const QString &v)
{
    set(m_bridge, v);
}

QString IncidentDetailsEditor::problem() const
{
    if (!m_room || !m_room->loaded())
        return QCoreApplication::translate("muster", "No incident is open.");
    if (const QString problem
        = validateIncidentDetails(m_title, m_summary, m_impact, MusterApp::splitList(m_services));
        !problem.isEmpty())
        return problem;
    return validateBridgeLink(m_bridge.trimmed());
}

void IncidentDetailsEditor::load()
{
    if (!m_room)
        return;
    m_title = m_room->title();
    m_services = m_room->services().join(QStringLiteral(", "));
    m_summary = m_room->summary();
    m_impact = m_room->impact();
    m_bridge = m_room->bridge();
    emit changed();
}

bool IncidentDetailsEditor::submit()
{
    if (!valid())
        return false;
    m_room->setTitle(m_title);
    m_room->setServices(m_services);
    m_room->setSummary(m_summary);
    m_room->setImpact(m_impact);
    m_room->setBridge(m_bridge);
    return true;
}

} // namespace muster

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

QString IncidentDetailsEditor::problem() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("muster", text); };
    if (!m_room || !m_room->loaded())
        return tr("No incident is open.");
    if (m_title.trimmed().isEmpty())
        return tr("Give the incident a short title that says what is broken.");
    if (const QString p = validateText(m_title.trimmed(), limits::titleChars, false); !p.isEmpty())
        return tr("Title: %1").arg(p);
    if (const QString p = validateText(m_summary, limits::longTextChars, true); !p.isEmpty())
        return tr("Summary: %1").arg(p);
    if (const QString p = validateText(m_impact, limits::longTextChars, true); !p.isEmpty())
        return tr("Customer impact: %1").arg(p);
    const QStringList services = MusterApp::splitList(m_services);
    if (services.size() > limits::servicesPerIncident)
        return tr("At most %1 services.").arg(limits::servicesPerIncident);
    for (const QString &service : services) {
        if (const QString p = validateText(service, limits::shortTextChars, false); !p.isEmpty())
            return tr("Service \u201c%1\u201d: %2").arg(service.left(40), p);
    }
    return {};
}

void IncidentDetailsEditor::load()
{
    if (!m_room)
        return;
    m_title = m_room->title();
    m_services = m_room->services().join(QStringLiteral(", "));
    m_summary = m_room->summary();
    m_impact = m_room->impact();
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
    return true;
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator.h"

#include "incidentroom.h"

namespace muster {

Navigator::Navigator(IncidentRoom *room, QObject *parent)
    : QObject(parent)
    , m_room(room)
{ }

bool Navigator::isKnownView(const QString &view)
{
    return view == u"board" || view == u"incident" || view == u"people" || view == u"detection"
        || view == u"actions" || view == u"retrospective" || view == u"wall" || view == u"metrics";
}

bool Navigator::showListView(const QString &view)
{
    // Every known view but the two that show one incident.
    if (!isKnownView(view) || view == u"incident" || view == u"retrospective")
        return false;
    setView(view);
    return true;
}

void Navigator::showWall()
{
    setView(QStringLiteral("wall"));
}

void Navigator::showMetrics()
{
    setView(QStringLiteral("metrics"));
}

void Navigator::showBoard()
{
    setView(QStringLiteral("board"));
}

void Navigator::openRetrospective(const QString &incidentId)
{
    m_room->open(incidentId);
    setView(QStringLiteral("retrospective"));
}

void Navigator::draftUpdate(const QString &incidentId)
{
    openIncident(incidentId);
    emit updateDraftRequested();
}

void Navigator::showCommsSettings(const QString &incidentId)
{
    openIncident(incidentId);
    emit commsSettingsRequested();
}

void Navigator::showActionItems()
{
    setView(QStringLiteral("actions"));
}

void Navigator::showDetection()
{
    setView(QStringLiteral("detection"));
}

void Navigator::showPeople()
{
    setView(QStringLiteral("people"));
}

void Navigator::showPerson(const QString &personId)
{
    setView(QStringLiteral("people"));
    emit personRequested(personId);
}

void Navigator::openIncident(const QString &incidentId)
{
    if (incidentId.isEmpty())
        return;
    m_room->open(incidentId);
    setView(QStringLiteral("incident"));
}

void Navigator::back()
{
    showBoard();
}

void Navigator::setView(const QString &view)
{
    if (m_view == view)
        return;
    m_view = view;
    emit viewChanged();
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// A channel post for an incident event, in each chat service's incoming-webhook format: Slack's
// Block Kit, a Microsoft Teams Adaptive Card, and Mattermost's Markdown text. Every post names
// the incident, its severity, status and Incident Commander, and links back to Muster
// (muster://incident/ID) and to the conference bridge when there is one.
//
// Posts are in English: the relay that sends them has no reader's language to follow.
#pragma once

#include "incidentevents.h"

#include <QByteArray>

namespace muster {

struct ChatPostOptions
{
    // UpdateSent: quote the update's text, not only its subject and audience. Off by default:
    // a channel is often wider than the update's audience.
    bool includeUpdateText = false;
};

// "muster://incident/ID"
QString incidentLink(const QString &incidentId);
// One line saying what happened, "SEV1 declared: Checkout fails for EU customers".
QString chatHeadline(const IncidentEvent &event);
// What the headline leaves out, as sentences ("Command passed from Daniel Okafor to Priya
// Raman."); "" when nothing.
QString chatDetail(const IncidentEvent &event);

// The JSON body an incoming webhook takes (UTF-8, compact).
QByteArray slackMessage(const IncidentEvent &event, const ChatPostOptions &options);
QByteArray teamsMessage(const IncidentEvent &event, const ChatPostOptions &options);
QByteArray mattermostMessage(const IncidentEvent &event, const ChatPostOptions &options);

} // namespace muster

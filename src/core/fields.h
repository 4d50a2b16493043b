// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog of entities and fields an op may touch, and the rules their values follow.
// Everything that arrives — typed by a responder, read from a file or received from a peer —
// passes validateChange() before it is stored.
#pragma once

#include "domain.h"
#include "operation.h"

#include <QString>
#include <optional>

namespace muster {

enum class EntityType
{
    Incident,
    Person,
    List, // a distribution list (commssettings.h)
    Comms, // the workspace's communication settings, one entity (commssettings.h)
};

struct EntityRef
{
    EntityType type = EntityType::Incident;
    QString id;

    QString toString() const;
    static std::optional<EntityRef> parse(QStringView entity);
};

QString incidentEntity(const QString &incidentId); // "incident:<id>"
QString personEntity(const QString &personId); // "person:<id>"

namespace limits {
inline constexpr int titleChars = 200;
inline constexpr int shortTextChars = 200; // names, services, handles
inline constexpr int longTextChars = 20'000; // summary, log text, step notes
inline constexpr int servicesPerIncident = 50;
inline constexpr int stepsPerRunbook = 200;
inline constexpr qsizetype bridgeLinkChars = 2000;
// Every op must fit in one relay message (64 KiB by default) with room for its envelope, or
// it could never be synced: a larger value is refused when it is made, not stuck later.
inline constexpr qsizetype opValueBytes = 60 * 1024;
} // namespace limits

namespace fields {
// Incident registers.
inline const QString title = QStringLiteral("title");
inline const QString summary = QStringLiteral("summary");
inline const QString severity = QStringLiteral("severity"); // integer 1–4
inline const QString state = QStringLiteral("state"); // lifecycle wire name
inline const QString services = QStringLiteral("services"); // array of text
inline const QString impact = QStringLiteral("impact"); // customer impact, text
inline const QString bridge = QStringLiteral("bridge"); // the conference bridge's link, or ""
inline const QString drill = QStringLiteral("drill"); // bool
inline const QString askOtherTeams = QStringLiteral("ask.other_teams"); // the three "should we declare?"
inline const QString askCustomerVisible = QStringLiteral("ask.customer_visible"); // answers, bool
inline const QString askUnresolvedHour = QStringLiteral("ask.unresolved_hour");
// Incident appends.
inline const QString log = QStringLiteral("log"); // map {kind, text, corrects?}
// Person registers.
inline const QString name = QStringLiteral("name");
inline const QString email = QStringLiteral("email");
inline const QString team = QStringLiteral("team");
inline const QString handle = QStringLiteral("handle");
} // namespace fields

QString milestoneField(Milestone milestone); // "at.<milestone>", integer ms or null to clear
QString roleField(Role role); // "role.<role>", person id or "" for unassigned
QString smeField(const QString &personId); // "sme.<person id>", bool membership
QString runbookField(const QString &attachmentId); // "runbook.<id>", map {template, title, steps[]}
QString stepField(const QString &attachmentId, int index); // "step.<id>.<n>", map {state, by, at, note}
// "alert.<fingerprint>": an Alertmanager alert linked to the incident, map {name, service,
// source, resolvedAt?} (resolvedAt: integer ms, absent while it fires), or null to unlink. Fingerprints are
// 1-64 letters and digits.
QString alertField(const QString &fingerprint);
// "handoff.<role>": a pending offer of the role, map {from, to, situation, actions, open, next,
// risks, at}, or null when there is none (accepted, declined or withdrawn).
QString handoffField(Role role);
// "next.<role>": the person named to take the role over next, or "" for nobody.
QString nextHolderField(Role role);

// Parsed forms of the parameterised fields above.
std::optional<Milestone> milestoneOfField(QStringView field);
std::optional<Role> roleOfField(QStringView field);
std::optional<QString> smeOfField(QStringView field);
std::optional<QString> runbookOfField(QStringView field);
std::optional<std::pair<QString, int>> stepOfField(QStringView field);
std::optional<QString> alertOfField(QStringView field);
std::optional<Role> handoffOfField(QStringView field);
std::optional<Role> nextHolderOfField(QStringView field);

// Empty when the change is well formed; otherwise a sentence saying what is wrong.
QString validateChange(const Change &change);
inline QString validateOperation(const Operation &op)
{
    return validateChange({op.kind, op.entity, op.field, op.value});
}

// Text that is acceptable for a field: no NUL or other control characters except tab and
// newline (and not even those in single-line fields), within a length limit.
QString validateText(const QString &text, int maxChars, bool multiLine);

// What is wrong with an incident's describing fields as a person typed them, in a sentence
// for the form; empty when they are fine. Shared by the declare and edit-details forms.
// A conference bridge link: empty, or an http(s) link with a host (Zoom, Meet, Jitsi, any
// web bridge) or a tel:/sip: address. Other schemes (file:, javascript:, …) are refused, as
// the link is opened for whoever clicks it.
QString validateBridgeLink(const QString &link);
// What a button shows of a bridge link, read from across a room: "meet.example.com/abc-defg-hij"
// (no scheme, no "www.", no query), the number of a tel: link; "" for none.
QString bridgeLabelOf(const QString &link);
QString validateIncidentDetails(const QString &title, const QString &summary, const QString &impact,
                                const QStringList &services);

} // namespace muster

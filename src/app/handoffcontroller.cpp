// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoffcontroller.h"

#include "core/changes.h"
#include "core/fields.h"
#include "incidentroom.h"
#include "musterapp.h"
#include "peoplemodel.h"

namespace muster {

namespace {
// The roles that change hands with a briefing; the others are assigned directly.
bool handedOver(Role role)
{
    return role == Role::IncidentCommander || role == Role::CommunicationsLead;
}
} // namespace

HandoffController::HandoffController(IncidentRoom *room, MusterApp *app)
    : QObject(room)
    , m_room(room)
    , m_app(app)
{
    connect(m_room, &IncidentRoom::incidentChanged, this, &HandoffController::pendingChanged);
    connect(m_room, &IncidentRoom::incidentChanged, this, &HandoffController::draftChanged);
}

QString HandoffController::nameOf(const QString &personId) const
{
    return m_app->people()->nameOf(personId);
}

QVariantList HandoffController::pending() const
{
    QVariantList out;
    const Incident &incident = m_room->incident();
    for (auto it = incident.handoffs.cbegin(); it != incident.handoffs.cend(); ++it) {
        const HandoffOffer &o = it.value();
        out.append(QVariantMap {{QStringLiteral("role"), roleName(it.key())},
                                {QStringLiteral("roleLabel"), muster::roleLabel(it.key())},
                                {QStringLiteral("fromId"), o.from},
                                {QStringLiteral("fromName"), nameOf(o.from)},
                                {QStringLiteral("toId"), o.to},
                                {QStringLiteral("toName"), nameOf(o.to)},
                                {QStringLiteral("forMe"), o.to == m_app->userId()},
                                {QStringLiteral("mine"), o.from == m_app->userId()},
                                {QStringLiteral("situation"), o.briefing.situation},
                                {QStringLiteral("actions"), o.briefing.actions},
                                {QStringLiteral("openItems"), o.briefing.openItems},
                                {QStringLiteral("nextUpdate"), o.briefing.nextUpdate},
                                {QStringLiteral("risks"), o.briefing.risks},
                                {QStringLiteral("offeredAt"), double(o.offeredAtMs)}});
    }
    return out;
}

QVariantMap HandoffController::nextHolders() const
{
    QVariantMap out;
    const Incident &incident = m_room->incident();
    for (auto it = incident.nextHolders.cbegin(); it != incident.nextHolders.cend(); ++it)
        out.insert(roleName(it.key()), nameOf(it.value()));
    return out;
}

bool HandoffController::startOffer(const QString &role)
{
    const auto r = roleFromName(role);
    if (!r || !handedOver(*r) || !m_room->loaded())
        return false;
    const Incident &incident = m_room->incident();
    m_role = *r;
    m_to = incident.nextHolders.value(*r);
    m_briefing = {};
    m_briefing.situation
        = tr("%1, %2. %3")
              .arg(severityLabel(incident.severity), stateLabel(incident.state), incident.summary)
              .trimmed();
    // Runbook steps: those being worked on are under way, the rest of the unfinished are open.
    QStringList doing, open;
    for (const RunbookAttachment &runbook : incident.runbooks) {
        for (int i = 0; i < runbook.steps.size(); ++i) {
            const StepState state = incident.steps.value({runbook.id, i}).state;
            const QString line = tr("%1, step %2: %3").arg(runbook.title).arg(i + 1).arg(runbook.steps.at(i));
            if (state == StepState::Doing)
                doing << line;
            else if (state == StepState::Todo)
                open << line;
        }
    }
    m_briefing.actions = doing.join(u'\n');
    constexpr int kOpenShown = 5; // the next few; the runbook has the rest
    m_briefing.openItems = open.mid(0, kOpenShown).join(u'\n');
    if (open.size() > kOpenShown)
        m_briefing.openItems
            += u'\n' + tr("Open runbook steps not listed here: %1").arg(open.size() - kOpenShown);
    emit draftChanged();
    return true;
}

QString HandoffController::role() const
{
    return roleName(m_role);
}

QString HandoffController::roleLabel() const
{
    return muster::roleLabel(m_role);
}

void HandoffController::setToPersonId(const QString &id)
{
    if (m_to != id) {
        m_to = id;
        emit draftChanged();
    }
}

#define MUSTER_BRIEFING_SETTER(setter, member)                                                               \
    void HandoffController::setter(const QString &text)                                                      \
    {                                                                                                        \
        if (m_briefing.member != text) {                                                                     \
            m_briefing.member = text;                                                                        \
            emit draftChanged();                                                                             \
        }                                                                                                    \
    }
MUSTER_BRIEFING_SETTER(setSituation, situation)
MUSTER_BRIEFING_SETTER(setActions, actions)
MUSTER_BRIEFING_SETTER(setOpenItems, openItems)
MUSTER_BRIEFING_SETTER(setNextUpdate, nextUpdate)
MUSTER_BRIEFING_SETTER(setRisks, risks)
#undef MUSTER_BRIEFING_SETTER

QString HandoffController::problem() const
{
    if (!m_room->loaded())
        return tr("No incident is open.");
    if (m_to.isEmpty())
        return tr("Choose who takes over.");
    if (m_to == m_room->incident().holderOf(m_role))
        return tr("%1 is %2 already.").arg(nameOf(m_to), muster::roleLabel(m_role));
    if (m_briefing.situation.trimmed().isEmpty())
        return tr("Say where things stand: the briefing needs the situation.");
    const Briefing b = m_briefing;
    for (const QString &part : {b.situation, b.actions, b.openItems, b.nextUpdate, b.risks}) {
        if (part.size() > limits::longTextChars)
            return tr("A part of the briefing is longer than %1 characters.").arg(limits::longTextChars);
    }
    return {};
}

bool HandoffController::refuse(const QString &message)
{
    emit refused(message);
    return false;
}

bool HandoffController::offer()
{
    if (!valid())
        return refuse(problem());
    const Incident &incident = m_room->incident();
    const HandoffOffer o {m_app->userId(), m_to, m_briefing, m_app->nowMs()};
    commitThenEmit(changes::offerHandoff(incident, m_role, o, nameOf(o.from), nameOf(o.to)),
                   &HandoffController::offered, roleName(m_role));
    return true;
}

std::optional<std::pair<Role, HandoffOffer>> HandoffController::pendingOffer(const QString &role,
                                                                             const QString &noOffer)
{
    const auto r = roleFromName(role);
    if (!r || !m_room->incident().handoffs.contains(*r)) {
        refuse(noOffer);
        return std::nullopt;
    }
    return std::pair {*r, m_room->incident().handoffs.value(*r)};
}

void HandoffController::commitThenEmit(const QList<Change> &changes,
                                       void (HandoffController::*done)(const QString &), const QString &role)
{
    m_app->commit(changes, this, [this, done, role](bool ok) {
        if (ok)
            emit(this->*done)(role);
    });
}

bool HandoffController::accept(const QString &role)
{
    const auto pending = pendingOffer(role, tr("There is no offer of that role to accept."));
    if (!pending)
        return false;
    const auto &[r, o] = *pending;
    if (o.to != m_app->userId())
        return refuse(tr("Only %1 can accept this offer.").arg(nameOf(o.to)));
    commitThenEmit(changes::acceptHandoff(m_room->incident(), r, nameOf(o.from), nameOf(o.to)),
                   &HandoffController::accepted, role);
    return true;
}

bool HandoffController::decline(const QString &role, const QString &reason)
{
    const auto pending = pendingOffer(role, tr("There is no offer of that role to decline."));
    if (!pending)
        return false;
    const auto &[r, o] = *pending;
    if (o.to != m_app->userId())
        return refuse(tr("Only %1 can decline this offer.").arg(nameOf(o.to)));
    commitThenEmit(changes::declineHandoff(m_room->incident(), r, nameOf(o.to), reason.simplified()),
                   &HandoffController::declined, role);
    return true;
}

bool HandoffController::withdraw(const QString &role)
{
    const auto pending = pendingOffer(role, tr("There is no offer of that role to withdraw."));
    if (!pending)
        return false;
    const auto &[r, o] = *pending;
    if (o.from != m_app->userId() && m_room->incident().holderOf(r) != m_app->userId())
        return refuse(
            tr("Only %1, who made the offer, or the current holder can withdraw it.").arg(nameOf(o.from)));
    commitThenEmit(changes::withdrawHandoff(m_room->incident(), r, nameOf(m_app->userId()), nameOf(o.to)),
                   &HandoffController::withdrawn, role);
    return true;
}

void HandoffController::setNextHolder(const QString &role, const QString &personId)
{
    const auto r = roleFromName(role);
    if (r && m_room->loaded())
        m_app->commit(changes::setNextHolder(m_room->incident(), *r, personId, nameOf(personId)));
}

} // namespace muster

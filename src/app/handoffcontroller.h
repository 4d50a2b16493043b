// SPDX-License-Identifier: GPL-3.0-or-later
// The guided handoff of a role (Incident Commander, Communications Lead) in the open incident.
// The outgoing holder writes a briefing — prefilled from the incident: its summary, runbook
// steps under way and still open — and offers the role to someone; that person reads it and
// accepts, which is when the roster changes, or declines. Every step is logged, and works
// offline like any other change. It also names who takes a role next ("Next IC").
//
// The controller is the offer form's editor backend too: the draft properties are the form.
#pragma once

#include "core/incident.h"
#include "core/operation.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>
#include <optional>

namespace muster {

class IncidentRoom;
class MusterApp;

class HandoffController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    // Offers waiting for an answer: [{role, roleLabel, fromId, fromName, toId, toName, forMe,
    // mine, situation, actions, openItems, nextUpdate, risks, offeredAt}]. forMe: the user is
    // the one asked; mine: the user made the offer (and may withdraw it).
    Q_PROPERTY(QVariantList pending READ pending NOTIFY pendingChanged)
    // Who is named to take each role next: {"ic": "Daniel Okafor", …}; absent when nobody.
    Q_PROPERTY(QVariantMap nextHolders READ nextHolders NOTIFY pendingChanged)

    // The offer being written.
    Q_PROPERTY(QString role READ role NOTIFY draftChanged)
    Q_PROPERTY(QString roleLabel READ roleLabel NOTIFY draftChanged)
    Q_PROPERTY(QString toPersonId READ toPersonId WRITE setToPersonId NOTIFY draftChanged)
    Q_PROPERTY(QString situation READ situation WRITE setSituation NOTIFY draftChanged)
    Q_PROPERTY(QString actions READ actions WRITE setActions NOTIFY draftChanged)
    Q_PROPERTY(QString openItems READ openItems WRITE setOpenItems NOTIFY draftChanged)
    Q_PROPERTY(QString nextUpdate READ nextUpdate WRITE setNextUpdate NOTIFY draftChanged)
    Q_PROPERTY(QString risks READ risks WRITE setRisks NOTIFY draftChanged)
    // What keeps the offer from being sent, in a sentence; empty when it can go.
    Q_PROPERTY(QString problem READ problem NOTIFY draftChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY draftChanged)

public:
    HandoffController(IncidentRoom *room, MusterApp *app);

    QVariantList pending() const;
    QVariantMap nextHolders() const;

    // Starts an offer of `role` ("ic" or "comms"): the briefing is prefilled and the person is
    // whoever is named next. False for a role that is not handed over this way.
    Q_INVOKABLE bool startOffer(const QString &role);
    // Sends the offer. False (with `problem`) when it cannot go.
    Q_INVOKABLE bool offer();
    // The user, who was asked, takes the role. False when there is no such offer for them.
    Q_INVOKABLE bool accept(const QString &role);
    Q_INVOKABLE bool decline(const QString &role, const QString &reason);
    // The offer is taken back (by whoever made it, or the current holder).
    Q_INVOKABLE bool withdraw(const QString &role);
    // Names the relief early; an empty personId names nobody.
    Q_INVOKABLE void setNextHolder(const QString &role, const QString &personId);

    QString role() const;
    QString roleLabel() const;
    QString toPersonId() const { return m_to; }
    void setToPersonId(const QString &id);
    QString situation() const { return m_briefing.situation; }
    void setSituation(const QString &text);
    QString actions() const { return m_briefing.actions; }
    void setActions(const QString &text);
    QString openItems() const { return m_briefing.openItems; }
    void setOpenItems(const QString &text);
    QString nextUpdate() const { return m_briefing.nextUpdate; }
    void setNextUpdate(const QString &text);
    QString risks() const { return m_briefing.risks; }
    void setRisks(const QString &text);
    QString problem() const;
    bool valid() const { return problem().isEmpty(); }

Q_SIGNALS:
    void pendingChanged();
    void draftChanged();
    // The changes are on disk (and go to the relay with the next sync).
    void offered(const QString &role);
    void accepted(const QString &role);
    void declined(const QString &role);
    void withdrawn(const QString &role);
    // Nothing was changed, and why.
    void refused(const QString &message);

private:
    QString nameOf(const QString &personId) const;
    bool refuse(const QString &message);
    // The role's pending offer, or nothing after refusing with `noOffer`.
    std::optional<std::pair<Role, HandoffOffer>> pendingOffer(const QString &role, const QString &noOffer);
    // Commits as the user and, once the changes are on disk, emits `done` with the role.
    void commitThenEmit(const QList<Change> &changes, void (HandoffController::*done)(const QString &),
                        const QString &role);

    IncidentRoom *m_room;
    MusterApp *m_app;
    Role m_role = Role::IncidentCommander;
    QString m_to;
    Briefing m_briefing;
};

} // namespace muster

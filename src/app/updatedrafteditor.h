// SPDX-License-Identifier: GPL-3.0-or-later
// The backend of the stakeholder-update form (one per form): pick a distribution list and a
// stage, get a draft filled from the live incident in the list's time zone, edit it with lint
// warnings as you type, then send it the way the team does (an .eml opened in the mail client,
// a mailto: link, or copied as text or Markdown for chat) and mark it as sent, which records it
// in the incident and restarts the cadence.
#pragma once

#include "core/audience.h"
#include "core/commssettings.h"
#include "core/incident.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>

namespace muster {

class MusterApp;
class IncidentRoom;
namespace comms {
struct EmailMessage;
}

class UpdateDraftEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    // The chosen list's id, and the stage ("initial" … "resolved"); changing either fills a new draft.
    Q_PROPERTY(QString listId READ listId WRITE setListId NOTIFY draftChanged)
    Q_PROPERTY(QString stage READ stage WRITE setStage NOTIFY draftChanged)
    // [{name, label}] for the stage picker.
    Q_PROPERTY(QVariantList stages READ stages CONSTANT)
    // What only the writer knows, filled into {{workaround}} and {{remaining}}.
    Q_PROPERTY(QString workaround READ workaround WRITE setWorkaround NOTIFY draftChanged)
    Q_PROPERTY(QString remaining READ remaining WRITE setRemaining NOTIFY draftChanged)
    // The draft itself, as edited.
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY textChanged)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY textChanged)
    // "exec-team@example.com; Cc: cfo@example.com", for the form to show.
    Q_PROPERTY(QString recipients READ recipients NOTIFY draftChanged)
    Q_PROPERTY(QString audienceLabel READ audienceLabel NOTIFY draftChanged)
    Q_PROPERTY(QString audience READ audience NOTIFY draftChanged) // the list's: "support", …
    // [{rule, words, why}], in reading order.
    Q_PROPERTY(QVariantList warnings READ warnings NOTIFY textChanged)
    // Why the draft cannot go out as it is (no list, a bad address, a subject with a line break…);
    // empty when it can.
    Q_PROPERTY(QString problem READ problem NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)
    // The optional approval: "" (none), "requested", "approved" or "returned"; what it is about,
    // who decided and why; whether the user is the Incident Commander who decides.
    Q_PROPERTY(QString approvalState READ approvalState NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalSubject READ approvalSubject NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalBody READ approvalBody NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalList READ approvalList NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalRequestedBy READ approvalRequestedBy NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalDecidedBy READ approvalDecidedBy NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalComment READ approvalComment NOTIFY approvalChanged)
    Q_PROPERTY(bool isCommander READ isCommander NOTIFY approvalChanged)

public:
    UpdateDraftEditor(IncidentRoom *room, MusterApp *app);

    QString listId() const { return m_listId; }
    void setListId(const QString &id);
    QString stage() const;
    void setStage(const QString &stage);
    QVariantList stages() const;
    QString workaround() const { return m_workaround; }
    void setWorkaround(const QString &text);
    QString remaining() const { return m_remaining; }
    void setRemaining(const QString &text);
    QString subject() const { return m_subject; }
    void setSubject(const QString &text);
    QString body() const { return m_body; }
    void setBody(const QString &text);
    QString recipients() const;
    QString audienceLabel() const;
    QString audience() const;
    QVariantList warnings() const;
    QString problem() const;
    bool valid() const { return problem().isEmpty(); }
    QString approvalState() const;
    QString approvalSubject() const;
    QString approvalBody() const;
    QString approvalList() const;
    QString approvalRequestedBy() const;
    QString approvalDecidedBy() const;
    QString approvalComment() const;
    bool isCommander() const;

    // A fresh draft for the open incident: the first list (or the one chosen before), the stage
    // its state suggests.
    Q_INVOKABLE void prepare();
    // Where the .eml goes unless the user picks another place, and its name.
    Q_INVOKABLE QUrl suggestedEmlFile() const;
    // Writes the .eml and opens it in the mail client; returns why not, or "".
    Q_INVOKABLE QString saveEml(const QUrl &file, bool open = true);
    // The mailto: link of the draft, and opening it.
    Q_INVOKABLE QUrl mailtoUrl() const;
    Q_INVOKABLE QString openMailto();
    // The clipboard gets the text ("Subject: …" and the body), or Markdown for chat.
    Q_INVOKABLE void copyText() const;
    Q_INVOKABLE void copyMarkdown() const;
    // Records the draft as sent now; returns why not, or "". done() follows the commit.
    Q_INVOKABLE QString markSent();
    // The Communications Lead asks the Incident Commander to approve the draft as it stands.
    Q_INVOKABLE QString requestApproval();
    // The Incident Commander's answer to the pending request.
    Q_INVOKABLE QString approve();
    Q_INVOKABLE QString returnForChanges(const QString &comment);

Q_SIGNALS:
    void draftChanged();
    void textChanged();
    void approvalChanged();
    void done();

private:
    std::optional<DistributionList> list() const;
    void render();
    comms::EmailMessage message() const;

    IncidentRoom *m_room;
    MusterApp *m_app;
    QString m_listId;
    UpdateStage m_stage = UpdateStage::Initial;
    QString m_workaround;
    QString m_remaining;
    QString m_subject;
    QString m_body;
};

} // namespace muster

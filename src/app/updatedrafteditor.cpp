// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatedrafteditor.h"

#include "comms/cadence.h"
#include "comms/email.h"
#include "comms/updatelint.h"
#include "comms/updatetemplate.h"
#include "comms/updatevalues.h"
#include "commsdesk.h"
#include "core/ids.h"
#include "core/updatechanges.h"
#include "incidentroom.h"
#include "integrations/export/markdownexport.h"
#include "musterapp.h"
#include "peoplemodel.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QMimeData>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace muster {

UpdateDraftEditor::UpdateDraftEditor(IncidentRoom *room, MusterApp *app)
    : QObject(room)
    , m_room(room)
    , m_app(app)
{
    connect(room, &IncidentRoom::incidentChanged, this, &UpdateDraftEditor::approvalChanged);
}

std::optional<DistributionList> UpdateDraftEditor::list() const
{
    for (const DistributionList &list : m_app->comms()->allLists()) {
        if (list.id == m_listId && !list.archived)
            return list;
    }
    return std::nullopt;
}

void UpdateDraftEditor::setListId(const QString &id)
{
    if (m_listId == id)
        return;
    m_listId = id;
    render();
}

QString UpdateDraftEditor::stage() const
{
    return updateStageName(m_stage);
}

void UpdateDraftEditor::setStage(const QString &name)
{
    const auto stage = updateStageFromName(name);
    if (!stage || *stage == m_stage)
        return;
    m_stage = *stage;
    render();
}

QVariantList UpdateDraftEditor::stages() const
{
    QVariantList out;
    for (UpdateStage stage : allUpdateStages)
        out.append(QVariantMap {{QStringLiteral("name"), updateStageName(stage)},
                                {QStringLiteral("label"), updateStageLabel(stage)}});
    return out;
}

void UpdateDraftEditor::setWorkaround(const QString &text)
{
    if (m_workaround == text)
        return;
    m_workaround = text;
    render();
}

void UpdateDraftEditor::setRemaining(const QString &text)
{
    if (m_remaining == text)
        return;
    m_remaining = text;
    render();
}

void UpdateDraftEditor::setSubject(const QString &text)
{
    if (m_subject == text)
        return;
    m_subject = text;
    emit textChanged();
}

void UpdateDraftEditor::setBody(const QString &text)
{
    if (m_body == text)
        return;
    m_body = text;
    emit textChanged();
}

QString UpdateDraftEditor::recipients() const
{
    const auto l = list();
    if (!l)
        return {};
    QString out = l->to.join(QStringLiteral(", "));
    if (!l->cc.isEmpty())
        out += tr("; Cc: %1").arg(l->cc.join(QStringLiteral(", ")));
    return out;
}

QString UpdateDraftEditor::audienceLabel() const
{
    const auto l = list();
    return l ? audienceTypeLabel(l->audience) : QString();
}

QString UpdateDraftEditor::audience() const
{
    const auto l = list();
    return l ? audienceTypeName(l->audience) : QString();
}

QVariantList UpdateDraftEditor::warnings() const
{
    QStringList people;
    for (int row = 0; row < m_app->people()->rowCount(); ++row)
        people << m_app->people()->index(row).data(PeopleModel::NameRole).toString();
    QVariantList out;
    for (const comms::LintWarning &w : comms::lintUpdate(m_subject, m_body, m_stage, people))
        out.append(QVariantMap {{QStringLiteral("rule"), w.rule},
                                {QStringLiteral("words"), w.words},
                                {QStringLiteral("why"), w.why}});
    return out;
}

comms::EmailMessage UpdateDraftEditor::message() const
{
    comms::EmailMessage m;
    if (const auto l = list()) {
        m.to = l->to;
        m.cc = l->cc;
    }
    // From the user, when the directory knows an address that a mail client would take.
    const auto me = m_app->people()->person(m_app->userId());
    const QString email = me ? me->email : QString();
    const QString from = QStringLiteral("%1 <%2>").arg(m_app->userName(), email);
    if (!email.isEmpty() && comms::validateAddress(from).isEmpty())
        m.from = from;
    m.subject = m_subject;
    m.body = m_body;
    m.dateMs = m_app->nowMs();
    return m;
}

QString UpdateDraftEditor::problem() const
{
    if (!list())
        return tr("Choose who it goes to: add a distribution list first if there is none.");
    const QStringList problems = comms::validateMessage(message());
    return problems.isEmpty() ? QString() : problems.join(QStringLiteral("; "));
}

void UpdateDraftEditor::prepare()
{
    const QList<DistributionList> &lists = m_app->comms()->allLists();
    const bool known = std::any_of(lists.cbegin(), lists.cend(), [&](const DistributionList &l) {
        return l.id == m_listId && !l.archived;
    });
    if (!known) {
        m_listId.clear();
        for (const DistributionList &l : lists) {
            if (!l.archived) {
                m_listId = l.id;
                break;
            }
        }
    }
    const Incident &incident = m_room->incident();
    m_stage = comms::suggestedStage(incident.state, !incident.updates.isEmpty());
    m_workaround.clear();
    m_remaining.clear();
    render();
    // An update that went to the IC for approval comes back as it was, to send or to change.
    if (const auto &approval = incident.approval) {
        for (const DistributionList &l : lists) {
            if (!l.archived && l.name == approval->list)
                m_listId = l.id;
        }
        m_stage = approval->stage;
        m_subject = approval->subject;
        m_body = approval->body;
        emit draftChanged();
        emit textChanged();
    }
}

void UpdateDraftEditor::render()
{
    const Incident &incident = m_room->incident();
    const auto l = list();
    if (l && !incident.id.isEmpty()) {
        const qint64 now = m_app->nowMs();
        // The next update is counted from this one, as if it goes out now.
        const comms::CadenceStatus next = comms::cadenceStatus(
            m_app->comms()->policy(), incident.severity, incident.state, incident.startedAtMs(), now, now);
        QHash<QString, QString> names;
        for (int row = 0; row < m_app->people()->rowCount(); ++row) {
            const QModelIndex index = m_app->people()->index(row);
            names.insert(index.data(PeopleModel::IdRole).toString(),
                         index.data(PeopleModel::NameRole).toString());
        }
        const QTimeZone zone(l->timeZone.toUtf8());
        const comms::RenderedUpdate draft = comms::renderTemplate(
            comms::templateFor(m_app->comms()->settings(), l->audience, m_stage),
            comms::placeholderValues(incident, names, next.dueMs, zone.isValid() ? zone : QTimeZone::utc(),
                                     {m_workaround, m_remaining}));
        m_subject = draft.subject;
        m_body = draft.body;
    } else {
        m_subject.clear();
        m_body.clear();
    }
    emit draftChanged();
    emit textChanged();
}

QUrl UpdateDraftEditor::suggestedEmlFile() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(m_app->nowMs()).toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    const auto l = list();
    QString who = l ? l->name.toLower() : QStringLiteral("update");
    who.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    return QUrl::fromLocalFile(
        QDir(folder).filePath(QStringLiteral("%1-%2-%3.eml").arg(stamp, who, stage())));
}

QString UpdateDraftEditor::saveEml(const QUrl &file, bool open)
{
    if (!file.isLocalFile())
        return tr("The .eml goes to a file on this computer.");
    QString error;
    const QByteArray eml = comms::toEml(message(), &error);
    if (eml.isEmpty())
        return error;
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(eml) != eml.size() || !out.commit())
        return tr("cannot write %1: %2").arg(file.toLocalFile(), out.errorString());
    if (open && !QDesktopServices::openUrl(file))
        return tr("Saved %1, but no mail program opened it: open it from your mail client.")
            .arg(file.toLocalFile());
    return {};
}

QUrl UpdateDraftEditor::mailtoUrl() const
{
    return comms::toMailto(message());
}

QString UpdateDraftEditor::openMailto()
{
    QString error;
    const QUrl url = comms::toMailto(message(), &error);
    if (url.isEmpty())
        return error;
    if (!QDesktopServices::openUrl(url))
        return tr("No mail program is set up to open mailto: links; save the .eml or copy the text instead.");
    return {};
}

void UpdateDraftEditor::copyText() const
{
    QGuiApplication::clipboard()->setText(tr("Subject: %1").arg(m_subject) + QStringLiteral("\n\n") + m_body);
}

void UpdateDraftEditor::copyMarkdown() const
{
    // Chat tools take Markdown: the subject in bold, the body as typed (escaped so it reads so).
    const QString markdown
        = QStringLiteral("**%1**\n\n%2").arg(markdownText(m_subject), markdownText(m_body));
    auto *data = new QMimeData;
    data->setData(QStringLiteral("text/markdown"), markdown.toUtf8());
    data->setText(markdown);
    QGuiApplication::clipboard()->setMimeData(data);
}

QString UpdateDraftEditor::approvalState() const
{
    const auto &a = m_room->incident().approval;
    return a ? approvalStateName(a->state) : QString();
}

QString UpdateDraftEditor::approvalSubject() const
{
    const auto &a = m_room->incident().approval;
    return a ? a->subject : QString();
}

QString UpdateDraftEditor::approvalBody() const
{
    const auto &a = m_room->incident().approval;
    return a ? a->body : QString();
}

QString UpdateDraftEditor::approvalList() const
{
    const auto &a = m_room->incident().approval;
    return a ? a->list : QString();
}

QString UpdateDraftEditor::approvalRequestedBy() const
{
    const auto &a = m_room->incident().approval;
    return a ? m_app->people()->nameOf(a->requestedBy) : QString();
}

QString UpdateDraftEditor::approvalDecidedBy() const
{
    const auto &a = m_room->incident().approval;
    return a ? m_app->people()->nameOf(a->decidedBy) : QString();
}

QString UpdateDraftEditor::approvalComment() const
{
    const auto &a = m_room->incident().approval;
    return a ? a->comment : QString();
}

bool UpdateDraftEditor::isCommander() const
{
    return !m_app->userId().isEmpty()
        && m_room->incident().holderOf(Role::IncidentCommander) == m_app->userId();
}

QString UpdateDraftEditor::requestApproval()
{
    if (const QString why = problem(); !why.isEmpty())
        return why;
    const auto l = list();
    UpdateApproval request;
    request.list = l->name;
    request.audience = l->audience;
    request.stage = m_stage;
    request.subject = m_subject;
    request.body = m_body;
    request.requestedBy = m_app->userId();
    request.requestedAtMs = m_app->nowMs();
    m_app->commit(changes::requestApproval(m_room->incident(), request, m_app->userName()), this);
    return {};
}

QString UpdateDraftEditor::approve()
{
    if (!isCommander())
        return tr("Only the Incident Commander approves updates.");
    const QList<Change> changes
        = changes::approveUpdate(m_room->incident(), m_app->userId(), m_app->userName(), m_app->nowMs());
    if (changes.isEmpty())
        return tr("No update is waiting for approval.");
    m_app->commit(changes, this);
    return {};
}

QString UpdateDraftEditor::returnForChanges(const QString &comment)
{
    if (!isCommander())
        return tr("Only the Incident Commander returns updates.");
    if (comment.trimmed().isEmpty())
        return tr("Say what to change, so the Communications Lead knows.");
    const QList<Change> changes = changes::returnUpdate(m_room->incident(), m_app->userId(),
                                                        m_app->userName(), comment, m_app->nowMs());
    if (changes.isEmpty())
        return tr("No update is waiting for approval.");
    m_app->commit(changes, this);
    return {};
}

QString UpdateDraftEditor::markSent()
{
    if (const QString why = problem(); !why.isEmpty())
        return why;
    const auto l = list();
    const comms::EmailMessage m = message();
    const SentUpdate sent {
        newEntityId(m.dateMs), l->name, l->audience, m_stage, m.to, m.cc, m.subject, m.body, m.dateMs,
        m_app->userId()};
    const QList<Change> changes = changes::recordSentUpdate(m_room->incident(), sent);
    m_app->commit(changes, this, [this](bool ok) {
        if (ok)
            emit done();
    });
    return {};
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// musterctl's stakeholder-update commands: the distribution lists (audiences, audience) and an
// update drafted from the live incident for one of them (comms), written as an .eml or printed,
// and with --sent recorded in the incident like the desktop's "Mark as sent".
#include "comms/cadence.h"
#include "comms/email.h"
#include "comms/updatelint.h"
#include "comms/updatetemplate.h"
#include "comms/updatevalues.h"
#include "core/commschanges.h"
#include "core/ids.h"
#include "core/updatechanges.h"
#include "musterctl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The list of that name (any case); of two with the same name, the same one on every replica.
std::optional<DistributionList> listNamed(const QList<DistributionList> &lists, const QString &name)
{
    std::optional<DistributionList> found;
    for (const DistributionList &list : lists) {
        if (!list.archived && list.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0
            && (!found || list.id < found->id))
            found = list;
    }
    return found;
}

QTimeZone zoneOf(const DistributionList &list)
{
    const QTimeZone zone(list.timeZone.toUtf8());
    return list.timeZone.isEmpty() || !zone.isValid() ? QTimeZone::utc() : zone;
}
} // namespace

int Musterctl::audiences()
{
    const auto lists = m_store.distributionLists();
    if (!lists.ok())
        return fail(exitcode::Failure, lists.error.message);
    if (m_line.json) {
        QJsonArray out;
        for (const DistributionList &list : lists.value) {
            if (list.archived)
                continue;
            out.append(QJsonObject {{QStringLiteral("id"), list.id},
                                    {QStringLiteral("name"), list.name},
                                    {QStringLiteral("audience"), audienceTypeName(list.audience)},
                                    {QStringLiteral("to"), QJsonArray::fromStringList(list.to)},
                                    {QStringLiteral("cc"), QJsonArray::fromStringList(list.cc)},
                                    {QStringLiteral("zone"), list.timeZone}});
        }
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("audiences"), out}})
                     .toJson(QJsonDocument::Indented);
        return exitcode::Ok;
    }
    for (const DistributionList &list : lists.value) {
        if (list.archived)
            continue;
        m_out << list.name << "  [" << audienceTypeName(list.audience) << "]  " << tr("To: ")
              << list.to.join(QStringLiteral(", "));
        if (!list.cc.isEmpty())
            m_out << "  " << tr("Cc: ") << list.cc.join(QStringLiteral(", "));
        m_out << "  " << (list.timeZone.isEmpty() ? QStringLiteral("UTC") : list.timeZone) << Qt::endl;
    }
    return exitcode::Ok;
}

int Musterctl::audience()
{
    for (const QString &address : m_line.to + m_line.cc) {
        if (const QString problem = comms::validateAddress(address); !problem.isEmpty())
            return fail(exitcode::Invalid, problem);
    }
    if (!m_line.zone.isEmpty() && !QTimeZone(m_line.zone.toUtf8()).isValid())
        return fail(
            exitcode::Invalid,
            tr("'%1' is not a time zone this machine knows (e.g. Europe/Berlin)").arg(m_line.zone.left(64)));
    const auto lists = m_store.distributionLists();
    if (!lists.ok())
        return fail(exitcode::Failure, lists.error.message);
    const QString name = m_line.arguments.at(0).simplified();
    const std::optional<DistributionList> existing = listNamed(lists.value, name);
    DistributionList after = existing.value_or(DistributionList {});
    if (!existing)
        after.id = newEntityId(nowMs());
    after.name = name;
    after.audience = *audienceTypeFromName(m_line.audienceType);
    after.to = m_line.to;
    after.cc = m_line.cc;
    after.timeZone = m_line.zone;
    const QList<Change> changes
        = changes::saveDistributionList(existing.value_or(DistributionList {}), after);
    if (changes.isEmpty()) {
        m_out << after.id << Qt::endl;
        return exitcode::Ok;
    }
    return commit(changes, after.id);
}

int Musterctl::draftUpdate()
{
    int code = exitcode::Ok;
    const auto incident = findIncident(m_line.arguments.at(0), &code);
    if (!incident)
        return code;
    const auto lists = m_store.distributionLists();
    const auto settings = m_store.commsSettings();
    const auto people = m_store.people();
    if (!lists.ok() || !settings.ok() || !people.ok())
        return fail(exitcode::Failure,
                    !lists.ok()          ? lists.error.message
                        : !settings.ok() ? settings.error.message
                                         : people.error.message);
    const auto list = listNamed(lists.value, m_line.audience);
    if (!list)
        return fail(exitcode::NotFound,
                    tr("no audience '%1'; musterctl audiences lists them").arg(m_line.audience.left(80)));
    const qint64 now = nowMs();
    const UpdateStage stage = m_line.stage.isEmpty()
        ? comms::suggestedStage(incident->state, !incident->updates.isEmpty())
        : *updateStageFromName(m_line.stage);
    // The next update is counted from this one, as if it goes out now.
    const comms::CadenceStatus next
        = comms::cadenceStatus(comms::cadencePolicy(settings.value), incident->severity, incident->state,
                               incident->startedAtMs(), now, now);
    QHash<QString, QString> names;
    QString fromAddress;
    for (const Person &person : people.value) {
        names.insert(person.id, person.name);
        if (person.id == m_userId && !person.email.isEmpty())
            fromAddress = QStringLiteral("%1 <%2>").arg(person.name, person.email);
    }
    const comms::RenderedUpdate rendered
        = comms::renderTemplate(comms::templateFor(settings.value, list->audience, stage),
                                comms::placeholderValues(*incident, names, next.dueMs, zoneOf(*list),
                                                         {m_line.workaround, m_line.remaining}));
    QStringList peopleNames = names.values();
    for (const comms::LintWarning &warning :
         comms::lintUpdate(rendered.subject, rendered.body, stage, peopleNames)) {
        m_err << "musterctl: " << tr("warning") << ": " << warning.rule
              << (warning.words.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(warning.words)) << ": "
              << warning.why << Qt::endl;
    }
    comms::EmailMessage message;
    message.from = comms::validateAddress(fromAddress).isEmpty() ? fromAddress : QString();
    message.to = list->to;
    message.cc = list->cc;
    message.subject = rendered.subject;
    message.body = rendered.body;
    message.dateMs = now;
    if (const QStringList problems = comms::validateMessage(message); !problems.isEmpty())
        return fail(exitcode::Invalid, problems.join(QStringLiteral("; ")));
    if (m_line.text) {
        m_out << tr("To: ") << message.to.join(QStringLiteral(", ")) << Qt::endl;
        if (!message.cc.isEmpty())
            m_out << tr("Cc: ") << message.cc.join(QStringLiteral(", ")) << Qt::endl;
        m_out << tr("Subject: ") << message.subject << Qt::endl << Qt::endl << message.body;
    } else {
        const QByteArray eml = comms::toEml(message);
        QSaveFile file(m_line.emlPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(eml) != eml.size() || !file.commit())
            return fail(exitcode::Failure, tr("cannot write %1: %2").arg(m_line.emlPath, file.errorString()));
    }
    if (!m_line.markSent)
        return exitcode::Ok;
    const SentUpdate sent {newEntityId(now), list->name,      list->audience, stage, message.to,
                           message.cc,       message.subject, message.body,   now,   m_userId};
    return commit(changes::recordSentUpdate(*incident, sent));
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "commssettingseditor.h"

#include "comms/email.h"
#include "comms/updatetemplate.h"
#include "commsdesk.h"
#include "core/commschanges.h"
#include "core/fields.h"
#include "core/ids.h"
#include "musterapp.h"

#include <QTimeZone>

namespace muster {

CommsSettingsEditor::CommsSettingsEditor(CommsDesk *desk, MusterApp *app)
    : QObject(desk)
    , m_desk(desk)
    , m_app(app)
{
    // Whether the template on screen is the workspace's own follows the settings.
    connect(desk, &CommsDesk::changed, this, &CommsSettingsEditor::templateChanged);
}

QVariantList CommsSettingsEditor::audiences() const
{
    QVariantList out;
    for (AudienceType type : allAudienceTypes)
        out.append(QVariantMap {{QStringLiteral("name"), audienceTypeName(type)},
                                {QStringLiteral("label"), audienceTypeLabel(type)}});
    return out;
}

QStringList CommsSettingsEditor::addresses(const QString &text) const
{
    // One per line; commas and semicolons between addresses are forgiven. A comma only ends an
    // address once the address has its @ and any <...> is closed, so "Doe, Jane <jane@x>" stays
    // whole.
    QStringList out;
    QString current;
    bool inAngle = false;
    auto finish = [&] {
        if (!current.trimmed().isEmpty())
            out << current.trimmed();
        current.clear();
    };
    for (QChar c : text) {
        if (c == u'\n') {
            finish();
            continue;
        }
        if (c == u'<')
            inAngle = true;
        else if (c == u'>')
            inAngle = false;
        if ((c == u',' || c == u';') && !inAngle && current.contains(u'@')) {
            finish();
            continue;
        }
        current += c;
    }
    finish();
    return out;
}

void CommsSettingsEditor::editList(const QString &listId)
{
    m_listId.clear();
    m_name.clear();
    m_audience = QStringLiteral("executives");
    m_to.clear();
    m_cc.clear();
    m_zone.clear();
    for (const DistributionList &list : m_desk->allLists()) {
        if (list.id != listId)
            continue;
        m_listId = list.id;
        m_name = list.name;
        m_audience = audienceTypeName(list.audience);
        m_to = list.to.join(u'\n');
        m_cc = list.cc.join(u'\n');
        m_zone = list.timeZone;
    }
    emit listChanged();
}

QString CommsSettingsEditor::listProblem() const
{
    if (m_name.trimmed().isEmpty())
        return tr("Give the list a name, e.g. “Exec team”.");
    if (!audienceTypeFromName(m_audience))
        return tr("Choose who the list is for.");
    const QStringList to = addresses(m_to);
    if (to.isEmpty())
        return tr("A list needs at least one To address.");
    for (const QString &address : to + addresses(m_cc)) {
        if (const QString problem = comms::validateAddress(address); !problem.isEmpty())
            return tr("%1.").arg(problem.left(1).toUpper() + problem.mid(1));
    }
    if (!m_zone.trimmed().isEmpty() && !QTimeZone(m_zone.trimmed().toUtf8()).isValid())
        return tr("“%1” is not a time zone this computer knows; use a name such as Europe/Berlin.")
            .arg(m_zone.trimmed().left(64));
    for (const DistributionList &other : m_desk->allLists()) {
        if (other.id != m_listId && !other.archived
            && other.name.compare(m_name.simplified(), Qt::CaseInsensitive) == 0)
            return tr("There is already a list called “%1”.").arg(other.name);
    }
    return {};
}

QString CommsSettingsEditor::saveList()
{
    if (const QString problem = listProblem(); !problem.isEmpty())
        return problem;
    DistributionList before;
    for (const DistributionList &list : m_desk->allLists()) {
        if (list.id == m_listId)
            before = list;
    }
    DistributionList after = before;
    if (after.id.isEmpty())
        after.id = newEntityId(m_app->nowMs());
    after.name = m_name.simplified();
    after.audience = *audienceTypeFromName(m_audience);
    after.to = addresses(m_to);
    after.cc = addresses(m_cc);
    after.timeZone = m_zone.trimmed();
    m_app->commit(changes::saveDistributionList(before, after), this);
    m_listId = after.id;
    return {};
}

QString CommsSettingsEditor::archiveList(const QString &listId)
{
    for (const DistributionList &list : m_desk->allLists()) {
        if (list.id != listId)
            continue;
        DistributionList after = list;
        after.archived = true;
        m_app->commit(changes::saveDistributionList(list, after), this);
        return {};
    }
    return tr("That list is not in this workspace.");
}

void CommsSettingsEditor::editCadence()
{
    const comms::CadencePolicy policy = m_desk->policy();
    m_intervals.clear();
    for (Severity severity : allSeverities)
        m_intervals << policy.intervalMinutes.value(severity, 0);
    m_longAfter = policy.longIncidentAfterMinutes;
    m_longInterval = policy.longIncidentIntervalMinutes;
    m_defaultBridge = m_desk->settings().defaultBridge;
    emit cadenceChanged();
}

QString CommsSettingsEditor::saveCadence()
{
    comms::CadencePolicy policy;
    for (qsizetype i = 0; i < qsizetype(allSeverities.size()) && i < m_intervals.size(); ++i)
        policy.intervalMinutes.insert(allSeverities.at(size_t(i)), m_intervals.at(i));
    policy.longIncidentAfterMinutes = m_longAfter;
    policy.longIncidentIntervalMinutes = m_longInterval;
    if (const QString problem = policy.validate(); !problem.isEmpty())
        return tr("%1.").arg(problem.left(1).toUpper() + problem.mid(1));
    const CommsSettings &settings = m_desk->settings();
    QList<Change> changes;
    for (Severity severity : allSeverities)
        changes += changes::setCadenceInterval(settings, severity, policy.intervalMinutes.value(severity));
    changes += changes::setLongIncidentCadence(settings, m_longAfter, m_longInterval);
    if (!changes.isEmpty())
        m_app->commit(changes, this);
    return {};
}

} // namespace muster

namespace muster {

QString CommsSettingsEditor::templateAudience() const
{
    return audienceTypeName(m_templateAudience);
}

QString CommsSettingsEditor::templateStage() const
{
    return updateStageName(m_templateStage);
}

bool CommsSettingsEditor::templateEdited() const
{
    return m_desk->settings().templates.contains({m_templateAudience, m_templateStage});
}

QVariantList CommsSettingsEditor::placeholders() const
{
    QVariantList out;
    for (const auto &[name, help] : comms::placeholderHelp())
        out.append(QVariantMap {{QStringLiteral("name"), QStringLiteral("{{%1}}").arg(name)},
                                {QStringLiteral("help"), help}});
    return out;
}

QVariantList CommsSettingsEditor::stages() const
{
    QVariantList out;
    for (UpdateStage stage : allUpdateStages)
        out.append(QVariantMap {{QStringLiteral("name"), updateStageName(stage)},
                                {QStringLiteral("label"), updateStageLabel(stage)}});
    return out;
}

void CommsSettingsEditor::editTemplate(const QString &audience, const QString &stage)
{
    m_templateAudience = audienceTypeFromName(audience).value_or(m_templateAudience);
    m_templateStage = updateStageFromName(stage).value_or(m_templateStage);
    const comms::UpdateTemplate current
        = comms::templateFor(m_desk->settings(), m_templateAudience, m_templateStage);
    m_templateSubject = current.subject;
    m_templateBody = current.body;
    emit templateChanged();
}

QString CommsSettingsEditor::saveTemplate()
{
    const TemplateText text {m_templateSubject.simplified(), m_templateBody};
    if (text.subject.isEmpty())
        return tr("A template needs a subject.");
    if (text.body.trimmed().isEmpty())
        return tr("A template needs a text.");
    // The same text as the bundled template is not an edit: keep following the bundled one.
    const comms::UpdateTemplate bundled = comms::defaultTemplate(m_templateAudience, m_templateStage);
    const bool asBundled = bundled.subject == text.subject && bundled.body == text.body;
    m_app->commit(changes::saveTemplate(m_desk->settings(), m_templateAudience, m_templateStage,
                                        asBundled ? std::nullopt : std::optional<TemplateText>(text)),
                  this, [this](bool) { emit templateChanged(); });
    return {};
}

QString CommsSettingsEditor::resetTemplate()
{
    m_app->commit(
        changes::saveTemplate(m_desk->settings(), m_templateAudience, m_templateStage, std::nullopt), this,
        [this](bool) {
            // Show the bundled text once the settings have it.
            m_desk->reload([this] { editTemplate(templateAudience(), templateStage()); });
        });
    return {};
}

QString CommsSettingsEditor::saveDefaultBridge()
{
    const QString link = m_defaultBridge.trimmed();
    if (const QString problem = validateBridgeLink(link); !problem.isEmpty())
        return problem;
    if (const QList<Change> changes = changes::setDefaultBridge(m_desk->settings(), link); !changes.isEmpty())
        m_app->commit(changes, this);
    return {};
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

#include "cborbytes.h"
#include "commssettings.h"
#include "ids.h"
#include "retrospective.h"
#include "sentupdate.h"
#include "task.h"
#include "updateapproval.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QUrl>
#include <algorithm>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

QString validateStringValue(const QCborValue &value, int maxChars, bool multiLine, bool allowEmpty)
{
    if (!value.isString())
        return tr("value must be text");
    const QString text = value.toString();
    if (!allowEmpty && text.trimmed().isEmpty())
        return tr("text must not be empty");
    return validateText(text, maxChars, multiLine);
}

QString validatePersonRef(const QCborValue &value, bool allowEmpty)
{
    if (!value.isString())
        return tr("person reference must be text");
    const QString id = value.toString();
    if (id.isEmpty() && allowEmpty)
        return {};
    return isValidEntityId(id) ? QString() : tr("'%1' is not a person id").arg(id.left(40));
}

QString validateRunbook(const QCborValue &value)
{
    if (!value.isMap())
        return tr("runbook must be a map");
    const QCborMap map = value.toMap();
    if (auto e = validateStringValue(map.value(QStringLiteral("title")), limits::titleChars, false, false);
        !e.isEmpty())
        return tr("runbook title: %1").arg(e);
    if (auto e
        = validateStringValue(map.value(QStringLiteral("template")), limits::shortTextChars, false, true);
        !e.isEmpty())
        return tr("runbook template: %1").arg(e);
    const QCborValue steps = map.value(QStringLiteral("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty() || steps.toArray().size() > limits::stepsPerRunbook)
        return tr("runbook needs 1 to %1 steps").arg(limits::stepsPerRunbook);
    for (const QCborValue &step : steps.toArray()) {
        if (auto e = validateStringValue(step, limits::longTextChars, false, false); !e.isEmpty())
            return tr("runbook step: %1").arg(e);
    }
    return {};
}

QString validateStep(const QCborValue &value)
{
    if (!value.isMap())
        return tr("step state must be a map");
    const QCborMap map = value.toMap();
    if (!stepStateFromName(map.value(QStringLiteral("state")).toString()))
        return tr("unknown step state");
    if (auto e = validatePersonRef(map.value(QStringLiteral("by")), true); !e.isEmpty())
        return e;
    if (!map.value(QStringLiteral("at")).isInteger())
        return tr("step time must be an integer");
    const QCborValue note = map.value(QStringLiteral("note"));
    if (!note.isUndefined())
        return validateStringValue(note, limits::longTextChars, true, true);
    return {};
}

QString validateLinkedAlert(const QCborValue &value)
{
    if (value.isNull())
        return {}; // unlinked
    if (!value.isMap())
        return tr("a linked alert must be a map or null");
    const QCborMap map = value.toMap();
    if (auto e = validateStringValue(map.value(QStringLiteral("name")), limits::shortTextChars, false, false);
        !e.isEmpty())
        return tr("alert name: %1").arg(e);
    if (auto e
        = validateStringValue(map.value(QStringLiteral("service")), limits::shortTextChars, false, true);
        !e.isEmpty())
        return tr("alert service: %1").arg(e);
    if (auto e
        = validateStringValue(map.value(QStringLiteral("source")), limits::shortTextChars, false, true);
        !e.isEmpty())
        return tr("alert source: %1").arg(e);
    const QCborValue resolvedAt = map.value(QStringLiteral("resolvedAt"));
    if (!resolvedAt.isUndefined() && (!resolvedAt.isInteger() || resolvedAt.toInteger() <= 0))
        return tr("alert resolvedAt must be a positive integer");
    return {};
}

QString validateHandoff(const QCborValue &value)
{
    if (value.isNull())
        return {}; // no offer pending
    if (!value.isMap())
        return tr("a handoff must be a map or null");
    const QCborMap map = value.toMap();
    if (auto e = validatePersonRef(map.value(QStringLiteral("from")), false); !e.isEmpty())
        return tr("handoff from: %1").arg(e);
    if (auto e = validatePersonRef(map.value(QStringLiteral("to")), false); !e.isEmpty())
        return tr("handoff to: %1").arg(e);
    if (auto e
        = validateStringValue(map.value(QStringLiteral("situation")), limits::longTextChars, true, false);
        !e.isEmpty())
        return tr("briefing situation: %1").arg(e);
    for (const char *part : {"actions", "open", "next", "risks"}) {
        const QCborValue text = map.value(QLatin1String(part));
        if (text.isUndefined())
            continue;
        if (auto e = validateStringValue(text, limits::longTextChars, true, true); !e.isEmpty())
            return tr("briefing %1: %2").arg(QLatin1String(part), e);
    }
    const QCborValue at = map.value(QStringLiteral("at"));
    if (!at.isInteger() || at.toInteger() <= 0)
        return tr("handoff time must be a positive integer");
    return {};
}

QString validateLogEntry(const QCborValue &value)
{
    if (!value.isMap())
        return tr("log entry must be a map");
    const QCborMap map = value.toMap();
    if (!logKindFromName(map.value(QStringLiteral("kind")).toString()))
        return tr("unknown log entry kind '%1'").arg(map.value(QStringLiteral("kind")).toString().left(40));
    if (auto e = validateStringValue(map.value(QStringLiteral("text")), limits::longTextChars, true, false);
        !e.isEmpty())
        return tr("log text: %1").arg(e);
    const QCborValue corrects = map.value(QStringLiteral("corrects"));
    if (!corrects.isUndefined() && !OpId::fromString(corrects.toString()))
        return tr("a correction must name the entry it corrects");
    return {};
}

QString validateIncidentSet(const QString &field, const QCborValue &value)
{
    if (field == fields::title)
        return validateStringValue(value, limits::titleChars, false, false);
    if (field == fields::summary || field == fields::impact)
        return validateStringValue(value, limits::longTextChars, true, true);
    if (field == fields::bridge)
        return value.isString() ? validateBridgeLink(value.toString()) : tr("the bridge link must be text");
    if (field == fields::severity)
        return value.isInteger() && severityFromInt(value.toInteger()) ? QString()
                                                                       : tr("severity must be 1 to 4");
    if (field == fields::state)
        return stateFromName(value.toString()) ? QString() : tr("unknown lifecycle state");
    if (field == fields::drill || field == fields::askOtherTeams || field == fields::askCustomerVisible
        || field == fields::askUnresolvedHour)
        return value.isBool() ? QString() : tr("value must be true or false");
    if (field == fields::services) {
        if (!value.isArray() || value.toArray().size() > limits::servicesPerIncident)
            return tr("services must be a list of at most %1 names").arg(limits::servicesPerIncident);
        for (const QCborValue &service : value.toArray()) {
            if (auto e = validateStringValue(service, limits::shortTextChars, false, false); !e.isEmpty())
                return tr("service name: %1").arg(e);
        }
        return {};
    }
    if (milestoneOfField(field))
        return value.isNull() || (value.isInteger() && value.toInteger() > 0)
            ? QString()
            : tr("milestone must be a time or null");
    if (roleOfField(field))
        return validatePersonRef(value, true);
    if (smeOfField(field))
        return value.isBool() ? QString() : tr("value must be true or false");
    if (runbookOfField(field))
        return validateRunbook(value);
    if (stepOfField(field))
        return validateStep(value);
    if (alertOfField(field))
        return validateLinkedAlert(value);
    if (handoffOfField(field))
        return validateHandoff(value);
    if (nextHolderOfField(field))
        return validatePersonRef(value, true);
    if (auto task = taskOfField(field))
        return validateTaskValue(task->second, value);
    if (auto retro = retroOfField(field))
        return validateRetroValue(*retro, value);
    if (updateOfField(field))
        return validateSentUpdate(value);
    if (field == kApprovalField)
        return validateApproval(value);
    return tr("unknown incident field '%1'").arg(field.left(60));
}

QString validatePersonSet(const QString &field, const QCborValue &value)
{
    if (field == fields::name)
        return validateStringValue(value, limits::shortTextChars, false, false);
    if (field == fields::email || field == fields::team || field == fields::handle)
        return validateStringValue(value, limits::shortTextChars, false, true);
    return tr("unknown person field '%1'").arg(field.left(60));
}

std::optional<QString> suffixAfter(QStringView field, QStringView prefix)
{
    if (!field.startsWith(prefix) || field.size() == prefix.size())
        return std::nullopt;
    return field.mid(prefix.size()).toString();
}
} // namespace

QString EntityRef::toString() const
{
    switch (type) {
    case EntityType::Incident:
        return incidentEntity(id);
    case EntityType::Person:
        return personEntity(id);
    case EntityType::List:
        return listEntity(id);
    case EntityType::Comms:
        return commsEntity();
    }
    return {};
}

std::optional<EntityRef> EntityRef::parse(QStringView entity)
{
    const qsizetype colon = entity.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QStringView type = entity.left(colon);
    const QStringView id = entity.mid(colon + 1);
    if (!isValidEntityId(id))
        return std::nullopt;
    if (type == u"incident")
        return EntityRef {EntityType::Incident, id.toString()};
    if (type == u"person")
        return EntityRef {EntityType::Person, id.toString()};
    if (type == u"list")
        return EntityRef {EntityType::List, id.toString()};
    if (type == u"comms" && id == kCommsSettingsId) // one per workspace
        return EntityRef {EntityType::Comms, id.toString()};
    return std::nullopt;
}

QString incidentEntity(const QString &incidentId)
{
    return QStringLiteral("incident:") + incidentId;
}

QString personEntity(const QString &personId)
{
    return QStringLiteral("person:") + personId;
}

QString milestoneField(Milestone milestone)
{
    return QStringLiteral("at.") + milestoneName(milestone);
}

QString roleField(Role role)
{
    return QStringLiteral("role.") + roleName(role);
}

QString smeField(const QString &personId)
{
    return QStringLiteral("sme.") + personId;
}

QString runbookField(const QString &attachmentId)
{
    return QStringLiteral("runbook.") + attachmentId;
}

QString stepField(const QString &attachmentId, int index)
{
    return QStringLiteral("step.%1.%2").arg(attachmentId).arg(index);
}

std::optional<Milestone> milestoneOfField(QStringView field)
{
    auto name = suffixAfter(field, u"at.");
    return name ? milestoneFromName(*name) : std::nullopt;
}

std::optional<Role> roleOfField(QStringView field)
{
    auto name = suffixAfter(field, u"role.");
    return name ? roleFromName(*name) : std::nullopt;
}

std::optional<QString> smeOfField(QStringView field)
{
    auto id = suffixAfter(field, u"sme.");
    return id && isValidEntityId(*id) ? id : std::nullopt;
}

std::optional<QString> runbookOfField(QStringView field)
{
    auto id = suffixAfter(field, u"runbook.");
    return id && isValidEntityId(*id) ? id : std::nullopt;
}

QString alertField(const QString &fingerprint)
{
    return QStringLiteral("alert.") + fingerprint;
}

QString handoffField(Role role)
{
    return QStringLiteral("handoff.") + roleName(role);
}

QString nextHolderField(Role role)
{
    return QStringLiteral("next.") + roleName(role);
}

std::optional<Role> handoffOfField(QStringView field)
{
    auto name = suffixAfter(field, u"handoff.");
    return name ? roleFromName(*name) : std::nullopt;
}

std::optional<Role> nextHolderOfField(QStringView field)
{
    auto name = suffixAfter(field, u"next.");
    return name ? roleFromName(*name) : std::nullopt;
}

std::optional<QString> alertOfField(QStringView field)
{
    auto fingerprint = suffixAfter(field, u"alert.");
    if (!fingerprint || fingerprint->size() > 64)
        return std::nullopt;
    const bool plain = std::all_of(fingerprint->cbegin(), fingerprint->cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
    return plain ? fingerprint : std::nullopt;
}

std::optional<std::pair<QString, int>> stepOfField(QStringView field)
{
    auto rest = suffixAfter(field, u"step.");
    if (!rest)
        return std::nullopt;
    const qsizetype dot = rest->indexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    const QString attachment = rest->left(dot);
    bool ok = false;
    const int index = QStringView(*rest).mid(dot + 1).toInt(&ok);
    if (!ok || index < 0 || index >= limits::stepsPerRunbook || !isValidEntityId(attachment))
        return std::nullopt;
    return std::pair {attachment, index};
}

QString validateText(const QString &text, int maxChars, bool multiLine)
{
    if (text.size() > maxChars)
        return tr("text is longer than %1 characters").arg(maxChars);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f)
            continue; // printable ASCII, the common case, needs no Unicode lookup
        if (c.isHighSurrogate() || c.isLowSurrogate())
            continue; // pairs are fine; QString from UTF-8 never holds a lone one
        if (c.category() == QChar::Other_Control && !(multiLine && (c == u'\n' || c == u'\t')))
            return multiLine ? tr("text contains a control character") : tr("text must be a single line");
    }
    return {};
}

QString validateBridgeLink(const QString &link)
{
    if (link.isEmpty())
        return {};
    if (link.size() > limits::bridgeLinkChars)
        return tr("The bridge link is longer than %1 characters.").arg(limits::bridgeLinkChars);
    if (link.trimmed() != link || link.contains(u' '))
        return tr("The bridge link has spaces in it.");
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty())
        return tr("The bridge link is not a link: paste it whole, starting with https://.");
    if (scheme == u"http" || scheme == u"https")
        return url.host().isEmpty() ? tr("The bridge link names no host.") : QString();
    if (scheme == u"tel" || scheme == u"sip" || scheme == u"sips")
        return url.path().isEmpty() ? tr("The bridge link names no number or address.") : QString();
    return tr("A bridge link starts with https://, http://, tel: or sip:, not %1:.").arg(scheme.left(20));
}

QString bridgeLabelOf(const QString &link)
{
    const QUrl url(link);
    if (link.isEmpty() || !url.isValid())
        return link;
    if (url.host().isEmpty())
        return url.path();
    QString host = url.host();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    const QString path = url.path() == u"/" ? QString() : url.path();
    return host + path;
}

QString validateIncidentDetails(const QString &title, const QString &summary, const QString &impact,
                                const QStringList &services)
{
    if (title.trimmed().isEmpty())
        return tr("Give the incident a short title that says what is broken.");
    if (const QString p = validateText(title.trimmed(), limits::titleChars, false); !p.isEmpty())
        return tr("Title: %1").arg(p);
    if (const QString p = validateText(summary, limits::longTextChars, true); !p.isEmpty())
        return tr("Summary: %1").arg(p);
    if (const QString p = validateText(impact, limits::longTextChars, true); !p.isEmpty())
        return tr("Customer impact: %1").arg(p);
    if (services.size() > limits::servicesPerIncident)
        return tr("At most %1 services.").arg(limits::servicesPerIncident);
    for (const QString &service : services) {
        if (const QString p = validateText(service, limits::shortTextChars, false); !p.isEmpty())
            return tr("Service \u201c%1\u201d: %2").arg(service.left(40), p);
    }
    return {};
}

// A map that names a key twice reads differently in different decoders (the first wins in
// one, the last in another), so two clients could show two texts for one log entry: refused
// at any depth (found by fuzz/fuzz_op.cpp). Iterative, as a peer chooses the nesting.
static QString duplicateKeyProblem(const QCborValue &value)
{
    if (!value.isMap() && !value.isArray())
        return {};
    QList<QCborValue> pending {value};
    while (!pending.isEmpty()) {
        const QCborValue v = pending.takeLast();
        if (v.isArray()) {
            for (const QCborValue &item : v.toArray()) {
                if (item.isMap() || item.isArray())
                    pending.append(item);
            }
            continue;
        }
        if (!v.isMap())
            continue;
        const QCborMap map = v.toMap();
        QList<QCborValue> keys;
        keys.reserve(map.size());
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QCborValue key = it.key();
            if (keys.contains(key))
                return QCoreApplication::translate("muster", "a map names the key %1 twice")
                    .arg(key.isString() ? key.toString().left(40) : QStringLiteral("(not text)"));
            keys.append(key);
            if (it.value().isMap() || it.value().isArray())
                pending.append(it.value());
        }
    }
    return {};
}

QString validateChange(const Change &change)
{
    const auto entity = EntityRef::parse(change.entity);
    if (!entity)
        return tr("malformed entity '%1'").arg(change.entity.left(60));
    if (const qsizetype bytes = cbor::encodedSize(change.value); bytes > limits::opValueBytes) {
        return tr("this change is too large to sync (%1 KiB; at most %2 KiB): shorten it")
            .arg(bytes / 1024)
            .arg(limits::opValueBytes / 1024);
    }
    if (const QString problem = duplicateKeyProblem(change.value); !problem.isEmpty())
        return problem;
    if (entity->type == EntityType::Incident) {
        if (change.kind == OpKind::Append) {
            return change.field == fields::log ? validateLogEntry(change.value)
                                               : tr("unknown incident entry '%1'").arg(change.field.left(60));
        }
        return validateIncidentSet(change.field, change.value);
    }
    if (change.kind == OpKind::Append)
        return tr("only incidents have entries");
    switch (entity->type) {
    case EntityType::List:
        return validateListSet(change.field, change.value);
    case EntityType::Comms:
        return validateCommsSet(change.field, change.value);
    default:
        return validatePersonSet(change.field, change.value);
    }
}

} // namespace muster

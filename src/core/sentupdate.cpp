// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentupdate.h"

#include "fields.h"
#include "ids.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

const QString kPrefix = QStringLiteral("update.");

QStringList strings(const QCborValue &value)
{
    QStringList out;
    for (const QCborValue &item : value.toArray())
        out << item.toString();
    return out;
}

// Recipients as the sender wrote them; the e-mail writer checked each one, this only makes sure
// nothing from a peer can be more than a line.
QString validateRecipients(const QCborValue &value, const char *which)
{
    if (!value.isArray())
        return tr("%1 must be a list").arg(QLatin1String(which));
    for (const QCborValue &address : value.toArray()) {
        if (!address.isString() || address.toString().trimmed().isEmpty())
            return tr("a %1 address must be text").arg(QLatin1String(which));
        if (const QString e = validateText(address.toString(), 254, false); !e.isEmpty())
            return tr("%1 address: %2").arg(QLatin1String(which), e);
    }
    return {};
}
} // namespace

SentUpdate SentUpdate::fromCbor(const QString &id, const QCborValue &value)
{
    const QCborMap map = value.toMap();
    return {id,
            map.value(QStringLiteral("list")).toString(),
            audienceTypeFromName(map.value(QStringLiteral("audience")).toString())
                .value_or(AudienceType::Executives),
            updateStageFromName(map.value(QStringLiteral("stage")).toString()).value_or(UpdateStage::Update),
            strings(map.value(QStringLiteral("to"))),
            strings(map.value(QStringLiteral("cc"))),
            map.value(QStringLiteral("subject")).toString(),
            map.value(QStringLiteral("body")).toString(),
            map.value(QStringLiteral("at")).toInteger(),
            map.value(QStringLiteral("by")).toString()};
}

QCborMap SentUpdate::toCbor() const
{
    return {{QStringLiteral("list"), list},
            {QStringLiteral("audience"), audienceTypeName(audience)},
            {QStringLiteral("stage"), updateStageName(stage)},
            {QStringLiteral("to"), QCborArray::fromStringList(to)},
            {QStringLiteral("cc"), QCborArray::fromStringList(cc)},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("body"), body},
            {QStringLiteral("at"), sentAtMs},
            {QStringLiteral("by"), by}};
}

QString updateField(const QString &updateId)
{
    return kPrefix + updateId;
}

std::optional<QString> updateOfField(QStringView field)
{
    if (!field.startsWith(kPrefix))
        return std::nullopt;
    const QString id = field.mid(kPrefix.size()).toString();
    return isValidEntityId(id) ? std::optional<QString>(id) : std::nullopt;
}

QString validateSentUpdate(const QCborValue &value)
{
    if (!value.isMap())
        return tr("a sent update must be a map");
    const QCborMap map = value.toMap();
    if (const QString e
        = validateText(map.value(QStringLiteral("list")).toString(), limits::shortTextChars, false);
        !map.value(QStringLiteral("list")).isString() || !e.isEmpty())
        return tr("update list: %1").arg(e.isEmpty() ? tr("value must be text") : e);
    if (!audienceTypeFromName(map.value(QStringLiteral("audience")).toString()))
        return tr("unknown audience '%1'").arg(map.value(QStringLiteral("audience")).toString().left(40));
    if (!updateStageFromName(map.value(QStringLiteral("stage")).toString()))
        return tr("unknown update stage '%1'").arg(map.value(QStringLiteral("stage")).toString().left(40));
    if (const QString e = validateRecipients(map.value(QStringLiteral("to")), "To"); !e.isEmpty())
        return e;
    if (const QString e = validateRecipients(map.value(QStringLiteral("cc")), "Cc"); !e.isEmpty())
        return e;
    const qsizetype recipients
        = map.value(QStringLiteral("to")).toArray().size() + map.value(QStringLiteral("cc")).toArray().size();
    if (map.value(QStringLiteral("to")).toArray().isEmpty() || recipients > limits::updateRecipients)
        return tr("an update goes to 1 to %1 recipients").arg(limits::updateRecipients);
    const QCborValue subject = map.value(QStringLiteral("subject"));
    if (!subject.isString() || subject.toString().trimmed().isEmpty())
        return tr("an update needs a subject");
    if (const QString e = validateText(subject.toString(), 900, false); !e.isEmpty())
        return tr("update subject: %1").arg(e);
    const QCborValue body = map.value(QStringLiteral("body"));
    if (!body.isString())
        return tr("update body: value must be text");
    if (const QString e = validateText(body.toString(), limits::updateBodyChars, true); !e.isEmpty())
        return tr("update body: %1").arg(e);
    const QCborValue at = map.value(QStringLiteral("at"));
    if (!at.isInteger() || at.toInteger() <= 0)
        return tr("an update's time must be a positive integer");
    const QCborValue by = map.value(QStringLiteral("by"));
    if (!by.isString() || !isValidEntityId(by.toString()))
        return tr("an update names who sent it");
    return {};
}

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace muster::alerts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster::alerts", text);
}

// Refuses documents beyond any real Alertmanager answer (its default limit is far lower).
constexpr qsizetype kMaxDocumentBytes = 32 * 1024 * 1024;

// A JSON object of string values (labels, annotations); false if any value is not a string.
bool readStringMap(const QJsonValue &value, QMap<QString, QString> *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return false;
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

bool readStringList(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

// The fields both shapes share; `where` names the alert in error messages.
QString readCommon(const QJsonObject &object, Alert *alert)
{
    alert->fingerprint = object.value(QStringLiteral("fingerprint")).toString();
    if (alert->fingerprint.isEmpty())
        return tr("has no fingerprint");
    if (!readStringMap(object.value(QStringLiteral("labels")), &alert->labels) || alert->labels.isEmpty())
        return tr("has no labels, or labels that are not text");
    if (!readStringMap(object.value(QStringLiteral("annotations")), &alert->annotations))
        return tr("has annotations that are not text");
    const auto starts = parseTimestamp(object.value(QStringLiteral("startsAt")).toString());
    if (!starts || *starts == 0)
        return tr("has no valid startsAt");
    alert->startsAtMs = *starts;
    const QJsonValue ends = object.value(QStringLiteral("endsAt"));
    if (!ends.isUndefined()) {
        const auto parsed = parseTimestamp(ends.toString());
        if (!parsed)
            return tr("has an endsAt that is not a time");
        alert->endsAtMs = *parsed;
    }
    alert->generatorUrl = object.value(QStringLiteral("generatorURL")).toString();
    return {};
}

ParseResult failed(const QString &error)
{
    ParseResult result;
    result.error = error;
    return result;
}

QJsonDocument parseDocument(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxDocumentBytes) {
        *error = tr("the answer is %1 MiB, more than Muster reads").arg(json.size() / (1024 * 1024));
        return {};
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
    return document;
}

} // namespace

QString Alert::service() const
{
    for (const char *key : {"service", "job", "instance"}) {
        const QString value = labels.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

Severity Alert::severity() const
{
    const QString label = labels.value(QStringLiteral("severity")).trimmed().toLower();
    if (label == u"critical" || label == u"page" || label == u"high")
        return Severity::Sev2;
    if (label == u"error" || label == u"major" || label == u"warning" || label == u"minor")
        return Severity::Sev3;
    return Severity::Sev4;
}

QString Alert::summary() const
{
    for (const char *key : {"summary", "description"}) {
        const QString value = annotations.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return name();
}

std::optional<qint64> parseTimestamp(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.date().year() <= 1)
        return 0; // Alertmanager's "not set"
    return time.toMSecsSinceEpoch();
}

ParseResult parseApiAlerts(const QByteArray &json)
{
    QString error;
    const QJsonDocument document = parseDocument(json, &error);
    if (!error.isEmpty())
        return failed(error);
    if (!document.isArray())
        return failed(tr("expected a JSON array of alerts"));
    ParseResult result;
    const QJsonArray items = document.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return failed(tr("alert %1 is not an object").arg(i + 1));
        const QJsonObject object = items.at(i).toObject();
        Alert alert;
        if (const QString problem = readCommon(object, &alert); !problem.isEmpty())
            return failed(tr("alert %1 %2").arg(i + 1).arg(problem));
        if (const QJsonValue updated = object.value(QStringLiteral("updatedAt")); !updated.isUndefined()) {
            const auto parsed = parseTimestamp(updated.toString());
            if (!parsed)
                return failed(tr("alert %1 has an updatedAt that is not a time").arg(i + 1));
            alert.updatedAtMs = *parsed;
        }
        const QJsonObject status = object.value(QStringLiteral("status")).toObject();
        const QString state = status.value(QStringLiteral("state")).toString();
        if (state == u"active")
            alert.state = AlertState::Active;
        else if (state == u"suppressed")
            alert.state = AlertState::Suppressed;
        else if (state == u"unprocessed")
            alert.state = AlertState::Unprocessed;
        else
            return failed(tr("alert %1 has the unknown state '%2'").arg(i + 1).arg(state.left(40)));
        if (!readStringList(status.value(QStringLiteral("silencedBy")), &alert.silencedBy)
            || !readStringList(status.value(QStringLiteral("inhibitedBy")), &alert.inhibitedBy))
            return failed(tr("alert %1 has a status that is not lists of ids").arg(i + 1));
        result.alerts.append(alert);
    }
    return result;
}

ParseResult parseWebhook(const QByteArray &json)
{
    QString error;
    const QJsonDocument document = parseDocument(json, &error);
    if (!error.isEmpty())
        return failed(error);
    if (!document.isObject())
        return failed(tr("expected a webhook object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toString() != u"4")
        return failed(tr("webhook version '%1' is not supported; Alertmanager sends version 4")
                          .arg(root.value(QStringLiteral("version")).toString().left(20)));
    if (!root.value(QStringLiteral("alerts")).isArray())
        return failed(tr("the webhook has no alerts array"));
    ParseResult result;
    result.externalUrl = root.value(QStringLiteral("externalURL")).toString();
    result.groupKey = root.value(QStringLiteral("groupKey")).toString();
    if (result.externalUrl.isEmpty() || result.groupKey.isEmpty())
        return failed(tr("the webhook has no externalURL or groupKey"));
    const QJsonArray items = root.value(QStringLiteral("alerts")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject object = items.at(i).toObject();
        Alert alert;
        if (const QString problem = readCommon(object, &alert); !problem.isEmpty())
            return failed(tr("alert %1 %2").arg(i + 1).arg(problem));
        const QString status = object.value(QStringLiteral("status")).toString();
        if (status == u"firing")
            alert.state = AlertState::Active;
        else if (status == u"resolved")
            alert.state = AlertState::Resolved;
        else
            return failed(tr("alert %1 has the unknown status '%2'").arg(i + 1).arg(status.left(40)));
        result.alerts.append(alert);
    }
    return result;
}

} // namespace muster::alerts

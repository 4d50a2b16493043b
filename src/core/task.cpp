// SPDX-License-Identifier: GPL-3.0-or-later
#include "task.h"

#include "fields.h"
#include "ids.h"
#include "wirename.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

// A tracker issue's map: a key like OPS-123, the issue's web page, and short texts.
QString validateTrackerIssue(const QCborValue &value)
{
    if (value.isNull())
        return {};
    const QString wrong = tr("a tracker issue is a map of key, url, status, category and integration");
    if (!value.isMap())
        return wrong;
    const QCborMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.key().isString() || !it.value().isString() || it.value().toString().size() > 2000)
            return wrong;
    }
    const TrackerIssue issue = TrackerIssue::fromCbor(value);
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Z][A-Z0-9_]{0,99}-[1-9][0-9]{0,17}$"));
    if (!keyPattern.match(issue.key).hasMatch())
        return tr("'%1' is not an issue key like OPS-123").arg(issue.key.left(40));
    const QUrl url(issue.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return tr("a tracker issue's page must be an http or https address");
    if (!validateText(issue.status, 100, false).isEmpty() || issue.category.size() > 20
        || issue.integration.size() > 64)
        return wrong;
    return {};
}

} // namespace

QString taskKindName(TaskKind kind)
{
    return kind == TaskKind::ActionItem ? QStringLiteral("action") : QStringLiteral("task");
}

QString taskKindLabel(TaskKind kind)
{
    return kind == TaskKind::ActionItem ? tr("Action item") : tr("Task");
}

std::optional<TaskKind> taskKindFromName(QStringView name)
{
    return fromWireName(name, allTaskKinds, &taskKindName);
}

QString taskStatusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return QStringLiteral("open");
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

QString taskStatusLabel(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return tr("Open");
    case TaskStatus::Done:
        return tr("Done");
    case TaskStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

std::optional<TaskStatus> taskStatusFromName(QStringView name)
{
    return fromWireName(name, allTaskStatuses, &taskStatusName);
}

void Task::applySet(QStringView attribute, const QCborValue &value)
{
    if (attribute == taskattr::title)
        title = value.toString();
    else if (attribute == taskattr::kind)
        kind = taskKindFromName(value.toString()).value_or(TaskKind::Task);
    else if (attribute == taskattr::owner)
        ownerId = value.toString();
    else if (attribute == taskattr::due)
        dueMs = value.isInteger() ? value.toInteger() : 0;
    else if (attribute == taskattr::status)
        status = taskStatusFromName(value.toString()).value_or(TaskStatus::Open);
    else if (attribute == taskattr::created)
        createdMs = value.toInteger();
    else if (attribute == taskattr::trackerRequested)
        trackerRequestedMs = value.toInteger();
    else if (attribute == taskattr::tracker)
        tracker = TrackerIssue::fromCbor(value);
}

QCborValue TrackerIssue::toCbor() const
{
    if (isNull())
        return QCborValue(QCborValue::Null);
    return QCborMap {{QStringLiteral("key"), key},
                     {QStringLiteral("url"), url},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("category"), category},
                     {QStringLiteral("integration"), integration}};
}

TrackerIssue TrackerIssue::fromCbor(const QCborValue &value)
{
    if (!value.isMap())
        return {};
    const QCborMap map = value.toMap();
    return {map.value(QStringLiteral("key")).toString(), map.value(QStringLiteral("url")).toString(),
            map.value(QStringLiteral("status")).toString(), map.value(QStringLiteral("category")).toString(),
            map.value(QStringLiteral("integration")).toString()};
}

QString taskField(const QString &taskId, const QString &attribute)
{
    return QStringLiteral("task.%1.%2").arg(taskId, attribute);
}

std::optional<std::pair<QString, QString>> taskOfField(QStringView field)
{
    if (!field.startsWith(u"task."))
        return std::nullopt;
    const QStringView rest = field.mid(5);
    const qsizetype dot = rest.indexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    const QString id = rest.left(dot).toString();
    const QString attribute = rest.mid(dot + 1).toString();
    static const QStringList known {
        taskattr::title,  taskattr::kind,    taskattr::owner,   taskattr::due,
        taskattr::status, taskattr::created, taskattr::tracker, taskattr::trackerRequested};
    if (!isValidEntityId(id) || !known.contains(attribute))
        return std::nullopt;
    return std::pair(id, attribute);
}

QString validateTaskValue(const QString &attribute, const QCborValue &value)
{
    if (attribute == taskattr::title) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return tr("a task needs a title");
        return validateText(value.toString(), limits::titleChars, false);
    }
    if (attribute == taskattr::kind)
        return taskKindFromName(value.toString()) ? QString() : tr("a task is a 'task' or an 'action'");
    if (attribute == taskattr::owner) {
        if (!value.isString() || (!value.toString().isEmpty() && !isValidEntityId(value.toString())))
            return tr("a task's owner must be a person id or empty");
        return {};
    }
    if (attribute == taskattr::due)
        return value.isNull() || (value.isInteger() && value.toInteger() > 0)
            ? QString()
            : tr("a due time must be a time or null");
    if (attribute == taskattr::status)
        return taskStatusFromName(value.toString()) ? QString() : tr("a task is open, done or dropped");
    if (attribute == taskattr::created)
        return value.isInteger() && value.toInteger() > 0 ? QString()
                                                          : tr("a task's creation time must be a time");
    if (attribute == taskattr::trackerRequested)
        return value.isInteger() && value.toInteger() > 0 ? QString()
                                                          : tr("a tracker request's time must be a time");
    if (attribute == taskattr::tracker)
        return validateTrackerIssue(value);
    return tr("unknown task attribute '%1'").arg(attribute.left(40));
}

} // namespace muster

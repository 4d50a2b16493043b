// SPDX-License-Identifier: GPL-3.0-or-later
// Tasks of an incident: work handed out during the response ("check the CDN config — Kenji, by
// 10:30") and follow-up action items from the retrospective ("add a canary for checkout —
// Marcus, due Friday"). Each attribute is its own register, `task.<id>.<attribute>`, so two
// people can change a task's owner and its status at once and keep both.
#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QString>
#include <array>
#include <optional>

namespace muster {

enum class TaskKind
{
    Task, // during the response
    ActionItem, // follow-up from the retrospective, tracked across incidents
};
inline constexpr std::array allTaskKinds {TaskKind::Task, TaskKind::ActionItem};
QString taskKindName(TaskKind kind); // "task", "action"
QString taskKindLabel(TaskKind kind); // "Task", "Action item"
std::optional<TaskKind> taskKindFromName(QStringView name);

enum class TaskStatus
{
    Open,
    Done,
    Dropped, // no longer needed; kept so the record shows it was considered
};
inline constexpr std::array allTaskStatuses {TaskStatus::Open, TaskStatus::Done, TaskStatus::Dropped};
QString taskStatusName(TaskStatus status); // "open", "done", "dropped"
QString taskStatusLabel(TaskStatus status);
std::optional<TaskStatus> taskStatusFromName(QStringView name);

// A follow-up's issue in the team's tracker (Jira): filed by the relay, which also reads its status
// now and then. Only the relay writes it.
struct TrackerIssue
{
    QString key; // "OPS-123"
    QString url; // the issue's page, "https://acme.atlassian.net/browse/OPS-123"
    QString status; // as the tracker names it, "In Progress"; "" until first read
    QString category; // Jira's status category: "new", "indeterminate" or "done"; "" unknown
    QString integration; // the relay integration that filed it (and reads its status)

    bool isNull() const { return key.isEmpty(); }
    bool isDone() const { return category == u"done"; }
    QCborValue toCbor() const; // a map; null for a null issue
    static TrackerIssue fromCbor(const QCborValue &value); // null for anything but a map
    friend bool operator==(const TrackerIssue &, const TrackerIssue &) = default;
};

struct Task
{
    QString id; // an entity id
    TaskKind kind = TaskKind::Task;
    QString title;
    QString ownerId; // person id; empty: nobody yet
    qint64 dueMs = 0; // 0: no due time
    TaskStatus status = TaskStatus::Open;
    qint64 createdMs = 0;
    // When someone asked for it to be filed in the tracker (an action item); 0: never.
    qint64 trackerRequestedMs = 0;
    TrackerIssue tracker; // null until the relay filed it

    // Applies one attribute's value (already validated).
    void applySet(QStringView attribute, const QCborValue &value);
    friend bool operator==(const Task &, const Task &) = default;
};

namespace taskattr {
inline const QString title = QStringLiteral("title"); // text, one line
inline const QString kind = QStringLiteral("kind"); // "task" or "action"
inline const QString owner = QStringLiteral("owner"); // person id or ""
inline const QString due = QStringLiteral("due"); // integer ms, or null for none
inline const QString status = QStringLiteral("status"); // "open", "done" or "dropped"
inline const QString created = QStringLiteral("created"); // integer ms
// integer ms: someone asked the relay to file the action item in the tracker (Jira)
inline const QString trackerRequested = QStringLiteral("trackerRequested");
inline const QString tracker = QStringLiteral("tracker"); // TrackerIssue's map, written by the relay
} // namespace taskattr

QString taskField(const QString &taskId, const QString &attribute); // "task.<id>.<attribute>"
// The task id and attribute of a task field; nullopt for anything else (an unknown attribute too).
std::optional<std::pair<QString, QString>> taskOfField(QStringView field);
// Empty when the value fits the attribute; otherwise what is wrong.
QString validateTaskValue(const QString &attribute, const QCborValue &value);

} // namespace muster

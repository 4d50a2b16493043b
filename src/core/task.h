// SPDX-License-Identifier: GPL-3.0-or-later
// Tasks of an incident: work handed out during the response ("check the CDN config — Kenji, by
// 10:30") and follow-up action items from the retrospective ("add a canary for checkout —
// Marcus, due Friday"). Each attribute is its own register, `task.<id>.<attribute>`, so two
// people can change a task's owner and its status at once and keep both.
#pragma once

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

struct Task
{
    QString id; // an entity id
    TaskKind kind = TaskKind::Task;
    QString title;
    QString ownerId; // person id; empty: nobody yet
    qint64 dueMs = 0; // 0: no due time
    TaskStatus status = TaskStatus::Open;
    qint64 createdMs = 0;

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
} // namespace taskattr

QString taskField(const QString &taskId, const QString &attribute); // "task.<id>.<attribute>"
// The task id and attribute of a task field; nullopt for anything else (an unknown attribute too).
std::optional<std::pair<QString, QString>> taskOfField(QStringView field);
// Empty when the value fits the attribute; otherwise what is wrong.
QString validateTaskValue(const QString &attribute, const QCborValue &value);

} // namespace muster

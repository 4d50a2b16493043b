// SPDX-License-Identifier: GPL-3.0-or-later
// The blameless retrospective of an incident: what happened and its impact, a timeline built
// from the log and the milestones (with entries chosen for inclusion), contributing factors,
// what went well, what went poorly, where we got lucky, and a review state. Action items are
// the incident's tasks of kind "action" (task.h). Each text is its own register,
// `retro.<part>`, so two people can write different parts at once.
#pragma once

#include "domain.h"
#include "operation.h"

#include <QCborValue>
#include <QMap>
#include <QString>
#include <array>
#include <optional>

namespace muster {

struct Incident;
struct LogEntry;

enum class ReviewState
{
    Draft,
    InReview,
    Published,
};
inline constexpr std::array allReviewStates {ReviewState::Draft, ReviewState::InReview,
                                             ReviewState::Published};
QString reviewStateName(ReviewState state); // "draft", "review", "published"
QString reviewStateLabel(ReviewState state); // "Draft", "In review", "Published"
std::optional<ReviewState> reviewStateFromName(QStringView name);

// The written parts, by wire name; each is multi-line text.
namespace retropart {
inline const QString summary = QStringLiteral("summary");
inline const QString affected = QStringLiteral("affected"); // who was affected, and how
inline const QString slo = QStringLiteral("slo"); // SLO impact: error budget spent, targets missed
inline const QString factors = QStringLiteral("factors"); // contributing factors
inline const QString wentWell = QStringLiteral("well");
inline const QString wentPoorly = QStringLiteral("poorly");
inline const QString lucky = QStringLiteral("lucky");
inline const QStringList &all()
{
    static const QStringList parts {summary, affected, slo, factors, wentWell, wentPoorly, lucky};
    return parts;
}
} // namespace retropart
QString retroPartLabel(const QString &part); // "Contributing factors"

struct Retrospective
{
    QMap<QString, QString> parts; // part → text; a missing part is empty
    ReviewState state = ReviewState::Draft;
    QMap<OpId, bool> inclusion; // log entries chosen in or out of the timeline, against the default

    QString part(const QString &name) const { return parts.value(name); }
    bool isEmpty() const { return parts.isEmpty() && state == ReviewState::Draft && inclusion.isEmpty(); }
    friend bool operator==(const Retrospective &, const Retrospective &) = default;
};

QString retroField(const QString &part); // "retro.<part>", text
QString retroStateField(); // "retro.state", a review state name
QString retroInclusionField(const OpId &entry); // "retro.include.<replica>.<counter>", bool or null
// Which retrospective register a field is: the part name, "state", or "include" with the entry.
struct RetroFieldRef
{
    QString part; // a part name, or "state", or "include"
    OpId entry; // for "include"
};
std::optional<RetroFieldRef> retroOfField(QStringView field);
QString validateRetroValue(const RetroFieldRef &ref, const QCborValue &value);
void applyRetroSet(Retrospective &retro, const RetroFieldRef &ref, const QCborValue &value);

// Log entries a timeline shows unless someone chose otherwise: what people decided and did,
// state and role changes. Notes and system lines are there to be picked.
bool includedByDefault(LogKind kind);

struct TimelineEntry
{
    qint64 atMs = 0;
    QString what; // the log text, or "Detected" for a milestone
    QString kind; // a log kind name, or "milestone"
    QString author; // person id; empty for milestones
    std::optional<OpId> logId; // empty for milestones
    bool included = true;
};
// Milestones and log entries in time order (log entries that correct another are left out:
// the correction stands in for both). With `all` false, only what is included.
QList<TimelineEntry> retroTimeline(const Incident &incident, const QList<LogEntry> &logOldestFirst, bool all);

// Impact duration: from impact start (else detection) to mitigation (else resolution, else now).
qint64 impactDurationMs(const Incident &incident, qint64 nowMs);

} // namespace muster

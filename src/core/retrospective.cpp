// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrospective.h"

#include "fields.h"
#include "incident.h"

#include <QCoreApplication>
#include <QSet>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

const QString kPrefix = QStringLiteral("retro.");
const QString kState = QStringLiteral("state");
const QString kInclude = QStringLiteral("include");

} // namespace

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QStringLiteral("draft");
    case ReviewState::InReview:
        return QStringLiteral("review");
    case ReviewState::Published:
        return QStringLiteral("published");
    }
    return {};
}

QString reviewStateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return tr("Draft");
    case ReviewState::InReview:
        return tr("In review");
    case ReviewState::Published:
        return tr("Published");
    }
    return {};
}

std::optional<ReviewState> reviewStateFromName(QStringView name)
{
    for (ReviewState state : allReviewStates) {
        if (reviewStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString retroPartLabel(const QString &part)
{
    if (part == retropart::summary)
        return tr("Summary");
    if (part == retropart::affected)
        return tr("Who was affected");
    if (part == retropart::slo)
        return tr("SLO impact");
    if (part == retropart::factors)
        return tr("Contributing factors");
    if (part == retropart::wentWell)
        return tr("What went well");
    if (part == retropart::wentPoorly)
        return tr("What went poorly");
    if (part == retropart::lucky)
        return tr("Where we got lucky");
    return part;
}

QString retroField(const QString &part)
{
    return kPrefix + part;
}

QString retroStateField()
{
    return kPrefix + kState;
}

QString retroInclusionField(const OpId &entry)
{
    return QStringLiteral("retro.include.%1.%2").arg(entry.replica).arg(entry.counter);
}

std::optional<RetroFieldRef> retroOfField(QStringView field)
{
    if (!field.startsWith(kPrefix))
        return std::nullopt;
    const QString rest = field.mid(kPrefix.size()).toString();
    if (rest == kState || retropart::all().contains(rest))
        return RetroFieldRef {rest, {}};
    if (!rest.startsWith(kInclude + u'.'))
        return std::nullopt;
    const QStringList pieces = rest.split(u'.');
    if (pieces.size() != 3)
        return std::nullopt;
    bool ok = false;
    const qint64 counter = pieces.at(2).toLongLong(&ok);
    const auto id = OpId::fromString(QStringView(pieces.at(1) + u':' + pieces.at(2)));
    if (!ok || counter <= 0 || !id)
        return std::nullopt;
    return RetroFieldRef {kInclude, *id};
}

QString validateRetroValue(const RetroFieldRef &ref, const QCborValue &value)
{
    if (ref.part == kState)
        return reviewStateFromName(value.toString()) ? QString()
                                                     : tr("a review state is draft, review or published");
    if (ref.part == kInclude)
        return value.isBool() || value.isNull() ? QString()
                                                : tr("timeline inclusion must be true, false or null");
    if (!value.isString())
        return tr("%1 must be text").arg(retroPartLabel(ref.part));
    return validateText(value.toString(), limits::longTextChars, true);
}

void applyRetroSet(Retrospective &retro, const RetroFieldRef &ref, const QCborValue &value)
{
    if (ref.part == kState) {
        retro.state = reviewStateFromName(value.toString()).value_or(ReviewState::Draft);
    } else if (ref.part == kInclude) {
        if (value.isBool())
            retro.inclusion.insert(ref.entry, value.toBool());
        else
            retro.inclusion.remove(ref.entry);
    } else if (value.toString().isEmpty()) {
        retro.parts.remove(ref.part);
    } else {
        retro.parts.insert(ref.part, value.toString());
    }
}

bool includedByDefault(LogKind kind)
{
    return kind == LogKind::Decision || kind == LogKind::Action || kind == LogKind::StatusChange
        || kind == LogKind::RoleChange;
}

QList<TimelineEntry> retroTimeline(const Incident &incident, const QList<LogEntry> &logOldestFirst, bool all)
{
    QList<TimelineEntry> out;
    for (auto it = incident.milestones.cbegin(); it != incident.milestones.cend(); ++it)
        out.append(
            {it.value(), milestoneLabel(it.key()), QStringLiteral("milestone"), {}, std::nullopt, true});
    QSet<QString> corrected; // op ids as text
    for (const LogEntry &entry : logOldestFirst) {
        if (entry.corrects)
            corrected.insert(entry.corrects->toString());
    }
    for (const LogEntry &entry : logOldestFirst) {
        if (corrected.contains(entry.id.toString()))
            continue;
        const bool included = incident.retrospective.inclusion.value(entry.id, includedByDefault(entry.kind));
        if (!included && !all)
            continue;
        out.append({entry.hlc.wallMs, entry.text, logKindName(entry.kind), entry.author, entry.id, included});
    }
    // Milestones before log lines of the same millisecond: "Detected" reads before what followed.
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.atMs != b.atMs)
            return a.atMs < b.atMs;
        return !a.logId && b.logId;
    });
    return out;
}

qint64 impactDurationMs(const Incident &incident, qint64 nowMs)
{
    const auto &m = incident.milestones;
    const qint64 start = m.value(Milestone::ImpactStarted, m.value(Milestone::Detected, 0));
    if (start == 0)
        return 0;
    qint64 end = m.value(Milestone::Mitigated, m.value(Milestone::Resolved, nowMs));
    return std::max<qint64>(0, end - start);
}

} // namespace muster

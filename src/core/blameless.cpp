// SPDX-License-Identifier: GPL-3.0-or-later
#include "blameless.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

struct Rule
{
    const char *id;
    QRegularExpression pattern;
    QString why;
    QString suggestion;
};

QRegularExpression words(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("\\b(?:") + pattern + QStringLiteral(")\\b"),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

const QList<Rule> &rules()
{
    static const QList<Rule> all {
        {"human-error", words(QStringLiteral("human error|operator error|user error|pilot error")),
         tr("“Human error” ends the inquiry where it should start."),
         tr("Say what made the mistake easy to make: “the runbook step did not say which cluster”.")},
        {"judgement",
         words(QStringLiteral(
             "careless(?:ly|ness)?|negligen(?:t|ce)|sloppy|incompeten(?:t|ce)|lazy|reckless(?:ly)?|"
             "stupid|dumb|irresponsible")),
         tr("This judges a person, not what happened."),
         tr("Describe the action and its context: “the change was applied without a second review”.")},
        {"hindsight",
         words(QStringLiteral(
             "should have (?:known|checked|noticed|caught|seen|realised|realized|asked|tested|waited)|"
             "should've (?:known|checked|noticed|caught|seen)|ought to have")),
         tr("Hindsight: it was not known then what is known now."),
         tr("Say what was visible at the time: “the dashboard did not show the EU error rate”.")},
        {"omission",
         words(QStringLiteral(
             "forgot(?:ten)? to|forgot|failed to|neglected to|did(?:n't| not) bother(?: to)?|ignored")),
         tr("This frames a gap in the process as a person's failing."),
         tr("Say what did not happen and what would have prompted it: “the checklist has no step for it”.")},
        {"blame", words(QStringLiteral("(?:his|her|their) fault|fault of|to blame|blamed?|culprit|guilty")),
         tr("Blame makes people hide what they know."),
         tr("Name the contributing factors instead: conditions, defaults, missing safeguards.")},
        {"minimising",
         words(QStringLiteral("obviously|clearly|simply|just had to|all (?:he|she|they) had to do")),
         tr("These words make the situation look simpler than it was for the people in it."),
         tr("Leave them out, or say what made it hard to see then.")},
    };
    return all;
}

// "<name> broke / caused / messed up …": the person as the cause.
const QString &causeVerbs()
{
    static const QString verbs = QStringLiteral("broke|caused|messed up|screwed up|took down|brought "
                                                "down|pushed a bad|deployed a bad|deleted|dropped");
    return verbs;
}

} // namespace

QList<BlamelessHint> blamelessHints(const QString &text, const QStringList &people)
{
    QList<BlamelessHint> hints;
    auto overlaps = [&hints](qsizetype start, qsizetype length) {
        return std::any_of(hints.cbegin(), hints.cend(), [&](const BlamelessHint &h) {
            return start < h.start + h.length && h.start < start + length;
        });
    };
    for (const QString &name : people) {
        const QString first = name.trimmed().section(u' ', 0, 0);
        for (const QString &who : {name.trimmed(), first}) {
            if (who.size() < 2)
                continue;
            const QRegularExpression pattern(
                QStringLiteral("\\b") + QRegularExpression::escape(who)
                    + QStringLiteral("\\b(?:\\s+\\w+){0,2}?\\s+(?:") + causeVerbs() + QStringLiteral(")\\b"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            for (auto it = pattern.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                if (overlaps(match.capturedStart(), match.capturedLength()))
                    continue;
                hints.append(
                    {QStringLiteral("person-caused"), match.capturedStart(), match.capturedLength(),
                     match.captured(), tr("This names a person as the cause."),
                     tr("Name the change or the condition instead: “the 14:02 deploy removed the index”.")});
            }
        }
    }
    for (const Rule &rule : rules()) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (overlaps(match.capturedStart(), match.capturedLength()))
                continue;
            hints.append({QString::fromLatin1(rule.id), match.capturedStart(), match.capturedLength(),
                          match.captured(), rule.why, rule.suggestion});
        }
    }
    std::sort(hints.begin(), hints.end(),
              [](const BlamelessHint &a, const BlamelessHint &b) { return a.start < b.start; });
    return hints;
}

} // namespace muster

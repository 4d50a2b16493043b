// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatelint.h"

#include "core/blameless.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace muster::comms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster::comms", text);
}

QRegularExpression pattern(const char *text)
{
    return QRegularExpression(QString::fromLatin1(text),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

// Every match of a pattern in the text, once each, as warnings of one rule.
void findAll(QList<LintWarning> &out, const QRegularExpression &re, const QString &text, const QString &rule,
             const QString &why)
{
    QStringList seen;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString words = it.next().captured();
        if (seen.contains(words, Qt::CaseInsensitive))
            continue;
        seen << words;
        out.append({rule, words, why});
    }
}

void lintText(QList<LintWarning> &out, const QString &text, const QStringList &people)
{
    static const QRegularExpression placeholder = pattern("\\{\\{[^{}]*\\}\\}");
    findAll(out, placeholder, text, QStringLiteral("placeholder"),
            tr("A placeholder was left unfilled: readers would see it as it is."));

    // A promised time to recovery: "ETA", "fixed by 14:00", "back within the hour", "will be restored".
    static const QRegularExpression eta = pattern("\\bETA\\b"
                                                  "|\\b(?:fixed|resolved|restored|recovered|back(?: "
                                                  "up)?|working again|up again)\\s+(?:by|within|in|before)\\b"
                                                  "|\\bwill be (?:fixed|resolved|restored|back)\\b");
    findAll(
        out, eta, text, QStringLiteral("eta"),
        tr("A time to recovery that is not confirmed becomes a broken promise; leave it out until it is."));

    // IP addresses, internal host names and URLs mean nothing to readers outside and tell too much.
    static const QRegularExpression internal = pattern(
        "\\b(?:\\d{1,3}\\.){3}\\d{1,3}(?::\\d+)?\\b"
        "|\\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\\b"
        "|\\b[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?"
        "|\\blocalhost\\b"
        "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:internal|local|lan|corp|intranet|intra|svc|home\\.arpa)\\b");
    findAll(out, internal, text, QStringLiteral("internal-address"),
            tr("An IP address, internal host name or internal URL means nothing to readers outside and tells "
               "too much."));

    for (const BlamelessHint &hint : blamelessHints(text, people))
        out.append({QStringLiteral("blame"), hint.words, hint.why});
}
} // namespace

QList<LintWarning> lintUpdate(const QString &subject, const QString &body, UpdateStage stage,
                              const QStringList &people)
{
    QList<LintWarning> out;
    if (subject.size() > subjectWarnChars)
        out.append({QStringLiteral("subject-length"),
                    {},
                    tr("The subject is %1 characters long; mail clients cut it after about %2.")
                        .arg(subject.size())
                        .arg(subjectWarnChars)});
    lintText(out, subject, people);
    lintText(out, body, people);
    // Every update but the last says when the next one comes, so nobody has to ask.
    static const QRegularExpression next = pattern("\\bnext update\\b|\\bnext (?:report|notice)\\b|"
                                                   "\\bfinal update\\b|\\bupdate (?:again )?by\\b");
    if (stage != UpdateStage::Resolved && !next.match(body).hasMatch())
        out.append({QStringLiteral("next-update"),
                    {},
                    tr("It does not say when the next update comes; readers will ask instead of waiting.")});
    return out;
}

} // namespace muster::comms

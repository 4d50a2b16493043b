// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbooktemplate.h"

#include "fields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace muster {

std::optional<RunbookTemplate> RunbookTemplate::parse(const QString &id, const QString &markdown,
                                                      QString *error)
{
    static const QRegularExpression stepLine(QStringLiteral(R"(^\s*[-*]\s+\[[ xX]\]\s+(.+)$)"));
    RunbookTemplate runbook;
    runbook.id = id;
    QStringList description;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.startsWith(QStringLiteral("# ")) && runbook.title.isEmpty()) {
            runbook.title = line.mid(2).trimmed();
        } else if (const auto match = stepLine.match(line); match.hasMatch()) {
            const QString step = match.captured(1).trimmed();
            if (const QString problem = validateText(step, limits::longTextChars, false);
                !problem.isEmpty()) {
                if (error)
                    *error = QCoreApplication::translate("muster", "line %1: %2").arg(n + 1).arg(problem);
                return std::nullopt;
            }
            runbook.steps.append(step);
        } else if (!line.isEmpty() && runbook.steps.isEmpty() && !line.startsWith(u'#')) {
            description.append(line);
        }
    }
    auto fail = [error](const QString &message) -> std::optional<RunbookTemplate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (runbook.title.isEmpty())
        return fail(QCoreApplication::translate("muster", "no '# Title' line"));
    if (runbook.title.size() > limits::titleChars)
        return fail(QCoreApplication::translate("muster", "title is longer than %1 characters")
                        .arg(limits::titleChars));
    if (runbook.steps.isEmpty())
        return fail(QCoreApplication::translate("muster", "no '- [ ] step' lines"));
    if (runbook.steps.size() > limits::stepsPerRunbook)
        return fail(QCoreApplication::translate("muster", "more than %1 steps").arg(limits::stepsPerRunbook));
    runbook.description = description.join(u' ');
    return runbook;
}

QList<RunbookTemplate> loadRunbookTemplates(const QString &directory, bool bundled, QStringList *errors)
{
    QList<RunbookTemplate> out;
    const QDir dir(directory);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(info.absoluteFilePath());
        // A template is a page of text; anything much larger is not one.
        if (info.size() > 256 * 1024 || !file.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(info.fileName() + QStringLiteral(": ")
                               + QCoreApplication::translate("muster", "unreadable or larger than 256 KiB"));
            continue;
        }
        QString error;
        auto runbook
            = RunbookTemplate::parse(info.completeBaseName(), QString::fromUtf8(file.readAll()), &error);
        if (!runbook) {
            if (errors)
                errors->append(info.fileName() + QStringLiteral(": ") + error);
            continue;
        }
        runbook->bundled = bundled;
        out.append(*runbook);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.title < b.title; });
    return out;
}

} // namespace muster

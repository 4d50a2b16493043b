// SPDX-License-Identifier: GPL-3.0-or-later
// Runbook templates are Markdown: a `# Title` heading, optional description paragraphs, and
// `- [ ] step` lines. Bundled ones live in resources/runbooks; users add their own files to
// <data dir>/runbooks.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace muster {

struct RunbookTemplate
{
    QString id; // file name without .md
    QString title;
    QString description;
    QStringList steps;
    bool bundled = false;

    // Parses a template; on failure returns nothing and sets error to a sentence that names the line.
    static std::optional<RunbookTemplate> parse(const QString &id, const QString &markdown, QString *error);
};

// Reads every *.md file of a folder, sorted by title. Files that do not parse are reported in
// errors ("file: problem") and left out.
QList<RunbookTemplate> loadRunbookTemplates(const QString &directory, bool bundled, QStringList *errors);

} // namespace muster

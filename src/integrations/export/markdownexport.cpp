// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexport.h"

#include "exportdocument.h"

#include <QRegularExpression>

namespace muster {

namespace {

// Characters that start emphasis, links, HTML, code or strikethrough anywhere in a line.
bool isInlineActive(QChar c)
{
    return c == u'\\' || c == u'*' || c == u'_' || c == u'`' || c == u'[' || c == u']' || c == u'<'
        || c == u'>' || c == u'~' || c == u'|' || c == u'&' || c == u'!';
}

QString escapeInline(QStringView line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        if (isInlineActive(c))
            out += u'\\';
        out += c;
    }
    return out;
}

// A line that would start a heading, list, quote, rule or numbered list reads as text.
QString escapeLineStart(const QString &escaped)
{
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#+=-]|\\d+[.)])"));
    const auto match = blockStart.match(escaped);
    if (!match.hasMatch())
        return escaped;
    const qsizetype at = match.capturedEnd(2) - 1; // the punctuation that makes it a block
    return escaped.left(at) + u'\\' + escaped.mid(at);
}

// A heading is one line, whatever the title held.
QString headingText(QString text)
{
    return escapeInline(text.replace(u'\n', u' ').simplified());
}

QString fact(const QString &label, const QString &value)
{
    // A fact's value may have several lines: each continues the list item as a hard break.
    return QStringLiteral("- **%1:** %2")
        .arg(escapeInline(label), markdownText(value).replace(u'\n', QStringLiteral("\n  ")));
}

QString tableText(const ExportBlock &block)
{
    QStringList lines;
    QStringList head, rule;
    for (const QString &column : block.columns) {
        head << markdownCell(column);
        rule << QStringLiteral("---");
    }
    lines << QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    lines << QStringLiteral("|") + rule.join(u'|') + QStringLiteral("|");
    for (const QStringList &row : block.rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << markdownCell(cell);
        lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    }
    return lines.join(u'\n');
}

} // namespace

QString markdownText(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        // Trailing blanks would be a hard break of their own; tabs would be code blocks.
        lines << escapeLineStart(escapeInline(QString(line).replace(u'\t', u' ').trimmed()));
    }
    // A backslash at the end of a line is CommonMark's hard break; blank lines stay paragraphs.
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += lines.at(i);
        if (i + 1 < lines.size())
            out += (lines.at(i).isEmpty() || lines.at(i + 1).isEmpty()) ? QStringLiteral("\n")
                                                                        : QStringLiteral("\\\n");
    }
    return out;
}

QString markdownCell(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << escapeInline(line.trimmed());
    return lines.join(QStringLiteral("<br>"));
}

QString exportMarkdown(const IncidentRecord &record)
{
    const ExportDocument doc = buildExportDocument(record);
    QStringList out {QStringLiteral("# ") + headingText(doc.title)};
    for (const ExportBlock &block : doc.blocks) {
        switch (block.kind) {
        case ExportBlock::Kind::Heading:
            out << QString(block.level, u'#') + u' ' + headingText(block.text);
            break;
        case ExportBlock::Kind::Paragraph:
            out << markdownText(block.text);
            break;
        case ExportBlock::Kind::Placeholder:
            out << u'_' + escapeInline(block.text) + u'_';
            break;
        case ExportBlock::Kind::Facts: {
            QStringList items;
            for (const auto &[label, value] : block.facts)
                items << fact(label, value);
            out << items.join(u'\n');
            break;
        }
        case ExportBlock::Kind::Table:
            out << tableText(block);
            break;
        }
    }
    return out.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace muster

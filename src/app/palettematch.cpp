// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettematch.h"

#include <algorithm>

namespace muster::palette {

namespace {
constexpr int kWholeStart = 100; // the field starts with the word
constexpr int kWordStart = 70; // a word of the field starts with it
constexpr int kInside = 40; // found inside a word
constexpr int kInOrder = 10; // its letters appear in order, close together
constexpr int kInOrderStretch = 3; // how many characters per letter typed, at most

bool isWordStart(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

int scoreWord(const QString &word, const QString &field)
{
    if (field.startsWith(word))
        return kWholeStart;
    int best = 0;
    for (qsizetype at = field.indexOf(word); at >= 0; at = field.indexOf(word, at + 1)) {
        best = std::max(best, isWordStart(field, at) ? kWordStart : kInside);
        if (best == kWordStart)
            break;
    }
    if (best > 0)
        return best;
    // Letters in order, each after the last, starting at a word and within a short stretch:
    // "chkfl" in "checkout failing". Looser than that, it finds noise in every long title.
    for (qsizetype start = field.indexOf(word.front()); start >= 0;
         start = field.indexOf(word.front(), start + 1)) {
        if (!isWordStart(field, start))
            continue;
        qsizetype at = start;
        for (qsizetype i = 1; i < word.size() && at >= 0; ++i)
            at = field.indexOf(word.at(i), at + 1);
        if (at >= 0 && at - start < word.size() * kInOrderStretch)
            return kInOrder;
    }
    return 0;
}
} // namespace

QString fold(const QString &text)
{
    // Qt's case folding is the simple one, one character for one: "ß" → "ss" is done by hand,
    // since Germans type "strasse" for "Straße".
    const QString decomposed
        = text.normalized(QString::NormalizationForm_KD).toCaseFolded().replace(u'ß', QStringLiteral("ss"));
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            space = !folded.isEmpty();
            continue;
        }
        if (space)
            folded.append(u' ');
        space = false;
        folded.append(c);
    }
    return folded;
}

int score(const QString &query, const QStringList &fields)
{
    const QStringList words = fold(query).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 1;
    QStringList folded;
    folded.reserve(fields.size());
    for (const QString &field : fields)
        folded.append(fold(field));
    int total = 0;
    for (const QString &word : words) {
        int best = 0;
        for (qsizetype i = 0; i < folded.size(); ++i)
            best = std::max(best, scoreWord(word, folded.at(i)) * (i == 0 ? 2 : 1));
        if (best == 0)
            return 0;
        total += best;
    }
    return total;
}

} // namespace muster::palette

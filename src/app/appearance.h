// SPDX-License-Identifier: GPL-3.0-or-later
// How Muster looks for this person: the colour scheme (light, dark, or high contrast, white on
// black with yellow accents for low vision) and the text size. The text follows the system's
// font size: someone who set a larger desktop font gets larger text here too, never smaller
// than Muster's own. Kept in QSettings group "appearance"; the command line (--theme,
// --font-scale) sets the start of one run, and screenshots ignore what is saved.
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

class QFont;

namespace muster {

class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The appearance belongs to MusterApp")
    // "light", "dark" or "contrast"; setting it saves it (unless it came from the command line
    // for a screenshot).
    Q_PROPERTY(QString scheme READ scheme WRITE setScheme NOTIFY schemeChanged)
    // Multiplies every type size: 1.0 at the desktop's usual font size, up to kMaxFontScale.
    Q_PROPERTY(double fontScale READ fontScale CONSTANT)

public:
    static constexpr double kMaxFontScale = 2.0;
    // The desktop font size Muster's type sizes are drawn for, in points.
    static constexpr double kReferencePointSize = 10.0;

    // `scheme` and `fontScale` from the command line win when set (non-empty, > 0). With
    // `remember` false nothing is read from or written to the settings (screenshots).
    Appearance(const QString &scheme, double fontScale, bool remember, QObject *parent = nullptr);

    QString scheme() const { return m_scheme; }
    void setScheme(const QString &scheme);
    double fontScale() const { return m_fontScale; }

    // [{value, text}] for the Settings dialog, in the user's language.
    Q_INVOKABLE QVariantList schemeChoices() const;
    // Light ↔ dark (the header's button); from high contrast, back to light.
    Q_INVOKABLE void toggleDark();

    static bool isKnownScheme(const QString &scheme);
    // The text scale for a desktop whose font is `font`: its size against kReferencePointSize,
    // never below 1 (Muster's sizes are the smallest it reads well at), at most kMaxFontScale.
    static double fontScaleFor(const QFont &font);

Q_SIGNALS:
    void schemeChanged();

private:
    QString m_scheme = QStringLiteral("light");
    double m_fontScale = 1.0;
    bool m_remember = true;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QFont>
#include <QGuiApplication>
#include <QSettings>
#include <algorithm>

namespace muster {

namespace {
const QString kGroup = QStringLiteral("appearance");
} // namespace

Appearance::Appearance(const QString &scheme, double fontScale, bool remember, QObject *parent)
    : QObject(parent)
    , m_remember(remember)
{
    if (isKnownScheme(scheme)) {
        m_scheme = scheme;
    } else if (remember) {
        QSettings settings;
        settings.beginGroup(kGroup);
        const QString saved = settings.value(QStringLiteral("scheme")).toString();
        // Before there were three schemes, only "dark" (a bool) was saved.
        m_scheme = isKnownScheme(saved)                              ? saved
            : settings.value(QStringLiteral("dark"), false).toBool() ? QStringLiteral("dark")
                                                                     : QStringLiteral("light");
    }
    if (fontScale > 0)
        m_fontScale = std::clamp(fontScale, 0.5, kMaxFontScale);
    else if (remember)
        m_fontScale = fontScaleFor(QGuiApplication::font());
}

bool Appearance::isKnownScheme(const QString &scheme)
{
    return scheme == u"light" || scheme == u"dark" || scheme == u"contrast";
}

double Appearance::fontScaleFor(const QFont &font)
{
    const double points = font.pointSizeF();
    if (points <= 0)
        return 1.0; // a font sized in pixels says nothing about the desktop's choice
    return std::clamp(points / kReferencePointSize, 1.0, kMaxFontScale);
}

void Appearance::setScheme(const QString &scheme)
{
    if (!isKnownScheme(scheme) || scheme == m_scheme)
        return;
    m_scheme = scheme;
    if (m_remember) {
        QSettings settings;
        settings.beginGroup(kGroup);
        settings.setValue(QStringLiteral("scheme"), m_scheme);
        settings.setValue(QStringLiteral("dark"), m_scheme != u"light"); // for older versions
    }
    emit schemeChanged();
}

void Appearance::toggleDark()
{
    setScheme(m_scheme == u"light" ? QStringLiteral("dark") : QStringLiteral("light"));
}

QVariantList Appearance::schemeChoices() const
{
    auto choice = [](const QString &value, const QString &text) {
        return QVariantMap {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
    };
    return {choice(QStringLiteral("light"), tr("Light")), choice(QStringLiteral("dark"), tr("Dark")),
            choice(QStringLiteral("contrast"), tr("High contrast (white on black)"))};
}

} // namespace muster

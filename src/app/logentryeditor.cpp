// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentryeditor.h"

#include "core/changes.h"
#include "core/fields.h"
#include "musterapp.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace muster {

LogEntryEditor::LogEntryEditor(QObject *parent)
    : QObject(parent)
{ }

void LogEntryEditor::setApp(MusterApp *app)
{
    if (m_app != app) {
        m_app = app;
        emit appChanged();
    }
}

void LogEntryEditor::setIncidentId(const QString &id)
{
    if (m_incidentId != id) {
        m_incidentId = id;
        emit changed();
    }
}

void LogEntryEditor::setKind(const QString &kind)
{
    if (m_kind != kind) {
        m_kind = kind;
        emit changed();
    }
}

void LogEntryEditor::setText(const QString &text)
{
    if (m_text != text) {
        m_text = text;
        emit changed();
    }
}

QString LogEntryEditor::problem() const
{
    const auto kind = logKindFromName(m_kind);
    if (!kind || !isUserLogKind(*kind))
        return QCoreApplication::translate("muster", "Choose note, decision or action.");
    if (m_text.trimmed().isEmpty())
        return QCoreApplication::translate("muster", "Write what happened, was decided or is being done.");
    if (const QString p = validateText(m_text.trimmed(), limits::longTextChars, true); !p.isEmpty())
        return p;
    if (m_incidentId.isEmpty() || !m_app)
        return QCoreApplication::translate("muster", "No incident is open.");
    return {};
}

QVariantList LogEntryEditor::kindChoices() const
{
    QVariantList out;
    for (LogKind k : {LogKind::Note, LogKind::Decision, LogKind::Action})
        out.append(QVariantMap {{QStringLiteral("value"), logKindName(k)},
                                {QStringLiteral("label"), logKindLabel(k)}});
    return out;
}

bool LogEntryEditor::submit()
{
    if (!valid())
        return false;
    // The text stays in the field until it is saved: a failed write loses nothing.
    const QString written = m_text;
    m_app->commit(changes::logEntry(m_incidentId, *logKindFromName(m_kind), m_text), this,
                  [this, written](bool ok) {
                      if (!ok)
                          return;
                      if (m_text == written) {
                          m_text.clear();
                          emit changed();
                      }
                      emit submitted();
                  });
    return true;
}

} // namespace muster

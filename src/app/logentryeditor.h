// SPDX-License-Identifier: GPL-3.0-or-later
// The quick-entry line under an incident's log: kind (note, decision, action) and text.
#pragma once

#include <QObject>
#include <QtQmlIntegration>

// Property types are only forward-declared here; moc needs their definitions.
Q_MOC_INCLUDE("musterapp.h")

namespace muster {

class MusterApp;

class LogEntryEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::MusterApp *app READ app WRITE setApp NOTIFY appChanged REQUIRED)
    Q_PROPERTY(QString incidentId READ incidentId WRITE setIncidentId NOTIFY changed)
    // "note", "decision" or "action"
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // [{value, label}] of the kinds a person may write.
    Q_PROPERTY(QVariantList kindChoices READ kindChoices CONSTANT)

public:
    explicit LogEntryEditor(QObject *parent = nullptr);

    MusterApp *app() const { return m_app; }
    void setApp(MusterApp *app);
    QString incidentId() const { return m_incidentId; }
    void setIncidentId(const QString &id);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return problem().isEmpty(); }
    QString problem() const;
    QVariantList kindChoices() const;

    // Writes the entry; once it is saved the text clears (the kind stays, for a run of actions).
    Q_INVOKABLE bool submit();

Q_SIGNALS:
    void appChanged();
    void changed();
    void submitted();

private:
    MusterApp *m_app = nullptr;
    QString m_incidentId;
    QString m_kind = QStringLiteral("note");
    QString m_text;
};

} // namespace muster

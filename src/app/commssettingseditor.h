// SPDX-License-Identifier: GPL-3.0-or-later
// The backend of the communication settings form (one per form): distribution lists (add, edit,
// archive), the cadence per severity, and the workspace's templates per audience and stage. What is typed is
// checked here the way the e-mail writer will check it, so a list that saves is a list that can be sent to.
#pragma once

#include "core/audience.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

namespace muster {

class MusterApp;
class CommsDesk;

class CommsSettingsEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of CommsDesk")
    // The list being edited ("" for a new one) and its fields; addresses one per line.
    Q_PROPERTY(QString listId READ listId NOTIFY listChanged)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY listChanged)
    Q_PROPERTY(QString audience MEMBER m_audience NOTIFY listChanged) // "executives", …
    Q_PROPERTY(QString to MEMBER m_to NOTIFY listChanged)
    Q_PROPERTY(QString cc MEMBER m_cc NOTIFY listChanged)
    Q_PROPERTY(QString zone MEMBER m_zone NOTIFY listChanged) // IANA id, "" for UTC
    // [{name, label}] for the audience picker.
    Q_PROPERTY(QVariantList audiences READ audiences CONSTANT)
    // Minutes between updates per severity (0: none) and the long-incident switch.
    Q_PROPERTY(QList<int> intervals MEMBER m_intervals NOTIFY cadenceChanged)
    Q_PROPERTY(int longAfter MEMBER m_longAfter NOTIFY cadenceChanged)
    Q_PROPERTY(int longInterval MEMBER m_longInterval NOTIFY cadenceChanged)
    // The bridge link each new incident starts with; edited with the cadence.
    Q_PROPERTY(QString defaultBridge MEMBER m_defaultBridge NOTIFY cadenceChanged)
    // The template being edited: which one, its text, and whether the workspace changed it from
    // the bundled one.
    Q_PROPERTY(QString templateAudience READ templateAudience NOTIFY templateChanged)
    Q_PROPERTY(QString templateStage READ templateStage NOTIFY templateChanged)
    Q_PROPERTY(QString templateSubject MEMBER m_templateSubject NOTIFY templateChanged)
    Q_PROPERTY(QString templateBody MEMBER m_templateBody NOTIFY templateChanged)
    Q_PROPERTY(bool templateEdited READ templateEdited NOTIFY templateChanged)
    // [{name, help}]: what each placeholder is filled with.
    Q_PROPERTY(QVariantList placeholders READ placeholders CONSTANT)
    // [{name, label}] for the stage picker.
    Q_PROPERTY(QVariantList stages READ stages CONSTANT)

public:
    CommsSettingsEditor(CommsDesk *desk, MusterApp *app);

    QString listId() const { return m_listId; }
    QVariantList audiences() const;

    // Loads a list into the form, or an empty one for "".
    Q_INVOKABLE void editList(const QString &listId);
    // Why the list cannot be saved as typed, or "".
    Q_INVOKABLE QString listProblem() const;
    // Saves the list; returns why not, or "".
    Q_INVOKABLE QString saveList();
    // Takes a list off the pickers (updates sent to it keep its name).
    Q_INVOKABLE QString archiveList(const QString &listId);
    // Loads the workspace's cadence into the form.
    Q_INVOKABLE void editCadence();
    Q_INVOKABLE QString saveCadence();
    // Saves defaultBridge; the problem in a sentence, or "" when saved.
    Q_INVOKABLE QString saveDefaultBridge();
    // Loads the workspace's template for an audience and stage (the bundled one if not edited).
    Q_INVOKABLE void editTemplate(const QString &audience, const QString &stage);
    // Saves the text as the workspace's template; returns why not, or "".
    Q_INVOKABLE QString saveTemplate();
    // Goes back to the bundled template.
    Q_INVOKABLE QString resetTemplate();

    QString templateAudience() const;
    QString templateStage() const;
    bool templateEdited() const;
    QVariantList placeholders() const;
    QVariantList stages() const;

Q_SIGNALS:
    void listChanged();
    void cadenceChanged();
    void templateChanged();

private:
    QStringList addresses(const QString &text) const;

    CommsDesk *m_desk;
    MusterApp *m_app;
    QString m_listId;
    QString m_name;
    QString m_audience = QStringLiteral("executives");
    QString m_to;
    QString m_cc;
    QString m_zone;
    QList<int> m_intervals {20, 30, 60, 0};
    int m_longAfter = 120;
    QString m_defaultBridge;
    int m_longInterval = 60;
    AudienceType m_templateAudience = AudienceType::Executives;
    UpdateStage m_templateStage = UpdateStage::Initial;
    QString m_templateSubject;
    QString m_templateBody;
};

} // namespace muster

// SPDX-License-Identifier: GPL-3.0-or-later
// Adds a responder to the people directory or edits one.
#pragma once

#include <QObject>
#include <QtQmlIntegration>

// Property types are only forward-declared here; moc needs their definitions.
Q_MOC_INCLUDE("musterapp.h")

namespace muster {

class MusterApp;

class PersonEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::MusterApp *app READ app WRITE setApp NOTIFY appChanged REQUIRED)
    // Empty for a new person; setting it loads that person's fields.
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY changed)
    Q_PROPERTY(bool isNew READ isNew NOTIFY changed)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY changed)
    Q_PROPERTY(QString team READ team WRITE setTeam NOTIFY changed)
    Q_PROPERTY(QString handle READ handle WRITE setHandle NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit PersonEditor(QObject *parent = nullptr);

    MusterApp *app() const { return m_app; }
    void setApp(MusterApp *app);
    QString personId() const { return m_personId; }
    void setPersonId(const QString &id);
    bool isNew() const { return m_personId.isEmpty(); }
    QString name() const { return m_name; }
    void setName(const QString &v);
    QString email() const { return m_email; }
    void setEmail(const QString &v);
    QString team() const { return m_team; }
    void setTeam(const QString &v);
    QString handle() const { return m_handle; }
    void setHandle(const QString &v);
    bool valid() const { return problem().isEmpty(); }
    QString problem() const;

    Q_INVOKABLE bool submit();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void appChanged();
    void changed();
    void saved(const QString &personId);

private:
    void set(QString &member, const QString &value);

    MusterApp *m_app = nullptr;
    QString m_personId;
    QString m_name;
    QString m_email;
    QString m_team;
    QString m_handle;
};

} // namespace muster

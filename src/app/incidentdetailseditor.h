// SPDX-License-Identifier: GPL-3.0-or-later
// Edits an open incident's title, affected services, summary, customer impact and bridge link. Each
// field that changed is saved with its own log line.
#pragma once

#include <QObject>
#include <QtQmlIntegration>

// Property types are only forward-declared here; moc needs their definitions.
Q_MOC_INCLUDE("incidentroom.h")

namespace muster {

class IncidentRoom;

class IncidentDetailsEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::IncidentRoom *room READ room WRITE setRoom NOTIFY roomChanged REQUIRED)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    // Comma-separated service names.
    Q_PROPERTY(QString services READ services WRITE setServices NOTIFY changed)
    Q_PROPERTY(QString summary READ summary WRITE setSummary NOTIFY changed)
    Q_PROPERTY(QString impact READ impact WRITE setImpact NOTIFY changed)
    Q_PROPERTY(QString bridge READ bridge WRITE setBridge NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit IncidentDetailsEditor(QObject *parent = nullptr);

    IncidentRoom *room() const { return m_room; }
    void setRoom(IncidentRoom *room);
    QString title() const { return m_title; }
    void setTitle(const QString &v);
    QString services() const { return m_services; }
    void setServices(const QString &v);
    QString summary() const { return m_summary; }
    void setSummary(const QString &v);
    QString impact() const { return m_impact; }
    void setImpact(const QString &v);
    QString bridge() const { return m_bridge; }
    void setBridge(const QString &v);
    bool valid() const { return problem().isEmpty(); }
    QString problem() const;

    // Fills the form from the incident as it is now.
    Q_INVOKABLE void load();
    Q_INVOKABLE bool submit();

Q_SIGNALS:
    void roomChanged();
    void changed();

private:
    void set(QString &member, const QString &value);

    IncidentRoom *m_room = nullptr;
    QString m_title;
    QString m_services;
    QString m_summary;
    QString m_impact;
    QString m_bridge;
};

} // namespace muster

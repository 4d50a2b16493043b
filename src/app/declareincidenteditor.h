// SPDX-License-Identifier: GPL-3.0-or-later
// The form behind "Declare incident": its fields, whether they are valid, and submit(). The
// dialog only binds to it.
#pragma once

#include "core/incident.h"

#include <QObject>
#include <QtQmlIntegration>

// Property types are only forward-declared here; moc needs their definitions.
Q_MOC_INCLUDE("musterapp.h")

namespace muster {

class MusterApp;

class DeclareIncidentEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(muster::MusterApp *app READ app WRITE setApp NOTIFY appChanged REQUIRED)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    Q_PROPERTY(int severity READ severity WRITE setSeverity NOTIFY changed)
    Q_PROPERTY(QString summary READ summary WRITE setSummary NOTIFY changed)
    // Comma-separated service names.
    Q_PROPERTY(QString services READ services WRITE setServices NOTIFY changed)
    Q_PROPERTY(QString impact READ impact WRITE setImpact NOTIFY changed)
    Q_PROPERTY(bool drill READ drill WRITE setDrill NOTIFY changed)
    Q_PROPERTY(bool otherTeamsNeeded READ otherTeamsNeeded WRITE setOtherTeamsNeeded NOTIFY changed)
    Q_PROPERTY(bool customerVisible READ customerVisible WRITE setCustomerVisible NOTIFY changed)
    Q_PROPERTY(bool unresolvedAfterHour READ unresolvedAfterHour WRITE setUnresolvedAfterHour NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    // Why the form cannot be submitted yet, as a sentence; empty when valid.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // Advice from the three questions: "Declare" when any holds.
    Q_PROPERTY(bool declareAdvised READ declareAdvised NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Declaring from the detection inbox: how many alerts will be linked, and the Detected
    // time they give (the oldest alert's start, ms); 0 for a declaration by hand.
    Q_PROPERTY(int alertCount READ alertCount NOTIFY changed)
    Q_PROPERTY(double detectedAt READ detectedAt NOTIFY changed)

public:
    explicit DeclareIncidentEditor(QObject *parent = nullptr);

    MusterApp *app() const { return m_app; }
    void setApp(MusterApp *app);
    QString title() const { return m_title; }
    void setTitle(const QString &v);
    int severity() const { return m_severity; }
    void setSeverity(int v);
    QString summary() const { return m_summary; }
    void setSummary(const QString &v);
    QString services() const { return m_services; }
    void setServices(const QString &v);
    QString impact() const { return m_impact; }
    void setImpact(const QString &v);
    bool drill() const { return m_drill; }
    void setDrill(bool v);
    bool otherTeamsNeeded() const { return m_otherTeams; }
    void setOtherTeamsNeeded(bool v);
    bool customerVisible() const { return m_customerVisible; }
    void setCustomerVisible(bool v);
    bool unresolvedAfterHour() const { return m_unresolvedHour; }
    void setUnresolvedAfterHour(bool v);
    bool valid() const { return problem().isEmpty(); }
    QString problem() const;
    bool declareAdvised() const { return m_otherTeams || m_customerVisible || m_unresolvedHour; }
    bool busy() const { return m_busy; }
    int alertCount() const { return int(m_alerts.size()); }
    double detectedAt() const { return double(m_detectedAtMs); }

    // Fills the form from one group of the detection inbox: title, severity, service and
    // summary from its alerts, which are linked on submit. False if the group is gone.
    Q_INVOKABLE bool fillFromAlerts(const QString &groupKey);
    // Declares the incident with the current user as Incident Commander. Returns false (and
    // does nothing) when the form is not valid; declared() follows once it is saved.
    Q_INVOKABLE bool submit();
    // Back to an empty form (SEV2, nothing ticked).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void appChanged();
    void changed();
    void busyChanged();
    void declared(const QString &incidentId);
    void failed(const QString &message);

private:
    template<typename T> void assign(T &member, const T &value)
    {
        if (member != value) {
            member = value;
            emit changed();
        }
    }

    MusterApp *m_app = nullptr;
    QString m_title;
    int m_severity = 2;
    QString m_summary;
    QString m_services;
    QString m_impact;
    bool m_drill = false;
    bool m_otherTeams = false;
    bool m_customerVisible = false;
    bool m_unresolvedHour = false;
    bool m_busy = false;
    QList<LinkedAlert> m_alerts;
    qint64 m_detectedAtMs = 0;
};

} // namespace muster

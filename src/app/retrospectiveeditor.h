// SPDX-License-Identifier: GPL-3.0-or-later
// The editor behind the retrospective form (one backend per form): the written parts as drafts
// until saved, the review state, blameless-language hints for what is typed, the timeline with
// entries chosen in or out, and the impact in numbers. A teammate's save does not overwrite a
// draft under way: drafts follow the incident only while nothing is edited here.
#pragma once

#include "core/incident.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

Q_MOC_INCLUDE("retrotimelinemodel.h")

namespace muster {

class MusterApp;
class RetroTimelineModel;

class RetrospectiveEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    Q_PROPERTY(QString summary READ summary WRITE setSummary NOTIFY partsChanged)
    Q_PROPERTY(QString affected READ affected WRITE setAffected NOTIFY partsChanged)
    Q_PROPERTY(QString sloImpact READ sloImpact WRITE setSloImpact NOTIFY partsChanged)
    Q_PROPERTY(QString factors READ factors WRITE setFactors NOTIFY partsChanged)
    Q_PROPERTY(QString wentWell READ wentWell WRITE setWentWell NOTIFY partsChanged)
    Q_PROPERTY(QString wentPoorly READ wentPoorly WRITE setWentPoorly NOTIFY partsChanged)
    Q_PROPERTY(QString lucky READ lucky WRITE setLucky NOTIFY partsChanged)
    // Edited here and not saved yet.
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    // "draft", "review" or "published", and its label.
    Q_PROPERTY(QString reviewState READ reviewState NOTIFY stateChanged)
    Q_PROPERTY(QString reviewStateLabel READ reviewStateLabel NOTIFY stateChanged)
    // "52 min", from impact start (else detection) to mitigation (else resolution, else now).
    Q_PROPERTY(QString impactDuration READ impactDuration NOTIFY stateChanged)
    // Wording hints over every part: how many, so a reviewer sees them before publishing.
    Q_PROPERTY(int hintCount READ hintCount NOTIFY partsChanged)
    Q_PROPERTY(muster::RetroTimelineModel *timeline READ timeline CONSTANT)
    // Set while the retrospective is on screen: only then is the whole log read for the timeline.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    RetrospectiveEditor(MusterApp *app, QObject *parent = nullptr);

    QString summary() const { return m_parts.value(retropart::summary); }
    QString affected() const { return m_parts.value(retropart::affected); }
    QString sloImpact() const { return m_parts.value(retropart::slo); }
    QString factors() const { return m_parts.value(retropart::factors); }
    QString wentWell() const { return m_parts.value(retropart::wentWell); }
    QString wentPoorly() const { return m_parts.value(retropart::wentPoorly); }
    QString lucky() const { return m_parts.value(retropart::lucky); }
    void setSummary(const QString &text) { setPart(retropart::summary, text); }
    void setAffected(const QString &text) { setPart(retropart::affected, text); }
    void setSloImpact(const QString &text) { setPart(retropart::slo, text); }
    void setFactors(const QString &text) { setPart(retropart::factors, text); }
    void setWentWell(const QString &text) { setPart(retropart::wentWell, text); }
    void setWentPoorly(const QString &text) { setPart(retropart::wentPoorly, text); }
    void setLucky(const QString &text) { setPart(retropart::lucky, text); }

    bool dirty() const { return m_dirty; }
    QString reviewState() const { return reviewStateName(m_incident.retrospective.state); }
    QString reviewStateLabel() const { return muster::reviewStateLabel(m_incident.retrospective.state); }
    QString impactDuration() const;
    int hintCount() const;
    RetroTimelineModel *timeline() const { return m_timeline; }
    bool active() const { return m_active; }
    void setActive(bool active);

    // The incident as loaded (after every change to it).
    void setIncident(const Incident &incident);

    // Hints for a text: [{words, why, suggestion}], in order.
    Q_INVOKABLE QVariantList hintsFor(const QString &text) const;
    // Saves the drafts; returns why not, or empty.
    Q_INVOKABLE QString save();
    // Saves the drafts and moves to "draft", "review" or "published".
    Q_INVOKABLE QString setReviewState(const QString &state);
    // Drops the drafts and shows what is saved.
    Q_INVOKABLE void revert();
    // Puts a log entry of the timeline in or out of the published timeline.
    Q_INVOKABLE void setIncluded(int row, bool included);

Q_SIGNALS:
    void partsChanged();
    void dirtyChanged();
    void stateChanged();
    void activeChanged();

private:
    void setPart(const QString &part, const QString &text);
    void setDirty(bool dirty);
    void reloadTimeline();
    QString validate() const;

    MusterApp *m_app;
    Incident m_incident;
    QMap<QString, QString> m_parts;
    bool m_dirty = false;
    bool m_active = false;
    RetroTimelineModel *m_timeline;
    quint64 m_generation = 0;
};

} // namespace muster

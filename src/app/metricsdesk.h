// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics screen's backend (`app.metrics`): the filters (a date range in UTC days, a
// service, by week or by month), the report computed on the store thread, the tables the
// charts map, the headline figures, and CSV export of the numbers behind every chart.
#pragma once
#include "metrics/incidentmetrics.h"
#include "metrics/metricscsv.h"
#include "metricstable.h"

#include <QDate>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQmlIntegration>
#include <memory>

namespace muster {

class StoreClient;

class MetricsDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The metrics desk belongs to MusterApp")
    // Set by the metrics view while it shows: only then does it read the store.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The range, as typed: "2026-09-07" to "2026-11-29", both days included (UTC).
    Q_PROPERTY(QString fromDate READ fromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate NOTIFY filterChanged)
    Q_PROPERTY(QString service READ service NOTIFY filterChanged)
    Q_PROPERTY(bool byMonth READ byMonth NOTIFY filterChanged)
    // 1–4 for one severity, 0 for all of them.
    Q_PROPERTY(int severity READ severity NOTIFY filterChanged)
    // Why the filter cannot be used (a date that is not one, a range backwards); empty when fine.
    Q_PROPERTY(QString problem READ problem NOTIFY filterChanged)
    // Every service an incident names, for the filter.
    Q_PROPERTY(QStringList services READ services NOTIFY reportChanged)
    // "12 incidents · 1 drill left out · 2 not resolved yet"
    Q_PROPERTY(QString summary READ summary NOTIFY reportChanged)
    Q_PROPERTY(int incidents READ incidents NOTIFY reportChanged)
    // The four headline figures: [{name, value, detail}], value "14 min" or "—" for none.
    Q_PROPERTY(QVariantList headline READ headline NOTIFY reportChanged)
    // Services with fewer than two incidents in the range: no MTBF to show.
    Q_PROPERTY(QStringList servicesWithoutMtbf READ servicesWithoutMtbf NOTIFY reportChanged)
    // The same, short enough for a sentence: "auth, edge, media and 9 more".
    Q_PROPERTY(QString withoutMtbfNote READ withoutMtbfNote NOTIFY reportChanged)
    // Rows: periods. Columns: x (the period's index), minutes. Only periods with a value.
    Q_PROPERTY(muster::MetricsTable *detectOverTime READ detectOverTime CONSTANT)
    Q_PROPERTY(muster::MetricsTable *acknowledgeOverTime READ acknowledgeOverTime CONSTANT)
    Q_PROPERTY(muster::MetricsTable *repairOverTime READ repairOverTime CONSTANT)
    Q_PROPERTY(muster::MetricsTable *repairFromImpactOverTime READ repairFromImpactOverTime CONSTANT)
    // Rows: SEV1–SEV4 ("SEV1 (3)"). Columns: MTTD, MTTA, MTTR, MTTR from impact; mean minutes.
    Q_PROPERTY(muster::MetricsTable *bySeverity READ bySeverity CONSTANT)
    // Rows: every period of the range ("23 Nov"); columns: incidents of SEV1–SEV4.
    Q_PROPERTY(muster::MetricsTable *incidentsPerPeriod READ incidentsPerPeriod CONSTANT)
    // Rows: services with an MTBF, the longest at the top; column: mean hours.
    Q_PROPERTY(muster::MetricsTable *betweenFailures READ betweenFailures CONSTANT)
    // Rows: people, the most time at the top (at most 12); columns: hours per role.
    Q_PROPERTY(muster::MetricsTable *roleTime READ roleTime CONSTANT)
    // Rows: runbook steps, the slowest median at the top (at most 10); column: median minutes.
    Q_PROPERTY(muster::MetricsTable *runbookSteps READ runbookSteps CONSTANT)

public:
    MetricsDesk(StoreClient *store, std::function<qint64()> clock, QObject *parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);
    bool busy() const { return m_busy; }
    QString fromDate() const { return m_fromText; }
    QString toDate() const { return m_toText; }
    QString service() const { return m_filter.service; }
    bool byMonth() const { return m_filter.granularity == Granularity::Month; }
    int severity() const { return m_filter.severity ? int(*m_filter.severity) : 0; }
    QString problem() const { return m_problem; }
    QStringList services() const { return m_services; }
    QString summary() const;
    int incidents() const { return m_report.incidents; }
    QVariantList headline() const;
    QStringList servicesWithoutMtbf() const;
    QString withoutMtbfNote() const;
    MetricsTable *detectOverTime() const { return m_detect; }
    MetricsTable *acknowledgeOverTime() const { return m_acknowledge; }
    MetricsTable *repairOverTime() const { return m_repair; }
    MetricsTable *repairFromImpactOverTime() const { return m_repairFromImpact; }
    MetricsTable *bySeverity() const { return m_bySeverity; }
    MetricsTable *incidentsPerPeriod() const { return m_perPeriod; }
    MetricsTable *betweenFailures() const { return m_betweenFailures; }
    MetricsTable *roleTime() const { return m_roleTime; }
    MetricsTable *runbookSteps() const { return m_steps; }
    const MetricsReport &report() const { return m_report; }

    // The range from these days (UTC, "YYYY-MM-DD", both included); a problem() when unusable.
    Q_INVOKABLE void setRange(const QString &from, const QString &to);
    // The last N weeks up to today (the week of today included).
    Q_INVOKABLE void setLastWeeks(int weeks);
    Q_INVOKABLE void setService(const QString &service);
    Q_INVOKABLE void setByMonth(bool byMonth);
    // 1–4: only incidents of that severity; anything else: every severity.
    Q_INVOKABLE void setSeverity(int severity);
    // The incidents changed: read them again when shown next or, while showing, a little later
    // (at most once per refreshDelayMs: reading a large workspace's history takes the store
    // thread for a while; docs/performance.md).
    void invalidate();
    static constexpr int refreshDelayMs = 10'000;
    void setRefreshDelay(int ms) { m_refresh.setInterval(ms); } // tests

    // Chart names: "response-over-time", "by-severity", "incidents-per-period", "mtbf",
    // "role-time", "runbook-steps".
    Q_INVOKABLE QString suggestedFileName(const QString &chart) const;
    // Writes the chart's numbers as CSV (all or nothing). Returns why not, or "".
    Q_INVOKABLE QString exportCsv(const QString &chart, const QUrl &file) const;
    Q_INVOKABLE QUrl defaultFolder() const;

Q_SIGNALS:
    void activeChanged();
    void busyChanged();
    void filterChanged();
    void reportChanged();

private:
    void recompute();
    void show(const MetricsReport &report, const QStringList &services, const QHash<QString, QString> &names);
    void setBusy(bool busy);

    StoreClient *m_store;
    std::function<qint64()> m_clock;
    bool m_active = false;
    bool m_busy = false;
    bool m_stale = true; // the histories must be read again
    bool m_again = false; // a filter or the data changed while computing
    QTimer m_refresh; // re-reads after changes while showing
    QString m_fromText, m_toText, m_problem;
    MetricsFilter m_filter;
    // Read on the store thread, shared (never changed) with the jobs that compute from it.
    std::shared_ptr<const QList<IncidentHistory>> m_histories;
    MetricsReport m_report;
    QStringList m_services;
    QHash<QString, QString> m_names;
    MetricsTable *m_detect, *m_acknowledge, *m_repair, *m_repairFromImpact;
    MetricsTable *m_bySeverity, *m_perPeriod, *m_betweenFailures, *m_roleTime, *m_steps;
};

} // namespace muster

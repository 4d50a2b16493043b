// SPDX-License-Identifier: GPL-3.0-or-later
// Incidents and Alertmanager kept in step by the app: alerts attached to an incident under
// way, the inbox showing which incident an alert belongs to, linked alerts that stop and start
// firing written to the log once each, and a silence made from Muster.
#include "alerttracker.h"
#include "apptesting.h"
#include "boardmodel.h"
#include "detectioninbox.h"
#include "fakealertmanager.h"
#include "incidentroom.h"
#include "logmodel.h"
#include "milestonemodel.h"

#include <QSignalSpy>

using namespace muster;

class TestAlertTracker : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;
    std::unique_ptr<testing::FakeAlertmanager> m_am;
    QString m_incident;
    qint64 m_firstStart = 0;

    AlertTracker *tracker() { return (*m_app)->alerts(); }
    DetectionInbox *inbox() { return (*m_app)->detection(); }
    IncidentRoom *room() { return (*m_app)->room(); }
    QStringList logTexts()
    {
        QStringList out;
        for (int row = 0; row < room()->log()->rowCount(); ++row)
            out << room()->log()->index(row).data(LogModel::TextRole).toString();
        return out;
    }
    int logLinesContaining(const QString &text)
    {
        const QStringList texts = logTexts();
        return int(
            std::count_if(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.contains(text); }));
    }
    int linksFromHere()
    {
        const QList<AlertLink> &links = tracker()->links();
        return int(std::count_if(links.cbegin(), links.cend(), [this](const AlertLink &l) {
            return l.incidentId == m_incident && l.alert.source == m_am->url().toString();
        }));
    }
    // Attaches checkout's two HighLatency alerts to the incident under test.
    void attach()
    {
        QTRY_COMPARE(inbox()->groups()->rowCount(), 1);
        const QString key = inbox()->groups()->index(0).data(DetectionModel::KeyRole).toString();
        QVERIFY(tracker()->attachGroup(key, m_incident));
        QTRY_COMPARE(linksFromHere(), 2);
        QVERIFY(m_app->settle());
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        // The demo's second incident: it has no alerts linked yet (the first has two).
        m_incident = (*m_app)->board()->index(1).data(BoardModel::IdRole).toString();
        QVERIFY(!m_incident.isEmpty());
        room()->open(m_incident);
        QVERIFY(m_app->settle());
        // The first alert started ten minutes before the team recorded detection.
        const double detected = double(room()->milestones()->timeOf(Milestone::Detected));
        QVERIFY(detected > 0);
        m_firstStart = qint64(detected) - 10 * 60'000;
        m_am = std::make_unique<testing::FakeAlertmanager>();
        m_am->alerts
            = {testing::FakeAlertmanager::alert(QStringLiteral("aa11"), QStringLiteral("HighLatency"),
                                                QStringLiteral("checkout"), m_firstStart),
               testing::FakeAlertmanager::alert(QStringLiteral("bb22"), QStringLiteral("HighLatency"),
                                                QStringLiteral("checkout"), m_firstStart + 60'000)};
        inbox()->setSources({m_am->url()}, {100, 1000, 2000});
    }
    void cleanup()
    {
        m_app.reset();
        m_am.reset();
    }

    void attachingLinksTheAlertsAndDatesDetectionToTheFirst()
    {
        const double detectedBefore = double(room()->milestones()->timeOf(Milestone::Detected));
        QVERIFY(detectedBefore > m_firstStart);
        attach();
        QTRY_COMPARE(logLinesContaining(
                         QStringLiteral("Alertmanager alerts linked: HighLatency on checkout (2 in all)")),
                     1);
        QTRY_COMPARE(double(room()->milestones()->timeOf(Milestone::Detected)), double(m_firstStart));
        QCOMPARE(logLinesContaining(QStringLiteral("Detected time corrected")), 1);
        // The inbox says where the alerts went.
        QTRY_COMPARE(inbox()->groups()->index(0).data(DetectionModel::LinkedIncidentIdRole).toString(),
                     m_incident);
        QCOMPARE(inbox()->groups()->index(0).data(DetectionModel::LinkedIncidentTitleRole).toString(),
                 room()->title());
        // Attaching again adds nothing.
        QVERIFY(tracker()->attachGroup(inbox()->groups()->index(0).data(DetectionModel::KeyRole).toString(),
                                       m_incident));
        QVERIFY(m_app->settle());
        QCOMPARE(logLinesContaining(QStringLiteral("Alertmanager alerts linked")), 1);
        // A group that is gone cannot be attached.
        QVERIFY(!tracker()->attachGroup(QStringLiteral("Nothing\nnowhere"), m_incident));
    }

    void alertsThatStopAndStartFiringAreLoggedOnceEach()
    {
        attach();
        m_am->alerts.removeAt(0); // aa11 resolves
        QTRY_COMPARE_WITH_TIMEOUT(logLinesContaining(QStringLiteral(
                                      "Alertmanager: HighLatency on checkout resolved (1 of 2 linked alerts "
                                      "still firing)")),
                                  1, 5000);
        // Several more polls with the same answer write nothing more.
        const int polls = m_am->alertRequests;
        QTRY_VERIFY(m_am->alertRequests >= polls + 3);
        QVERIFY(m_app->settle());
        QCOMPARE(logLinesContaining(QStringLiteral("resolved")), 1);
        m_am->alerts = {};
        QTRY_COMPARE_WITH_TIMEOUT(logLinesContaining(QStringLiteral("no linked alert fires any more")), 1,
                                  5000);
        m_am->alerts = {testing::FakeAlertmanager::alert(
            QStringLiteral("aa11"), QStringLiteral("HighLatency"), QStringLiteral("checkout"), m_firstStart)};
        QTRY_COMPARE_WITH_TIMEOUT(logLinesContaining(QStringLiteral("HighLatency on checkout firing again")),
                                  1, 5000);
    }

    void webhookAlertsFromTheRelayAreFollowedByOneDesktop()
    {
        // Not polled from here: the relay forwards this Alertmanager's webhooks.
        inbox()->setSources({});
        const QString source = m_am->url().toString();
        auto record = [&](const QString &fingerprint, qint64 startsAt) {
            protocol::AlertRecord alert;
            alert.fingerprint = fingerprint;
            alert.labels = {{QStringLiteral("alertname"), QStringLiteral("HighLatency")},
                            {QStringLiteral("service"), QStringLiteral("checkout")}};
            alert.startsAt = startsAt;
            alert.source = source;
            return alert;
        };
        inbox()->setRelayAlerts({record(QStringLiteral("aa11"), m_firstStart),
                                 record(QStringLiteral("bb22"), m_firstStart + 60'000)});
        QCOMPARE(inbox()->groups()->rowCount(), 1);
        QVERIFY(tracker()->attachGroup(inbox()->groups()->index(0).data(DetectionModel::KeyRole).toString(),
                                       m_incident));
        auto linked = [&] {
            const QList<AlertLink> &links = tracker()->links();
            return std::count_if(links.cbegin(), links.cend(), [&](const AlertLink &l) {
                return l.incidentId == m_incident && l.alert.source == source;
            });
        };
        QTRY_COMPARE(linked(), 2);
        QVERIFY(m_app->settle());
        // It can be silenced all the same: at the Alertmanager's own address.
        QSignalSpy silenced(tracker(), &AlertTracker::silenced);
        QVERIFY(tracker()->silence(m_incident, QStringLiteral("aa11"), 30, QString()));
        QVERIFY(silenced.wait(5000));
        QCOMPARE(m_am->silences.size(), 1);

        // Another desktop follows the relay: this one writes nothing when aa11 resolves.
        QVERIFY(!tracker()->followsRelay());
        inbox()->setRelayAlerts({record(QStringLiteral("bb22"), m_firstStart + 60'000)});
        QVERIFY(m_app->settle());
        QCOMPARE(logLinesContaining(QStringLiteral("resolved")), 0);
        // That desktop goes away and this one takes over: it catches up once.
        tracker()->setFollowsRelay(true);
        QTRY_COMPARE(
            logLinesContaining(QStringLiteral(
                "Alertmanager: HighLatency on checkout resolved (1 of 2 linked alerts still firing)")),
            1);
        inbox()->setRelayAlerts({});
        QTRY_COMPARE(logLinesContaining(QStringLiteral("no linked alert fires any more")), 1);
        QVERIFY(m_app->settle());
        QCOMPARE(logLinesContaining(QStringLiteral("resolved")), 2);
    }

    void anIncidentFromPagerDutyIsNotSilencedButSaysWhy()
    {
        inbox()->setSources({});
        protocol::AlertRecord fromPagerDuty;
        fromPagerDuty.fingerprint = QStringLiteral("PGR0VU2");
        fromPagerDuty.labels = {{QStringLiteral("alertname"), QStringLiteral("Checkout error rate above 5%")},
                                {QStringLiteral("service"), QStringLiteral("checkout")}};
        fromPagerDuty.startsAt = m_firstStart;
        fromPagerDuty.source = QStringLiteral("pagerduty");
        inbox()->setRelayAlerts({fromPagerDuty});
        QCOMPARE(inbox()->groups()->rowCount(), 1);
        QVERIFY(tracker()->attachGroup(inbox()->groups()->index(0).data(DetectionModel::KeyRole).toString(),
                                       m_incident));
        QTRY_VERIFY(std::any_of(tracker()->links().cbegin(), tracker()->links().cend(),
                                [](const AlertLink &l) { return l.alert.source == u"pagerduty"; }));
        QVERIFY(m_app->settle());
        QVERIFY(!tracker()->silence(m_incident, QStringLiteral("PGR0VU2"), 30, QString()));
        QVERIFY2((*m_app)->notice().contains(QStringLiteral("comes from PagerDuty, which has no silences")),
                 qPrintable((*m_app)->notice()));
        QVERIFY(m_am->silences.isEmpty());
    }

    void aSilenceNamesTheIncidentAndIsLogged()
    {
        attach();
        QSignalSpy silenced(tracker(), &AlertTracker::silenced);
        QVERIFY(tracker()->isFiring(m_am->url().toString(), QStringLiteral("bb22")));
        QVERIFY(tracker()->silence(m_incident, QStringLiteral("bb22"), 120,
                                   QStringLiteral("rollback under way")));
        QVERIFY(silenced.wait(5000));
        QCOMPARE(m_am->silences.size(), 1);
        const QJsonObject posted = m_am->silences.first();
        QVERIFY(posted.value(QStringLiteral("comment")).toString().contains(room()->title()));
        QVERIFY(posted.value(QStringLiteral("comment")).toString().contains(m_incident));
        QVERIFY(posted.value(QStringLiteral("comment"))
                    .toString()
                    .endsWith(QStringLiteral(": rollback under way")));
        QCOMPARE(posted.value(QStringLiteral("createdBy")).toString(),
                 QStringLiteral("Priya Raman (Muster)"));
        const qint64 starts
            = QDateTime::fromString(posted.value(QStringLiteral("startsAt")).toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        const qint64 ends
            = QDateTime::fromString(posted.value(QStringLiteral("endsAt")).toString(), Qt::ISODateWithMs)
                  .toMSecsSinceEpoch();
        QCOMPARE(ends - starts, 2 * 3600'000);
        QCOMPARE(posted.value(QStringLiteral("matchers")).toArray().size(),
                 3); // alertname, service, severity
        QTRY_COMPARE(
            logLinesContaining(QStringLiteral("Silenced HighLatency on checkout in Alertmanager for 2 h")),
            1);
        QCOMPARE(logLinesContaining(QStringLiteral("(silence silence-1): rollback under way")), 1);
    }

    void anAlertThatNoLongerFiresCannotBeSilenced()
    {
        attach();
        m_am->alerts.removeAt(0);
        QTRY_VERIFY_WITH_TIMEOUT(!tracker()->isFiring(m_am->url().toString(), QStringLiteral("aa11")), 5000);
        QVERIFY(!tracker()->silence(m_incident, QStringLiteral("aa11"), 60, QString()));
        QVERIFY2((*m_app)->notice().contains(QStringLiteral("not firing")), qPrintable((*m_app)->notice()));
        QVERIFY(m_am->silences.isEmpty());
        // An alert that is not linked to the incident is refused too.
        QVERIFY(!tracker()->silence(m_incident, QStringLiteral("ffff"), 60, QString()));
    }
};

QTEST_GUILESS_MAIN(TestAlertTracker)
#include "tst_alerttracker.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// How the detection inbox groups and orders alerts.
#include "integrations/alertmanager/alertgroup.h"

#include <QTest>

using namespace muster;
using namespace muster::alerts;

namespace {

SourcedAlert make(const QString &fingerprint, const QString &name, const QString &service,
                  const QString &severity, qint64 startsAt,
                  const QString &source = QStringLiteral("http://am-1:9093"))
{
    Alert alert;
    alert.fingerprint = fingerprint;
    alert.labels = {{QStringLiteral("alertname"), name}, {QStringLiteral("severity"), severity}};
    if (!service.isEmpty())
        alert.labels.insert(QStringLiteral("service"), service);
    alert.annotations.insert(QStringLiteral("summary"), name + QStringLiteral(" summary ") + fingerprint);
    alert.startsAtMs = startsAt;
    return {source, alert};
}

} // namespace

class TestAlertGroup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsByNameAndService()
    {
        const QList<AlertGroup> groups = groupAlerts({
            make(QStringLiteral("a1"), QStringLiteral("HighLatency"), QStringLiteral("checkout"),
                 QStringLiteral("warning"), 2000),
            make(QStringLiteral("a2"), QStringLiteral("HighLatency"), QStringLiteral("checkout"),
                 QStringLiteral("critical"), 3000),
            make(QStringLiteral("b1"), QStringLiteral("HighLatency"), QStringLiteral("search"),
                 QStringLiteral("warning"), 1000),
        });
        QCOMPARE(groups.size(), 2);
        const AlertGroup &checkout = groups.at(0); // SEV2 before SEV3
        QCOMPARE(checkout.name, QStringLiteral("HighLatency"));
        QCOMPARE(checkout.service, QStringLiteral("checkout"));
        QCOMPARE(checkout.severity, Severity::Sev2);
        QCOMPARE(checkout.active, 2);
        QCOMPARE(checkout.total(), 2);
        QCOMPARE(checkout.earliestStartMs, 2000);
        QCOMPARE(checkout.fingerprints, (QStringList {QStringLiteral("a1"), QStringLiteral("a2")}));
        // The most severe alert speaks for the group.
        QCOMPARE(checkout.summary, QStringLiteral("HighLatency summary a2"));
        QCOMPARE(groups.at(1).service, QStringLiteral("search"));
    }

    void anAlertFromBothAlertmanagersOfAPairCountsOnce()
    {
        const QList<AlertGroup> groups = groupAlerts({
            make(QStringLiteral("a1"), QStringLiteral("DiskFull"), {}, QStringLiteral("warning"), 1000),
            make(QStringLiteral("a1"), QStringLiteral("DiskFull"), {}, QStringLiteral("warning"), 1000,
                 QStringLiteral("http://am-2:9093")),
        });
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().total(), 1);
        QCOMPARE(groups.first().sources,
                 (QStringList {QStringLiteral("http://am-1:9093"), QStringLiteral("http://am-2:9093")}));
    }

    void quietGroupsComeLastAndResolvedOnesNotAtAll()
    {
        SourcedAlert silenced = make(QStringLiteral("s1"), QStringLiteral("Critical"), QStringLiteral("db"),
                                     QStringLiteral("critical"), 100);
        silenced.alert.silencedBy = {QStringLiteral("silence-1")};
        SourcedAlert inhibited = make(QStringLiteral("i1"), QStringLiteral("Critical"), QStringLiteral("db"),
                                      QStringLiteral("critical"), 200);
        inhibited.alert.inhibitedBy = {QStringLiteral("s1")};
        SourcedAlert resolved = make(QStringLiteral("r1"), QStringLiteral("Gone"), QStringLiteral("x"),
                                     QStringLiteral("critical"), 50);
        resolved.alert.state = AlertState::Resolved;
        const QList<AlertGroup> groups
            = groupAlerts({silenced, inhibited, resolved,
                           make(QStringLiteral("w1"), QStringLiteral("Minor"), QStringLiteral("web"),
                                QStringLiteral("info"), 900)});
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).name, QStringLiteral("Minor")); // calls for action: first
        QVERIFY(!groups.at(0).isQuiet());
        QCOMPARE(groups.at(1).name, QStringLiteral("Critical"));
        QVERIFY(groups.at(1).isQuiet());
        QCOMPARE(groups.at(1).silenced, 1);
        QCOMPARE(groups.at(1).inhibited, 1);
        QCOMPARE(groups.at(1).active, 0);
    }

    void equalSeverityIsOrderedOldestFirst()
    {
        const QList<AlertGroup> groups = groupAlerts({
            make(QStringLiteral("n"), QStringLiteral("Newer"), {}, QStringLiteral("warning"), 5000),
            make(QStringLiteral("o"), QStringLiteral("Older"), {}, QStringLiteral("warning"), 1000),
        });
        QCOMPARE(groups.at(0).name, QStringLiteral("Older"));
    }

    void onlyWebLinksAreOffered()
    {
        SourcedAlert web = make(QStringLiteral("a"), QStringLiteral("A"), {}, QStringLiteral("info"), 1);
        web.alert.generatorUrl = QStringLiteral("http://prometheus:9090/graph?g0.expr=up");
        web.alert.annotations.insert(QStringLiteral("runbook_url"), QStringLiteral("https://runbooks/a"));
        SourcedAlert local = make(QStringLiteral("b"), QStringLiteral("B"), {}, QStringLiteral("info"), 2);
        local.alert.generatorUrl = QStringLiteral("file:///etc/passwd");
        local.alert.annotations.insert(QStringLiteral("runbook_url"), QStringLiteral("javascript:alert(1)"));
        const QList<AlertGroup> groups = groupAlerts({web, local});
        QCOMPARE(groups.at(0).generatorUrl, QStringLiteral("http://prometheus:9090/graph?g0.expr=up"));
        QCOMPARE(groups.at(0).runbookUrl, QStringLiteral("https://runbooks/a"));
        QCOMPARE(groups.at(1).generatorUrl, QString());
        QCOMPARE(groups.at(1).runbookUrl, QString());
    }

    void nothingFiringIsAnEmptyInbox() { QVERIFY(groupAlerts({}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestAlertGroup)
#include "tst_alertgroup.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The communications desk in a running app (real SQLite, the demo): the lists are read at start,
// the board's and the incident header's "update due" follow the last update sent and the
// workspace's cadence, and a changed cadence moves every countdown at once.
#include "apptesting.h"
#include "boardmodel.h"
#include "commsdesk.h"
#include "core/commschanges.h"
#include "core/ids.h"
#include "core/updatechanges.h"
#include "incidentroom.h"

#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestCommsDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;

    BoardModel *board() { return (*m_app)->board(); }
    CommsDesk *desk() { return (*m_app)->comms(); }
    int rowTitled(const QString &title)
    {
        for (int row = 0; row < board()->rowCount(); ++row) {
            if (board()->index(row).data(BoardModel::TitleRole).toString() == title)
                return row;
        }
        return -1;
    }
    double dueOf(const QString &title)
    {
        return board()->index(rowTitled(title)).data(BoardModel::UpdateDueRole).toDouble();
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
    }
    void cleanup() { m_app.reset(); }

    void listsAreReadAtStart()
    {
        QTRY_COMPARE(desk()->lists().size(), 4);
        const QVariantMap first = desk()->lists().first().toMap();
        QCOMPARE(first.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Customer support")); // by name
        QCOMPARE(first.value(QStringLiteral("audience")).toString(), QStringLiteral("support"));
        QCOMPARE(first.value(QStringLiteral("to")).toStringList(),
                 QStringList {QStringLiteral("support-leads@example.com")});
    }

    void countdownsFollowTheLastUpdateAndTheCadence()
    {
        const QString orders = QStringLiteral("Orders database primary unreachable in us-east-1");
        QVERIFY(rowTitled(orders) >= 0);
        const QString id = board()->index(rowTitled(orders)).data(BoardModel::IdRole).toString();
        (*m_app)->room()->open(id);
        QVERIFY(m_app->settle());
        const Incident incident = (*m_app)->room()->incident();
        const double sent = double(incident.lastUpdateSentMs());
        QVERIFY(sent > 0);
        // SEV2: every 30 minutes from the last update; the header says the same as the card.
        QTRY_COMPARE(dueOf(orders), sent + 30 * 60'000);
        QCOMPARE((*m_app)->room()->updateDue(), dueOf(orders));
        QVERIFY(dueOf(orders) < (*m_app)->now()); // the demo's update to support is overdue

        // The workspace moves SEV2 to every 15 minutes: board and header follow at once.
        QSignalSpy cadence((*m_app)->room(), &IncidentRoom::cadenceChanged);
        (*m_app)->commit(changes::setCadenceInterval(desk()->settings(), Severity::Sev2, 15), this);
        QTRY_COMPARE(dueOf(orders), sent + 15 * 60'000);
        QVERIFY(!cadence.isEmpty());
        QCOMPARE((*m_app)->room()->updateDue(), sent + 15 * 60'000);

        // Sending an update restarts the countdown, now more than 2 hours in: the long-incident
        // cadence (every 60 minutes) applies. The history lists it first.
        const qint64 now = (*m_app)->nowMs();
        const SentUpdate update {newEntityId(now),
                                 QStringLiteral("Customer support"),
                                 AudienceType::Support,
                                 UpdateStage::Update,
                                 {QStringLiteral("support-leads@example.com")},
                                 {},
                                 QStringLiteral("[SEV2] Update"),
                                 QStringLiteral("Orders work.\nNext update: soon."),
                                 now,
                                 (*m_app)->userId()};
        (*m_app)->commit(changes::recordSentUpdate(incident, update), this);
        QTRY_COMPARE(dueOf(orders), double(now + 60 * 60'000));
        QTRY_COMPARE(
            (*m_app)->room()->sentUpdates().first().toMap().value(QStringLiteral("subject")).toString(),
            QStringLiteral("[SEV2] Update"));
        QCOMPARE((*m_app)->room()->sentUpdates().size(), 3);
    }

    void overIncidentsShowNoCountdown()
    {
        const double due = dueOf(QStringLiteral("SSO logins failing for customers on Okta")); // resolved
        QCOMPARE(due, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCommsDesk)
#include "tst_commsdesk.moc"

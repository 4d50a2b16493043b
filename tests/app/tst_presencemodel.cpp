// SPDX-License-Identifier: GPL-3.0-or-later
// Who is online and where: the list a responder reads to know a teammate is already in the room.
#include "presencemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestPresenceModel : public QObject
{
    Q_OBJECT

    const QString m_incident = QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1");
    QList<protocol::Peer> team() const
    {
        return {
            {QStringLiteral("b000000000000002"), QStringLiteral("p2"), QStringLiteral("bob"), m_incident},
            {QStringLiteral("a000000000000001"), QStringLiteral("p1"), QStringLiteral("Alice"), m_incident},
            {QStringLiteral("c000000000000003"), QStringLiteral("p3"), QStringLiteral("Carol"), QString()},
            {QStringLiteral("d000000000000004"), QString(), QString(), QString()}};
    }

private Q_SLOTS:
    void listsMeFirstThenOthersByNameSkippingAnonymousClients()
    {
        PresenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeers(team(), QStringLiteral("c000000000000003"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0), PresenceModel::NameRole).toString(), QStringLiteral("Carol"));
        QVERIFY(model.data(model.index(0), PresenceModel::IsMeRole).toBool());
        QCOMPARE(model.data(model.index(1), PresenceModel::NameRole).toString(), QStringLiteral("Alice"));
        QCOMPARE(model.data(model.index(2), PresenceModel::NameRole).toString(), QStringLiteral("bob"));
        QCOMPARE(model.data(model.index(2), PresenceModel::ViewingRole).toString(), m_incident);
        QVERIFY(!model.data(model.index(3), PresenceModel::NameRole).isValid());
        QCOMPARE(model.othersOnline(), 2);
    }

    void tellsWhoElseIsLookingAtAnIncident()
    {
        PresenceModel model;
        model.setPeers(team(), QStringLiteral("a000000000000001"));
        QCOMPARE(model.othersViewing(m_incident), QStringList {QStringLiteral("bob")});
        QCOMPARE(model.othersViewing(QString()), QStringList {});
        QCOMPARE(model.onlinePeople(),
                 (QSet<QString> {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}));
    }

    void movingBetweenIncidentsIsAnnouncedEvenWhenTheCountStays()
    {
        PresenceModel model;
        model.setPeers(team(), QStringLiteral("a000000000000001"));
        QSignalSpy changed(&model, &PresenceModel::countChanged);
        auto moved = team();
        moved[0].viewing.clear();
        model.setPeers(moved, QStringLiteral("a000000000000001"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.othersViewing(m_incident).isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPresenceModel)
#include "tst_presencemodel.moc"

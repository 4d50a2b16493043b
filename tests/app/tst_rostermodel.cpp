// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/peoplemodel.h"
#include "app/rostermodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace muster;

class TestRosterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undelegatedRolesShowTheCommander()
    {
        PeopleModel people;
        people.setPeople({{QStringLiteral("p1"), QStringLiteral("Priya"), {}, {}, {}},
                          {QStringLiteral("p2"), QStringLiteral("Sofia"), {}, {}, {}},
                          {QStringLiteral("p3"), QStringLiteral("Kenji"), {}, {}, {}}});
        Incident incident;
        incident.id = QStringLiteral("i");
        incident.roles.insert(Role::IncidentCommander, QStringLiteral("p1"));
        incident.roles.insert(Role::CommunicationsLead, QStringLiteral("p2"));
        incident.smes = {QStringLiteral("p3")};

        RosterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(incident, people);
        QCOMPARE(model.rowCount(), 6); // five roles and one SME
        auto row = [&](int r, int role) { return model.index(r).data(role); };
        QCOMPARE(row(0, RosterModel::RoleNameRole).toString(), QStringLiteral("ic"));
        QVERIFY(row(0, RosterModel::IsCommanderRole).toBool());
        QCOMPARE(row(1, RosterModel::PersonNameRole).toString(),
                 QStringLiteral("Priya")); // deputy: held by IC
        QVERIFY(!row(1, RosterModel::DelegatedRole).toBool());
        QCOMPARE(row(2, RosterModel::PersonNameRole).toString(), QStringLiteral("Sofia"));
        QVERIFY(row(2, RosterModel::DelegatedRole).toBool());
        QCOMPARE(row(5, RosterModel::RoleNameRole).toString(), QStringLiteral("sme"));
        QCOMPARE(row(5, RosterModel::PersonNameRole).toString(), QStringLiteral("Kenji"));

        incident.smes.clear();
        incident.roles.remove(Role::IncidentCommander);
        model.setIncident(incident, people);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(row(0, RosterModel::PersonIdRole).toString(), QString()); // nobody commands: shown as such
    }
};

QTEST_GUILESS_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"

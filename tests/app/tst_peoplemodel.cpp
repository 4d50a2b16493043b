// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/peoplemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestPeopleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsShrinksAndLooksUp()
    {
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &PeopleModel::countChanged);
        model.setPeople({{QStringLiteral("1"),
                          QStringLiteral("Ada"),
                          QStringLiteral("ada@example.com"),
                          QStringLiteral("SRE"),
                          {}},
                         {QStringLiteral("2"), QStringLiteral("Bob"), {}, {}, QStringLiteral("@bob")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.nameOf(QStringLiteral("2")), QStringLiteral("Bob"));
        QCOMPARE(model.nameOf(QStringLiteral("nobody")), QString());
        QCOMPARE(model.findByName(QStringLiteral(" ada "))->id, QStringLiteral("1"));
        QCOMPARE(model.index(0).data(PeopleModel::EmailRole).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(model.index(1).data(PeopleModel::HandleRole).toString(), QStringLiteral("@bob"));

        model.setPeople({{QStringLiteral("2"), QStringLiteral("Bob"), {}, {}, {}}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.indexOfId(QStringLiteral("1")), -1);
        QCOMPARE(count.size(), 2);
        QVERIFY(!model.index(3).data(PeopleModel::NameRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The communication settings form against a real app: lists are added, edited and archived
// only when they can be sent to, and the cadence saves only sensible numbers.
#include "apptesting.h"
#include "commsdesk.h"
#include "commssettingseditor.h"

#include <QTest>

using namespace muster;

class TestCommsSettingsEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;

    CommsDesk *desk() { return (*m_app)->comms(); }
    CommsSettingsEditor *editor() { return desk()->editor(); }
    QStringList names()
    {
        QStringList out;
        for (const QVariant &list : desk()->lists())
            out << list.toMap().value(QStringLiteral("name")).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        QTRY_COMPARE(desk()->lists().size(), 4);
    }
    void cleanup() { m_app.reset(); }

    void aListIsAddedOnlyWhenItCanBeSentTo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("problem"); // empty: saved
        QTest::newRow("no name") << ""
                                 << "a@example.com"
                                 << ""
                                 << "name";
        QTest::newRow("no address") << "Legal"
                                    << "  "
                                    << ""
                                    << "at least one";
        QTest::newRow("bad address") << "Legal"
                                     << "legal.example.com"
                                     << ""
                                     << "not an e-mail address";
        QTest::newRow("unknown zone") << "Legal"
                                      << "legal@example.com"
                                      << "Mars/Olympus"
                                      << "time zone";
        QTest::newRow("taken name") << "executives"
                                    << "legal@example.com"
                                    << ""
                                    << "already";
        QTest::newRow("good") << "Legal"
                              << "legal@example.com\nGeneral Counsel <gc@example.com>, cfo@example.com"
                              << "Europe/Zurich"
                              << "";
    }

    void aListIsAddedOnlyWhenItCanBeSentTo()
    {
        QFETCH(QString, name);
        QFETCH(QString, to);
        QFETCH(QString, zone);
        QFETCH(QString, problem);
        editor()->editList({});
        editor()->setProperty("name", name);
        editor()->setProperty("audience", QStringLiteral("executives"));
        editor()->setProperty("to", to);
        editor()->setProperty("zone", zone);
        const QString result = editor()->saveList();
        if (!problem.isEmpty()) {
            QVERIFY2(result.contains(problem), qPrintable(result));
            QVERIFY(m_app->settle());
            QCOMPARE(desk()->lists().size(), 4);
            return;
        }
        QCOMPARE(result, QString());
        QTRY_COMPARE(desk()->lists().size(), 5);
        const auto legal
            = std::find_if(desk()->allLists().cbegin(), desk()->allLists().cend(),
                           [](const DistributionList &l) { return l.name == QStringLiteral("Legal"); });
        QVERIFY(legal != desk()->allLists().cend());
        QCOMPARE(legal->to,
                 (QStringList {QStringLiteral("legal@example.com"),
                               QStringLiteral("General Counsel <gc@example.com>"),
                               QStringLiteral("cfo@example.com")}));
        QCOMPARE(legal->timeZone, QStringLiteral("Europe/Zurich"));
    }

    void aListIsEditedAndArchived()
    {
        const QString id = desk()->lists().first().toMap().value(QStringLiteral("id")).toString();
        editor()->editList(id);
        QCOMPARE(editor()->property("name").toString(), QStringLiteral("Customer support"));
        editor()->setProperty("cc", QStringLiteral("support-managers@example.com"));
        QCOMPARE(editor()->saveList(), QString());
        QTRY_COMPARE(desk()->lists().first().toMap().value(QStringLiteral("cc")).toStringList(),
                     QStringList {QStringLiteral("support-managers@example.com")});
        QCOMPARE(editor()->archiveList(id), QString());
        QTRY_COMPARE(desk()->lists().size(), 3);
        QVERIFY(!names().contains(QStringLiteral("Customer support")));
    }

    void aTemplateIsEditedAndGoesBackToTheBundledOne()
    {
        editor()->editTemplate(QStringLiteral("customers"), QStringLiteral("update"));
        QVERIFY(!editor()->templateEdited());
        QVERIFY(editor()->property("templateSubject").toString().contains(QStringLiteral("{{title}}")));
        editor()->setProperty("templateSubject", QStringLiteral("Status: {{title}}"));
        editor()->setProperty("templateBody",
                              QStringLiteral("We are on it.\nNext update by {{next_update}}."));
        QCOMPARE(editor()->saveTemplate(), QString());
        QTRY_VERIFY(editor()->templateEdited());
        QCOMPARE(desk()->settings().templates.value({AudienceType::Customers, UpdateStage::Update}).subject,
                 QStringLiteral("Status: {{title}}"));
        // Other templates keep the bundled text.
        editor()->editTemplate(QStringLiteral("customers"), QStringLiteral("initial"));
        QVERIFY(!editor()->templateEdited());
        editor()->editTemplate(QStringLiteral("customers"), QStringLiteral("update"));
        QCOMPARE(editor()->property("templateSubject").toString(), QStringLiteral("Status: {{title}}"));
        QCOMPARE(editor()->resetTemplate(), QString());
        QTRY_VERIFY(!editor()->templateEdited());
        QTRY_VERIFY(editor()
                        ->property("templateSubject")
                        .toString()
                        .contains(QStringLiteral("Update on the problem")));
        // A template with no subject is refused.
        editor()->setProperty("templateSubject", QStringLiteral("  "));
        QVERIFY(!editor()->saveTemplate().isEmpty());
    }

    void theCadenceSavesOnlySensibleNumbers()
    {
        editor()->editCadence();
        QCOMPARE(editor()->property("intervals").value<QList<int>>(), (QList<int> {20, 30, 60, 0}));
        editor()->setProperty("intervals", QVariant::fromValue(QList<int> {15, 30, 60, 240}));
        editor()->setProperty("longInterval", 45);
        QCOMPARE(editor()->saveCadence(), QString());
        QTRY_COMPARE(desk()->policy().intervalMinutes.value(Severity::Sev1), 15);
        QCOMPARE(desk()->policy().intervalMinutes.value(Severity::Sev4), 240);
        QCOMPARE(desk()->policy().longIncidentIntervalMinutes, 45);
        editor()->setProperty("intervals", QVariant::fromValue(QList<int> {-1, 30, 60, 0}));
        QVERIFY(editor()->saveCadence().contains(QStringLiteral("SEV1")));
    }
};

QTEST_GUILESS_MAIN(TestCommsSettingsEditor)
#include "tst_commssettingseditor.moc"

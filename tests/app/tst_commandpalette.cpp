// SPDX-License-Identifier: GPL-3.0-or-later
// The command palette on the demo workspace: what it lists for what is typed, and where each
// entry takes the responder.
#include "app/boardmodel.h"
#include "app/commandpalette.h"
#include "app/incidentroom.h"
#include "app/navigator.h"
#include "app/peoplemodel.h"
#include "apptesting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace muster;

namespace {
QString titleAt(const CommandPalette *palette, int row)
{
    return palette->index(row).data(CommandPalette::TitleRole).toString();
}
QString kindAt(const CommandPalette *palette, int row)
{
    return palette->index(row).data(CommandPalette::KindRole).toString();
}
} // namespace

class TestCommandPalette : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;
    CommandPalette *palette() const { return (*m_app)->commandPalette(); }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        QVERIFY(QTest::qWaitFor([this] { return (*m_app)->board()->rowCount() > 0; }));
        new QAbstractItemModelTester(palette(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     palette());
        palette()->reload();
    }
    void cleanup() { m_app.reset(); }

    void withNothingTypedItListsIncidentsThenActionsThenPeople()
    {
        const BoardModel *board = (*m_app)->board();
        const int incidents = board->rowCount();
        QVERIFY(palette()->rowCount() > incidents);
        for (int row = 0; row < incidents; ++row) {
            QCOMPARE(kindAt(palette(), row), QStringLiteral("incident"));
            QCOMPARE(titleAt(palette(), row), board->index(row).data(BoardModel::TitleRole).toString());
        }
        QCOMPARE(kindAt(palette(), incidents), QStringLiteral("action"));
        QCOMPARE(kindAt(palette(), palette()->rowCount() - 1), QStringLiteral("person"));
        QVERIFY(palette()->rowCount() <= CommandPalette::kMaxEntries);
        // Severity is written out, not only a colour.
        QCOMPARE(palette()->index(0).data(CommandPalette::SeverityLabelRole).toString(),
                 QStringLiteral("SEV1"));
    }

    void typingNarrowsToTheBestMatchFirst()
    {
        QSignalSpy count(palette(), &CommandPalette::countChanged);
        palette()->setQuery(QStringLiteral("orders"));
        QVERIFY(count.size() > 0);
        QCOMPARE(titleAt(palette(), 0), QStringLiteral("Orders database primary unreachable in us-east-1"));
        // By service, IC and severity too.
        palette()->setQuery(QStringLiteral("okta"));
        QCOMPARE(titleAt(palette(), 0), QStringLiteral("SSO logins failing for customers on Okta"));
        palette()->setQuery(QStringLiteral("sev4"));
        QCOMPARE(titleAt(palette(), 0), QStringLiteral("Status page TLS certificate expires in 5 days"));
        palette()->setQuery(QStringLiteral("hannah"));
        QCOMPARE(kindAt(palette(), 0), QStringLiteral("person")); // the person above her incidents
        QCOMPARE(titleAt(palette(), 0), QStringLiteral("Hannah Weber"));
        QVERIFY(palette()
                    ->index(0)
                    .data(CommandPalette::DetailRole)
                    .toString()
                    .contains(QStringLiteral("IC of 2")));
        QCOMPARE(kindAt(palette(), 1), QStringLiteral("incident"));
        // Words people use for an action, not only its name.
        palette()->setQuery(QStringLiteral("new"));
        QCOMPARE(palette()->index(0).data(CommandPalette::KeyRole).toString(), QStringLiteral("declare"));
        QCOMPARE(palette()->index(0).data(CommandPalette::ShortcutRole).toString(), QStringLiteral("Ctrl+D"));
        // Nothing found is an empty list, not an error; odd input is only text.
        palette()->setQuery(QStringLiteral("'; DROP TABLE incidents; -- \u202e"));
        QCOMPARE(palette()->rowCount(), 0);
        // Opening again starts afresh.
        palette()->reload();
        QCOMPARE(palette()->query(), QString());
        QVERIFY(palette()->rowCount() > 0);
    }

    void anIncidentOpensItsRoom()
    {
        palette()->setQuery(QStringLiteral("checkout"));
        const QString id = palette()->index(0).data(CommandPalette::KeyRole).toString();
        QVERIFY(palette()->activate(0));
        QCOMPARE((*m_app)->navigator()->view(), QStringLiteral("incident"));
        QCOMPARE((*m_app)->room()->incidentId(), id);
    }

    void aPersonIsShownInTheDirectory()
    {
        QSignalSpy person((*m_app)->navigator(), &Navigator::personRequested);
        palette()->setQuery(QStringLiteral("kenji"));
        QVERIFY(palette()->activate(0));
        QCOMPARE((*m_app)->navigator()->view(), QStringLiteral("people"));
        QCOMPARE(person.size(), 1);
        QCOMPARE((*m_app)->people()->nameOf(person.constFirst().constFirst().toString()),
                 QStringLiteral("Kenji Tanaka"));
    }

    void actionsNavigateOrAskTheWindow()
    {
        Navigator *navigator = (*m_app)->navigator();
        const QList<std::pair<QString, QString>> views {
            {QStringLiteral("metrics"), QStringLiteral("metrics")},
            {QStringLiteral("detection"), QStringLiteral("detection")},
            {QStringLiteral("follow-up"), QStringLiteral("actions")},
            {QStringLiteral("war room"), QStringLiteral("wall")}};
        for (const auto &[typed, view] : views) {
            palette()->reload();
            palette()->setQuery(typed);
            QVERIFY2(palette()->activate(0), qPrintable(typed));
            QCOMPARE(navigator->view(), view);
        }
        QSignalSpy settings(navigator, &Navigator::syncSettingsRequested);
        palette()->setQuery(QStringLiteral("settings"));
        QVERIFY(palette()->activate(0));
        QCOMPARE(settings.size(), 1);
        QSignalSpy window(palette(), &CommandPalette::actionRequested);
        palette()->setQuery(QStringLiteral("dark theme"));
        QVERIFY(palette()->activate(0));
        QCOMPARE(window.size(), 1);
        QCOMPARE(window.constFirst().constFirst().toString(), QStringLiteral("theme"));
        QVERIFY(!palette()->activate(-1));
        QVERIFY(!palette()->activate(palette()->rowCount()));
    }

    void inAnIncidentItsOwnActionsComeFirst()
    {
        palette()->setQuery(QStringLiteral("update"));
        QCOMPARE(palette()->rowCount(), 0); // no incident open: nothing to draft an update for
        const QString id = (*m_app)->board()->topIncidentId();
        (*m_app)->navigator()->openIncident(id);
        palette()->reload();
        QCOMPARE(kindAt(palette(), (*m_app)->board()->rowCount()), QStringLiteral("action"));
        QCOMPARE(palette()->index((*m_app)->board()->rowCount()).data(CommandPalette::KeyRole).toString(),
                 QStringLiteral("update"));
        QSignalSpy draft((*m_app)->navigator(), &Navigator::updateDraftRequested);
        palette()->setQuery(QStringLiteral("stakeholder"));
        QVERIFY(palette()->activate(0));
        QCOMPARE(draft.size(), 1);
        QCOMPARE((*m_app)->room()->incidentId(), id);
        palette()->reload();
        palette()->setQuery(QStringLiteral("retrospective"));
        QVERIFY(palette()->activate(0));
        QCOMPARE((*m_app)->navigator()->view(), QStringLiteral("retrospective"));
        QCOMPARE((*m_app)->room()->incidentId(), id);
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"

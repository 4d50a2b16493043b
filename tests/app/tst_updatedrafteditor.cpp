// SPDX-License-Identifier: GPL-3.0-or-later
// The stakeholder-update form's backend against a real app (demo data, SQLite): a draft for the
// chosen list and stage filled from the incident, warnings as it is edited, the .eml written,
// a header-injection attempt refused, and "mark as sent" recorded with the cadence restarted.
#include "apptesting.h"
#include "boardmodel.h"
#include "commsdesk.h"
#include "incidentroom.h"
#include "updatedrafteditor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestUpdateDraftEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;
    QTemporaryDir m_out;

    IncidentRoom *room() { return (*m_app)->room(); }
    UpdateDraftEditor *draft() { return room()->updateDraft(); }
    QString listNamed(const QString &name)
    {
        for (const QVariant &list : (*m_app)->comms()->lists()) {
            if (list.toMap().value(QStringLiteral("name")).toString() == name)
                return list.toMap().value(QStringLiteral("id")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
        QTRY_COMPARE((*m_app)->comms()->lists().size(), 4);
        room()->open((*m_app)->board()->topIncidentId()); // the SEV1 checkout incident
        QVERIFY(m_app->settle());
        draft()->prepare();
    }
    void cleanup() { m_app.reset(); }

    void aDraftIsFilledForTheListAndStage()
    {
        // Updates went out already: the next one is an update, to the first list by name.
        QCOMPARE(draft()->stage(), QStringLiteral("update"));
        QCOMPARE(draft()->listId(), listNamed(QStringLiteral("Customer support")));
        QCOMPARE(draft()->audienceLabel(), QStringLiteral("Customer support"));
        QVERIFY(
            draft()->subject().contains(QStringLiteral("Checkout failing with HTTP 502 for EU customers")));
        QVERIFY(draft()->body().contains(QStringLiteral("{{workaround}}"))); // only the writer knows it
        draft()->setWorkaround(QStringLiteral("Pay with a saved card"));
        QVERIFY(draft()->body().contains(QStringLiteral("Workaround: Pay with a saved card")));
        QVERIFY(draft()->valid());

        QSignalSpy changed(draft(), &UpdateDraftEditor::draftChanged);
        draft()->setListId(listNamed(QStringLiteral("Executives")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(draft()->recipients(),
                 QStringLiteral("exec-team@example.com; Cc: Priya Raman <priya.raman@example.com>"));
        QVERIFY(draft()->subject().startsWith(QStringLiteral("[SEV1] Update:")));
        // The executives' list is in London: times are written there.
        QVERIFY2(draft()->body().contains(QStringLiteral(" GMT")), qPrintable(draft()->body()));
        draft()->setStage(QStringLiteral("mitigated"));
        QVERIFY(draft()->subject().startsWith(QStringLiteral("[SEV1] Impact stopped:")));
    }

    void editsAreLintedAndBadHeadersRefused()
    {
        draft()->setBody(draft()->body() + QStringLiteral("\nETA 14:00, see 10.2.3.4."));
        QStringList rules;
        for (const QVariant &w : draft()->warnings())
            rules << w.toMap().value(QStringLiteral("rule")).toString();
        QVERIFY(rules.contains(QStringLiteral("eta")));
        QVERIFY(rules.contains(QStringLiteral("internal-address")));
        QVERIFY(draft()->valid()); // warnings never block
        draft()->setSubject(QStringLiteral("Update\nBcc: everyone@example.com"));
        QVERIFY(!draft()->valid());
        QVERIFY(draft()->problem().contains(QStringLiteral("one line")));
        QVERIFY(
            !draft()->saveEml(QUrl::fromLocalFile(m_out.filePath(QStringLiteral("x.eml"))), false).isEmpty());
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("x.eml"))));
        QVERIFY(!draft()->markSent().isEmpty());
    }

    void theCommunicationsLeadAsksAndTheCommanderDecides()
    {
        // Priya is the IC of the top incident; Sofia its Communications Lead.
        QVERIFY(draft()->isCommander());
        const QString incidentId = room()->incidentId();
        auto dir = std::move(m_app->dir);
        m_app.reset();
        m_app = std::make_unique<testing::StartedApp>(std::move(dir), QStringLiteral("Sofia Alvarez"));
        QVERIFY(m_app->settle());
        room()->open(incidentId);
        QVERIFY(m_app->settle());
        QVERIFY(!draft()->isCommander());
        draft()->prepare();
        draft()->setListId(listNamed(QStringLiteral("Status page subscribers")));
        QCOMPARE(draft()->requestApproval(), QString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(draft()->approvalState(), QStringLiteral("requested"));
        QVERIFY(!draft()->approve().isEmpty()); // only the IC decides

        dir = std::move(m_app->dir);
        m_app.reset();
        m_app = std::make_unique<testing::StartedApp>(std::move(dir), QStringLiteral("Priya Raman"));
        QVERIFY(m_app->settle());
        room()->open(incidentId);
        QVERIFY(m_app->settle());
        QCOMPARE(draft()->approvalRequestedBy(), QStringLiteral("Sofia Alvarez"));
        QCOMPARE(draft()->approvalList(), QStringLiteral("Status page subscribers"));
        QVERIFY(!draft()->returnForChanges(QStringLiteral("  ")).isEmpty()); // say what to change
        QCOMPARE(draft()->returnForChanges(QStringLiteral("Say it is EU only.")), QString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(draft()->approvalState(), QStringLiteral("returned"));
        QCOMPARE(draft()->approvalComment(), QStringLiteral("Say it is EU only."));
        QCOMPARE(draft()->approvalDecidedBy(), QStringLiteral("Priya Raman"));
        // Asked again with the change, approved, then sent: nothing waits any more.
        draft()->prepare();
        QCOMPARE(draft()->listId(),
                 listNamed(QStringLiteral("Status page subscribers"))); // the draft comes back
        draft()->setBody(draft()->body() + QStringLiteral("\nOnly customers in the EU are affected."));
        QCOMPARE(draft()->requestApproval(), QString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(draft()->approvalState(), QStringLiteral("requested"));
        QCOMPARE(draft()->approve(), QString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(draft()->approvalState(), QStringLiteral("approved"));
        QCOMPARE(draft()->markSent(), QString());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(draft()->approvalState(), QString());
    }

    void theEmlIsWrittenAndMarkingSentRestartsTheCadence()
    {
        draft()->setListId(listNamed(QStringLiteral("Executives")));
        const QString path = m_out.filePath(QStringLiteral("update.eml"));
        QCOMPARE(draft()->saveEml(QUrl::fromLocalFile(path), false), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray eml = file.readAll();
        QVERIFY(eml.contains("\r\nTo: exec-team@example.com\r\n"));
        QVERIFY(eml.contains("\r\nCc: Priya Raman <priya.raman@example.com>\r\n"));
        QVERIFY(eml.startsWith("Date: "));
        QVERIFY(eml.contains(
            "\r\nFrom: Priya Raman <priya.raman@example.com>\r\n")); // the user, from the directory
        QVERIFY(
            draft()->mailtoUrl().toString().startsWith(QStringLiteral("mailto:exec-team@example.com?cc=")));

        const int before = room()->sentUpdates().size();
        QSignalSpy done(draft(), &UpdateDraftEditor::done);
        QCOMPARE(draft()->markSent(), QString());
        QVERIFY(done.wait());
        QVERIFY(m_app->settle());
        QTRY_COMPARE(room()->sentUpdates().size(), before + 1);
        const QVariantMap latest = room()->sentUpdates().first().toMap();
        QCOMPARE(latest.value(QStringLiteral("list")).toString(), QStringLiteral("Executives"));
        QCOMPARE(latest.value(QStringLiteral("by")).toString(), QStringLiteral("Priya Raman"));
        // SEV1 under two hours: the next update is due 20 minutes after this one.
        QVERIFY(qAbs(room()->updateDue() - ((*m_app)->now() + 20 * 60'000)) < 5'000);
    }
};

QTEST_MAIN(TestUpdateDraftEditor)
#include "tst_updatedrafteditor.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/logmodel.h"
#include "core/changes.h"
#include "core/ids.h"
#include "store/storeclient.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestLogModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StoreClient> m_store;
    QString m_incident;
    QString m_other;

    void commit(const QList<Change> &changes)
    {
        bool done = false;
        m_store->commit(this, changes, QString(), [&](const StoreResult<QList<Operation>> &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            done = true;
        });
        QTRY_VERIFY(done);
    }

    static void loadAll(LogModel &model)
    {
        QTRY_VERIFY(!model.loading());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.loading());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qint64 wall = 1'700'000'000'000;
        m_store = std::make_unique<StoreClient>([wall]() mutable { return ++wall; });
        const QString path = m_dir.filePath(QStringLiteral("log.db"));
        m_store->run<StoreError>(this, [path](Store &s) { return s.open(path, QStringLiteral("default")); });
        m_incident = newEntityId(1);
        m_other = newEntityId(2);
        Declaration d;
        d.title = QStringLiteral("Long incident");
        commit(changes::declareIncident(m_incident, d, 1'700'000'000'000));
        d.title = QStringLiteral("Other incident");
        commit(changes::declareIncident(m_other, d, 1'700'000'000'000));
        QList<Change> notes;
        for (int i = 0; i < 250; ++i)
            notes << changes::logEntry(m_incident, i % 10 == 0 ? LogKind::Decision : LogKind::Note,
                                       QStringLiteral("entry %1 %2")
                                           .arg(i)
                                           .arg(i % 10 == 0 ? QStringLiteral("failover") : QString()));
        commit(notes);
        commit(changes::logEntry(m_other, LogKind::Note, QStringLiteral("failover elsewhere")));
    }

    void pagesLoadOnDemandNewestFirst()
    {
        // No model tester here: it asks for more rows itself, and this test counts pages.
        LogModel model(m_store.get());
        model.setIncident(m_incident);
        QTRY_COMPARE(model.rowCount(), LogModel::pageSize);
        QCOMPARE(model.index(0).data(LogModel::TextRole).toString(), QStringLiteral("entry 249"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2 * LogModel::pageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 251); // 250 notes and the declaration
        QTRY_VERIFY(!model.loading());
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex oldest = model.index(250);
        QCOMPARE(oldest.data(LogModel::KindRole).toString(), QStringLiteral("system"));
        QVERIFY(!oldest.data(LogModel::IsUserEntryRole).toBool());
        QVERIFY(oldest.data(LogModel::PendingRole).toBool()); // no relay: still pending
    }

    void everyEntryOnceUnderTheModelTester()
    {
        LogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(m_incident);
        loadAll(model);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row).data(LogModel::EntryIdRole).toString());
        QCOMPARE(ids.size(), model.rowCount());
        QCOMPARE(model.rowCount(), 251);
    }

    void newEntriesArriveOnTop()
    {
        LogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(m_incident);
        loadAll(model);
        const int before = model.rowCount();
        commit(changes::logEntry(m_incident, LogKind::Action, QStringLiteral("newest action")));
        model.refreshNewest();
        QTRY_COMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(0).data(LogModel::TextRole).toString(), QStringLiteral("newest action"));
        QCOMPARE(model.index(0).data(LogModel::KindLabelRole).toString(), QStringLiteral("Action"));
    }

    void moreThanAPageAtOnceLeavesNoHole()
    {
        // A responder back from time offline, the room open: the catch-up brings more entries
        // in one go than the newest page holds. Every one of them must be reachable by
        // scrolling, with none missing between the old ones and the newest page.
        const QString incident = newEntityId(3);
        Declaration d;
        d.title = QStringLiteral("Catch-up incident");
        commit(changes::declareIncident(incident, d, 1'700'000'000'000));
        QList<Change> early;
        for (int i = 0; i < 10; ++i)
            early << changes::logEntry(incident, LogKind::Note, QStringLiteral("before %1").arg(i));
        commit(early);
        LogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(incident);
        loadAll(model);
        QCOMPARE(model.rowCount(), 11);
        QList<Change> burst;
        for (int i = 0; i < 3 * LogModel::pageSize / 2; ++i)
            burst << changes::logEntry(incident, LogKind::Note, QStringLiteral("caught up %1").arg(i));
        commit(burst);
        model.refreshNewest();
        QTRY_COMPARE(model.index(0).data(LogModel::TextRole).toString(),
                     QStringLiteral("caught up %1").arg(burst.size() - 1));
        loadAll(model);
        QSet<QString> texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts.insert(model.index(row).data(LogModel::TextRole).toString());
        QCOMPARE(model.rowCount(), 11 + burst.size());
        QCOMPARE(texts.size(), model.rowCount());
        QVERIFY(texts.contains(QStringLiteral("caught up 0")));
        QVERIFY(texts.contains(QStringLiteral("before 9")));
    }

    void aLongLogIsHeldAsAWindow()
    {
        // Scrolling to the bottom of a long log keeps at most maxRows entries: the newest go
        // from the top, and come back as the view scrolls up again. No tester here: it fetches
        // by itself, and this test counts rows.
        LogModel model(m_store.get());
        model.setMaxRows(2 * LogModel::pageSize);
        model.setIncident(m_incident);
        QVERIFY(model.atNewest());
        loadAll(model);
        QCOMPARE(model.rowCount(), 2 * LogModel::pageSize);
        QVERIFY(!model.atNewest());
        // 252 entries (newEntriesArriveOnTop() added one): the newest 52 left the window.
        QCOMPARE(model.index(0).data(LogModel::TextRole).toString(), QStringLiteral("entry 198"));
        QCOMPARE(model.index(model.rowCount() - 1).data(LogModel::KindRole).toString(),
                 QStringLiteral("system"));

        // While away from the newest, a new entry waits above the window.
        commit(changes::logEntry(m_incident, LogKind::Note, QStringLiteral("while scrolled down")));
        model.refreshNewest();
        m_store->waitForWorker();
        QTest::qWait(20);
        QCOMPARE(model.index(0).data(LogModel::TextRole).toString(), QStringLiteral("entry 198"));

        // Scrolling up: the pages above come back in order and the oldest go from the bottom.
        model.fetchNewer();
        QTRY_VERIFY(model.atNewest());
        QTRY_VERIFY(!model.loading());
        QCOMPARE(model.rowCount(), 2 * LogModel::pageSize);
        QCOMPARE(model.index(0).data(LogModel::TextRole).toString(), QStringLiteral("while scrolled down"));
        // newEntriesArriveOnTop() added "newest action" above entry 249.
        QCOMPARE(model.index(1).data(LogModel::TextRole).toString(), QStringLiteral("newest action"));
        for (int row = 2; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(LogModel::TextRole).toString().section(u' ', 0, 1),
                     QStringLiteral("entry %1").arg(251 - row));
        QVERIFY(model.canFetchMore({})); // the older end can be paged in again
    }

    void theWindowPassesTheModelTesterBothWays()
    {
        LogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(2 * LogModel::pageSize);
        model.setIncident(m_incident);
        loadAll(model);
        QVERIFY(!model.atNewest());
        while (!model.atNewest()) {
            model.fetchNewer();
            QTRY_VERIFY(!model.loading());
        }
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row).data(LogModel::EntryIdRole).toString());
        QCOMPARE(ids.size(), model.rowCount());
        QVERIFY(model.rowCount() <= model.maxRows());
        model.showNewest();
        QTRY_VERIFY(model.rowCount() > 0);
        QVERIFY(model.atNewest());
    }

    void searchShowsMatchesOfThisIncidentOnly()
    {
        LogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(m_incident);
        QTRY_VERIFY(model.rowCount() > 0);
        model.setSearchText(QStringLiteral("failover"));
        QTRY_COMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        model.setSearchText(QString());
        QTRY_VERIFY(model.rowCount() >= LogModel::pageSize);
    }

    void switchingIncidentsDropsStaleAnswers()
    {
        LogModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(m_incident);
        model.setIncident(m_other); // before the first answer arrives
        QTRY_VERIFY(!model.loading());
        m_store->waitForWorker();
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 2); // declaration and its one note, none of the first incident's
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"

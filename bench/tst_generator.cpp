// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspacestate.h"
#include "generator.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestGenerator : public QObject
{
    Q_OBJECT

    static QList<Operation> all(const bench::GeneratorOptions &options)
    {
        bench::Generator generator(options);
        QList<Operation> ops;
        QList<Operation> batch;
        while (generator.next(batch, 333)) {
            ops << batch;
            batch.clear();
        }
        return ops;
    }

private Q_SLOTS:
    void producesExactlyWhatWasAsked()
    {
        bench::GeneratorOptions options;
        options.incidents = 40;
        options.logEntries = 2'000;
        options.people = 6;
        const QList<Operation> ops = all(options);
        WorkspaceState state;
        for (const Operation &op : ops) {
            QString error;
            QVERIFY2(state.apply(op, &error) == WorkspaceState::Applied::Changed, qPrintable(error));
        }
        QCOMPARE(state.incidents().size(), 40);
        QCOMPARE(state.people().size(), 6);
        qsizetype userEntries = 0;
        int open = 0;
        for (const Incident &i : state.incidents()) {
            for (const LogEntry &e : state.log(i.id))
                userEntries += isUserLogKind(e.kind) ? 1 : 0;
            open += isActive(i.state) ? 1 : 0;
        }
        QCOMPARE(userEntries, 2'000);
        QCOMPARE(open, 12); // the most recent ones are still open
    }

    void sameSeedSameHistory()
    {
        bench::GeneratorOptions options;
        options.incidents = 15;
        options.logEntries = 300;
        WorkspaceState a;
        WorkspaceState b;
        for (const Operation &op : all(options))
            a.apply(op);
        for (const Operation &op : all(options))
            b.apply(op);
        QCOMPARE(a.stateHash(), b.stateHash());
        options.seed += 1;
        WorkspaceState c;
        for (const Operation &op : all(options))
            c.apply(op);
        QVERIFY(a.stateHash() != c.stateHash());
    }

    void storesCleanly()
    {
        bench::GeneratorOptions options;
        options.incidents = 20;
        options.logEntries = 500;
        QTemporaryDir dir;
        Store store([&] { return options.endMs; });
        QVERIFY(!store.open(dir.filePath(QStringLiteral("g.db")), options.workspace));
        const auto result = store.applyRemote(all(options));
        QVERIFY(result.ok());
        QVERIFY(result.value.rejected.isEmpty());
        QCOMPARE(store.incidentCount().value, 20);
        QCOMPARE(store.activeIncidents().value.size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/boardfilter.h"
#include "app/boardmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace muster;

class TestBoardFilter : public QObject
{
    Q_OBJECT

    BoardModel m_board;

    static IncidentSummary make(const QString &id, Severity severity, LifecycleState state, qint64 started,
                                const QStringList &services, const QString &commander)
    {
        IncidentSummary s;
        s.id = id;
        s.title = QStringLiteral("Title of ") + id;
        s.severity = severity;
        s.state = state;
        s.startedAtMs = started;
        s.services = services;
        s.commanderName = commander;
        return s;
    }

    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, 0).data(BoardModel::IdRole).toString();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_board.merge({
            make(QStringLiteral("minor-old"), Severity::Sev3, LifecycleState::Investigating, 1,
                 {QStringLiteral("search")}, QStringLiteral("Hannah")),
            make(QStringLiteral("sev1-new"), Severity::Sev1, LifecycleState::Investigating, 50,
                 {QStringLiteral("checkout")}, QStringLiteral("Priya")),
            make(QStringLiteral("sev1-old"), Severity::Sev1, LifecycleState::Investigating, 10,
                 {QStringLiteral("payments")}, QStringLiteral("Marcus")),
            make(QStringLiteral("mitigated"), Severity::Sev2, LifecycleState::Mitigated, 5,
                 {QStringLiteral("checkout")}, QString()),
        });
    }

    void columnSortsBySeverityThenAge()
    {
        BoardFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&m_board);
        filter.setState(QStringLiteral("investigating"));
        QCOMPARE(ids(filter),
                 (QStringList {QStringLiteral("sev1-old"), QStringLiteral("sev1-new"),
                               QStringLiteral("minor-old")}));
        QCOMPARE(filter.count(), 3);
    }

    void filtersCombine()
    {
        BoardFilter filter;
        filter.setSourceModel(&m_board);
        filter.setSeverities({1, 2});
        QCOMPARE(filter.count(), 3);
        filter.setService(QStringLiteral("checkout"));
        QCOMPARE(ids(filter), (QStringList {QStringLiteral("sev1-new"), QStringLiteral("mitigated")}));
        filter.setText(QStringLiteral("priya"));
        QCOMPARE(ids(filter), QStringList {QStringLiteral("sev1-new")});
        filter.setText(QStringLiteral("priya payments")); // every word must match
        QCOMPARE(filter.count(), 0);
        filter.setText(QString());
        filter.setService(QString());
        filter.setSeverities({});
        QCOMPARE(filter.count(), 4);
    }

    void followsTheBoardLive()
    {
        BoardFilter filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&m_board);
        filter.setState(QStringLiteral("mitigated"));
        QCOMPARE(filter.count(), 1);
        QList<IncidentSummary> all;
        for (int row = 0; row < m_board.rowCount(); ++row) {
            IncidentSummary s = make(m_board.index(row).data(BoardModel::IdRole).toString(), Severity::Sev2,
                                     LifecycleState::Mitigated, row, {}, QString());
            all << s;
        }
        m_board.merge(all);
        QCOMPARE(filter.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBoardFilter)
#include "tst_boardfilter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The muster-relay program as an operator starts it, over TLS, with the event dispatcher its
// main() chooses (src/relay/eventdispatcher.h); the in-process relay tests run on the test's
// own. What a team relies on: desktops that trust the relay's CA connect over wss://, every op
// one of them writes reaches all of them, and SIGTERM ends the relay cleanly.
#include "core/changes.h"
#include "core/ids.h"
#include "syncdesktop.h"
#include "tlsfixtures.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace muster;

namespace {

const QString kActor = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");

QString declareIncident(testing::Desktop &desktop, const QString &title)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString id = newEntityId(now);
    Declaration declaration;
    declaration.title = title;
    declaration.commanderId = kActor;
    if (!desktop.store.commitLocal(changes::declareIncident(id, declaration, now), kActor).ok())
        return {};
    desktop.engine->pushPending();
    return id;
}

} // namespace

class TestRelayProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false\nmuster.sync.warning=false"));
        QVERIFY(m_dir.isValid());
    }

    void overWssEveryDesktopGetsEveryOpAndSigtermEndsCleanly()
    {
        QProcess relay;
        relay.start(QStringLiteral(RELAY_BINARY),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                     m_dir.filePath(QStringLiteral("relay.sqlite")), QStringLiteral("--allow-anonymous"),
                     QStringLiteral("--tls-cert"), testing::tlsFixture("relay.pem"),
                     QStringLiteral("--tls-key"), testing::tlsFixture("relay.key")});
        QVERIFY(relay.waitForStarted(10'000));
        QVERIFY(QTest::qWaitFor([&] { return relay.canReadLine(); }, 10'000));
        const auto match = QRegularExpression(QStringLiteral("^listening on (wss://127\\.0\\.0\\.1:\\d+)$"))
                               .match(QString::fromUtf8(relay.readLine()).trimmed());
        QVERIFY2(match.hasMatch(), "the relay says it listens on wss://");
        const QUrl url(match.captured(1));

        // Forty desktops, four of which each declare an incident once all are connected.
        constexpr int kDesktops = 40;
        constexpr int kWriters = 4;
        const QList<QSslCertificate> ca = testing::trustedCa("ca.pem");
        std::vector<std::unique_ptr<testing::Desktop>> desktops;
        for (int i = 0; i < kDesktops; ++i) {
            desktops.push_back(
                std::make_unique<testing::Desktop>(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(i)), url,
                                                   QString(), QStringLiteral("default"), ca));
            QVERIFY(desktops.back()->engine);
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(desktops.begin(), desktops.end(),
                                   [](const auto &d) { return d->engine->isSynced(); });
            },
            30'000));
        QStringList declared;
        for (int w = 0; w < kWriters; ++w)
            declared.append(
                declareIncident(*desktops.at(w), QStringLiteral("Checkout 500s, seen by %1").arg(w)));
        QVERIFY(!declared.contains(QString()));

        for (const auto &desktop : desktops) {
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return std::all_of(declared.cbegin(), declared.cend(), [&](const QString &id) {
                        return desktop->store.incident(id).value.has_value();
                    });
                },
                20'000));
        }
        QCOMPARE(desktops.at(kDesktops - 1)->store.incident(declared.first()).value->title,
                 QStringLiteral("Checkout 500s, seen by 0"));

        relay.terminate();
        QVERIFY(relay.waitForFinished(10'000));
        QCOMPARE(relay.exitStatus(), QProcess::NormalExit);
        QCOMPARE(relay.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayProcess)
#include "tst_relayprocess.moc"

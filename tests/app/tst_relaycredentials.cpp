// SPDX-License-Identifier: GPL-3.0-or-later
// Where the desktop's relay token comes from and where it goes: MUSTER_TOKEN first, then the
// keyring entry for exactly this relay and workspace; a typed token is usable at once and kept
// in the keyring, or for the session only when there is no keyring, and the dialog says which.
#include "app/relaycredentials.h"

#include <QSignalSpy>
#include <QTest>

using namespace muster;

namespace {

const QUrl kRelay(QStringLiteral("ws://relay.example:7447"));
const QString kToken = QStringLiteral("mst_0123456789ab_") + QString(43, u'A');

// Runs load() and waits for it to finish.
bool load(RelayCredentials &credentials, const QUrl &relay, const QString &workspace)
{
    bool done = false;
    credentials.load(relay, workspace, [&done] { done = true; });
    return QTest::qWaitFor([&] { return done; }, 5000);
}

bool set(RelayCredentials &credentials, const QString &token,
         const QString &workspace = QStringLiteral("ops"))
{
    bool done = false;
    credentials.set(kRelay, workspace, token, [&done] { done = true; });
    return QTest::qWaitFor([&] { return done; }, 5000);
}

} // namespace

class TestRelayCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theKeyringHoldsOneTokenPerRelayAndWorkspace()
    {
        MemorySecretStore keyring;
        keyring.secrets.insert(RelayCredentials::keyFor(kRelay, QStringLiteral("ops")), kToken);
        RelayCredentials credentials(&keyring, {});
        QVERIFY(load(credentials, kRelay, QStringLiteral("ops")));
        QCOMPARE(credentials.token(), kToken);
        QCOMPARE(credentials.source(), RelayCredentials::Source::Keyring);
        QVERIFY(credentials.description().contains(QStringLiteral("system keyring")));
        QVERIFY(!credentials.description().contains(kToken));

        QVERIFY(load(credentials, kRelay, QStringLiteral("payments")));
        QVERIFY(!credentials.hasToken());
        QCOMPARE(credentials.source(), RelayCredentials::Source::None);
        QVERIFY(load(credentials, QUrl(QStringLiteral("ws://other.example:7447")), QStringLiteral("ops")));
        QVERIFY(!credentials.hasToken());
        QVERIFY(credentials.description().contains(QStringLiteral("muster-relay token create")));
    }

    void aTypedTokenIsUsedAtOnceAndKeptInTheKeyring()
    {
        MemorySecretStore keyring;
        RelayCredentials credentials(&keyring, {});
        QSignalSpy changed(&credentials, &RelayCredentials::changed);
        credentials.set(kRelay, QStringLiteral("ops"), kToken, [] {});
        QCOMPARE(credentials.token(), kToken); // before the keyring answered
        QTRY_COMPARE(credentials.source(), RelayCredentials::Source::Keyring);
        QCOMPARE(keyring.secrets.value(RelayCredentials::keyFor(kRelay, QStringLiteral("ops"))), kToken);
        QVERIFY(changed.size() >= 2);

        // A new Muster reads it back.
        RelayCredentials later(&keyring, {});
        QVERIFY(load(later, kRelay, QStringLiteral("ops")));
        QCOMPARE(later.token(), kToken);

        // Clearing it removes it from the keyring.
        QVERIFY(set(credentials, QString()));
        QVERIFY(keyring.secrets.isEmpty());
        QCOMPARE(credentials.source(), RelayCredentials::Source::None);
    }

    void aTokenForTheNextWorkspaceIsKeptWithoutTouchingThisOne()
    {
        MemorySecretStore keyring;
        RelayCredentials credentials(&keyring, {});
        QVERIFY(set(credentials, kToken));
        const QString next = QStringLiteral("mst_ba9876543210_") + QString(43, u'B');
        credentials.keepFor(kRelay, QStringLiteral("payments"), next);
        QTRY_COMPARE(keyring.secrets.value(RelayCredentials::keyFor(kRelay, QStringLiteral("payments"))),
                     next);
        QCOMPARE(credentials.token(), kToken);
        QCOMPARE(credentials.source(), RelayCredentials::Source::Keyring);
    }

    void withoutAKeyringATokenLastsTheSessionAndSaysSo()
    {
        MemorySecretStore keyring;
        keyring.unavailable = true;
        RelayCredentials credentials(&keyring, {});
        QVERIFY(load(credentials, kRelay, QStringLiteral("ops")));
        QVERIFY(!credentials.hasToken());
        QVERIFY(credentials.keyringUnavailable());
        QVERIFY2(credentials.description().contains(QStringLiteral("kept until Muster closes")),
                 qPrintable(credentials.description()));
        QVERIFY(set(credentials, kToken));
        QCOMPARE(credentials.token(), kToken);
        QCOMPARE(credentials.source(), RelayCredentials::Source::Session);
        QVERIFY2(credentials.description().contains(QStringLiteral(
                     "kept until Muster closes, because no keyring is available on this computer.")),
                 qPrintable(credentials.description()));
    }

    void theEnvironmentWinsAndTheKeyringIsNotAsked()
    {
        MemorySecretStore keyring;
        keyring.secrets.insert(RelayCredentials::keyFor(kRelay, QStringLiteral("ops")),
                               QStringLiteral("other"));
        RelayCredentials credentials(&keyring, QStringLiteral("  ") + kToken + QStringLiteral("\n"));
        QVERIFY(load(credentials, kRelay, QStringLiteral("ops")));
        QCOMPARE(credentials.token(), kToken);
        QCOMPARE(credentials.source(), RelayCredentials::Source::Environment);
        QVERIFY(credentials.description().contains(QStringLiteral("MUSTER_TOKEN")));
    }

    void aLaterLoadWinsOverOneStillWaiting()
    {
        MemorySecretStore keyring;
        keyring.secrets.insert(RelayCredentials::keyFor(kRelay, QStringLiteral("ops")), kToken);
        RelayCredentials credentials(&keyring, {});
        bool firstDone = false;
        credentials.load(kRelay, QStringLiteral("ops"), [&firstDone] { firstDone = true; });
        QVERIFY(load(credentials, kRelay, QStringLiteral("payments")));
        QTest::qWait(20);
        QVERIFY(!firstDone); // superseded: its answer is dropped
        QVERIFY(!credentials.hasToken());
    }

    void onlyWhatCanTravelInAHeaderIsAToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("token") << kToken << true;
        QTest::newRow("empty: keep the saved one") << QString() << true;
        QTest::newRow("space inside") << QStringLiteral("mst_abc def") << false;
        QTest::newRow("line break") << QStringLiteral("mst_abc\r\nX-Evil: 1") << false;
        QTest::newRow("accented") << QStringLiteral("mst_é") << false;
        QTest::newRow("too long") << QString(5000, u'a') << false;
    }

    void onlyWhatCanTravelInAHeaderIsAToken()
    {
        QFETCH(QString, token);
        QFETCH(bool, accepted);
        QCOMPARE(RelayCredentials::problemWith(token).isEmpty(), accepted);
    }
};

QTEST_GUILESS_MAIN(TestRelayCredentials)
#include "tst_relaycredentials.moc"

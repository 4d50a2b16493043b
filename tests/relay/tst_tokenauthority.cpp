// SPDX-License-Identifier: GPL-3.0-or-later
// Who gets in, decided from the Authorization header alone: a token lets its holder into its
// own workspace with its own role and nothing more; anything else is refused with a reason that
// never repeats the token, and every refusal counts against the address.
#include "memorytokenstore.h"
#include "relay/tokenauthority.h"

#include <QTest>

using namespace muster;
using muster::testing::MemoryTokenStore;

namespace {

QByteArray bearer(const QString &token)
{
    return "Bearer " + token.toLatin1();
}

} // namespace

class TestTokenAuthority : public QObject
{
    Q_OBJECT

    const QHostAddress m_peer {QStringLiteral("127.0.0.1")};
    const QString m_ops = QStringLiteral("ops");
    using Use = TokenAuthority::Use;
    using Outcome = AuthResult::Outcome;

private Q_SLOTS:
    void aMemberTokenGrantsItsWorkspaceAndItsUser()
    {
        MemoryTokenStore store;
        AuthThrottle throttle;
        TokenAuthority authority(store, throttle, false);
        QString id;
        const QString token = store.add(m_ops, QStringLiteral("Aiyana"), TokenRole::Member, &id);
        const AuthResult result = authority.authenticate(bearer(token), m_peer, Use::Sync);
        QVERIFY2(result.granted(), qPrintable(result.reason));
        QCOMPARE(result.grant.tokenId, id);
        QCOMPARE(result.grant.workspace, m_ops);
        QCOMPARE(result.grant.user, QStringLiteral("Aiyana"));
        QVERIFY(result.grant.mayPush());
        QVERIFY(!result.grant.allowsWorkspace(QStringLiteral("payments")));
        QCOMPARE(throttle.failureCount(), 0);
    }

    void aViewerTokenMayReadButNotPush()
    {
        MemoryTokenStore store;
        AuthThrottle throttle;
        TokenAuthority authority(store, throttle, false);
        const AuthResult result = authority.authenticate(
            bearer(store.add(m_ops, QStringLiteral("wall"), TokenRole::Viewer)), m_peer, Use::Sync);
        QVERIFY(result.granted());
        QVERIFY(!result.grant.mayPush());
    }

    void everyWrongTokenIsRefusedAndCounted_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("use");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("reason");
        // Filled in the test: the store is per row.
        QTest::newRow("no header") << QByteArray() << int(Use::Sync) << QString()
                                   << QStringLiteral("an access token is required");
        QTest::newRow("basic auth") << QByteArray("Basic dXNlcjpwYXNz") << int(Use::Sync) << QString()
                                    << QStringLiteral(
                                           "the Authorization header does not hold a Muster token");
        QTest::newRow("not a token") << QByteArray("Bearer hunter2") << int(Use::Sync) << QString()
                                     << QStringLiteral(
                                            "the Authorization header does not hold a Muster token");
        QTest::newRow("unknown id") << QByteArray("unknown") << int(Use::Sync) << QString()
                                    << QStringLiteral("the token is not valid");
        QTest::newRow("wrong secret") << QByteArray("wrong secret") << int(Use::Sync) << QString()
                                      << QStringLiteral("the token is not valid");
        QTest::newRow("revoked") << QByteArray("revoked") << int(Use::Sync) << QString()
                                 << QStringLiteral("the token was revoked");
        QTest::newRow("webhook token on the socket")
            << QByteArray("webhook") << int(Use::Sync) << QString()
            << QStringLiteral("a webhook token cannot open a sync connection");
        QTest::newRow("member token on the webhook")
            << QByteArray("member") << int(Use::Webhook) << QStringLiteral("ops")
            << QStringLiteral("the token is not a webhook token for this workspace");
        QTest::newRow("webhook token of another workspace")
            << QByteArray("webhook") << int(Use::Webhook) << QStringLiteral("payments")
            << QStringLiteral("the token is not a webhook token for this workspace");
    }

    void everyWrongTokenIsRefusedAndCounted()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, use);
        QFETCH(QString, workspace);
        QFETCH(QString, reason);
        MemoryTokenStore store;
        AuthThrottle throttle;
        TokenAuthority authority(store, throttle, false);
        QString memberId;
        const QString member = store.add(m_ops, QStringLiteral("a"), TokenRole::Member, &memberId);
        const QString webhook = store.add(m_ops, QStringLiteral("am"), TokenRole::Webhook);
        QString revokedId;
        const QString revoked = store.add(m_ops, QStringLiteral("b"), TokenRole::Member, &revokedId);
        QVERIFY(store.revokeToken(revokedId, 5).value);
        QString sent;
        if (header == "unknown")
            sent = issueToken(m_ops, QStringLiteral("c"), TokenRole::Member, 0).text;
        else if (header == "wrong secret")
            sent
                = member.left(17) + issueToken(m_ops, QStringLiteral("c"), TokenRole::Member, 0).text.mid(17);
        else if (header == "revoked")
            sent = revoked;
        else if (header == "webhook")
            sent = webhook;
        else if (header == "member")
            sent = member;
        const QByteArray authorization = sent.isEmpty() ? header : bearer(sent);
        const AuthResult result = authority.authenticate(authorization, m_peer, Use(use), workspace);
        QCOMPARE(result.outcome, Outcome::Refused);
        QCOMPARE(result.reason, reason);
        if (!sent.isEmpty())
            QVERIFY(!result.reason.contains(sent.mid(17, 10)));
        QCOMPARE(throttle.failureCount(), 1);
    }

    void aWebhookTokenOpensItsWorkspacesWebhook()
    {
        MemoryTokenStore store;
        AuthThrottle throttle;
        TokenAuthority authority(store, throttle, false);
        const QString token = store.add(m_ops, QStringLiteral("alertmanager"), TokenRole::Webhook);
        QVERIFY(authority.authenticate(bearer(token), m_peer, Use::Webhook, m_ops).granted());
    }

    void anonymousRelaysStillHonourTheTokensTheyAreSent()
    {
        MemoryTokenStore store;
        AuthThrottle throttle;
        TokenAuthority authority(store, throttle, true);
        const AuthResult anonymous = authority.authenticate({}, m_peer, Use::Sync);
        QVERIFY(anonymous.granted());
        QVERIFY(anonymous.grant.anonymous());
        QVERIFY(anonymous.grant.mayPush());
        QVERIFY(authority.authenticate({}, m_peer, Use::Webhook, m_ops).granted());
        // A wall display given a viewer token stays a viewer.
        const AuthResult viewer = authority.authenticate(
            bearer(store.add(m_ops, QStringLiteral("wall"), TokenRole::Viewer)), m_peer, Use::Sync);
        QVERIFY(viewer.granted());
        QVERIFY(!viewer.grant.mayPush());
        QCOMPARE(authority.authenticate("Bearer nonsense", m_peer, Use::Sync).outcome, Outcome::Refused);
    }

    void anAddressThatKeepsFailingIsRefusedEvenWithAGoodToken()
    {
        MemoryTokenStore store;
        AuthThrottle throttle;
        TokenAuthority authority(store, throttle, false);
        const QString good = store.add(m_ops, QStringLiteral("a"), TokenRole::Member);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(authority.authenticate("Bearer guess", m_peer, Use::Sync).outcome, Outcome::Refused);
        QCOMPARE(authority.authenticate(bearer(good), m_peer, Use::Sync).outcome, Outcome::Throttled);
        QVERIFY(authority.authenticate(bearer(good), QHostAddress(QStringLiteral("127.0.0.2")), Use::Sync)
                    .granted());
    }

    void aDatabaseThatCannotBeReadIsNotAWrongToken()
    {
        MemoryTokenStore store;
        AuthThrottle throttle;
        TokenAuthority authority(store, throttle, false);
        const QString good = store.add(m_ops, QStringLiteral("a"), TokenRole::Member);
        store.failing = true;
        QCOMPARE(authority.authenticate(bearer(good), m_peer, Use::Sync).outcome, Outcome::StorageFailed);
        QCOMPARE(throttle.failureCount(), 0);
        // Nor does a relay that cannot read its tokens drop the connections it has.
        QVERIFY(authority.invalidAmong({QStringLiteral("0123456789ab")}).isEmpty());
    }

    void revokedAndVanishedTokensAreNoLongerValid()
    {
        MemoryTokenStore store;
        AuthThrottle throttle;
        TokenAuthority authority(store, throttle, false);
        QString kept, revoked;
        store.add(m_ops, QStringLiteral("a"), TokenRole::Member, &kept);
        store.add(m_ops, QStringLiteral("b"), TokenRole::Member, &revoked);
        QVERIFY(store.revokeToken(revoked, 7).value);
        const QSet<QString> invalid = authority.invalidAmong({kept, revoked, QStringLiteral("0123456789ab")});
        QCOMPARE(invalid, (QSet<QString> {revoked, QStringLiteral("0123456789ab")}));
    }
};

QTEST_GUILESS_MAIN(TestTokenAuthority)
#include "tst_tokenauthority.moc"

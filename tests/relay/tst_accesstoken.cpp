// SPDX-License-Identifier: GPL-3.0-or-later
// Access tokens as an operator handles them: a new token is 256 random bits in a form that
// survives copying into a shell or a YAML file, reads back to the digest that was stored, and
// anything that is not exactly such a token is refused before the database is asked.
#include "relay/accesstoken.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace muster;

class TestAccessToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewTokenReadsBackToTheDigestThatIsStored()
    {
        const IssuedToken issued
            = issueToken(QStringLiteral("ops"), QStringLiteral("Aiyana"), TokenRole::Member, 42);
        QVERIFY2(QRegularExpression(QStringLiteral("^mst_[0-9a-hjkmnp-tv-z]{12}_[A-Za-z0-9_-]{43}$"))
                     .match(issued.text)
                     .hasMatch(),
                 qPrintable(issued.text));
        QString id;
        QByteArray secret;
        QVERIFY(parseTokenText(issued.text, &id, &secret));
        QCOMPARE(id, issued.record.id);
        QCOMPARE(secret.size(), 32); // 256 bits
        QCOMPARE(tokenDigest(secret), issued.record.digest);
        QCOMPARE(issued.record.digest.size(), 32); // SHA-256
        QVERIFY(!issued.record.digest.contains(secret));
        QCOMPARE(issued.record.workspace, QStringLiteral("ops"));
        QCOMPARE(issued.record.user, QStringLiteral("Aiyana"));
        QCOMPARE(issued.record.createdAtMs, 42);
        QVERIFY(!issued.record.revoked());
    }

    void tokensNeverRepeat()
    {
        QSet<QString> texts, ids;
        for (int i = 0; i < 2000; ++i) {
            const IssuedToken issued
                = issueToken(QStringLiteral("ops"), QStringLiteral("a"), TokenRole::Viewer, 0);
            texts.insert(issued.text);
            ids.insert(issued.record.id);
        }
        QCOMPARE(texts.size(), 2000);
        QCOMPARE(ids.size(), 2000);
    }

    void anythingElseIsNotAToken_data()
    {
        QTest::addColumn<QString>("text");
        const QString good
            = issueToken(QStringLiteral("ops"), QStringLiteral("a"), TokenRole::Member, 0).text;
        QTest::newRow("empty") << QString();
        QTest::newRow("other prefix") << QString(good).replace(0, 4, QStringLiteral("ghp_"));
        QTest::newRow("one character short") << good.chopped(1);
        QTest::newRow("one character more") << good + u'A';
        QTest::newRow("upper-case id") << good.left(4) + good.mid(4, 12).toUpper() + good.mid(16);
        QTest::newRow("letter i in the id") << good.left(4) + QStringLiteral("iiiiiiiiiiii") + good.mid(16);
        QTest::newRow("no separator") << good.left(16) + u'-' + good.mid(17);
        QTest::newRow("padding") << good.chopped(1) + u'=';
        QTest::newRow("space inside") << good.left(30) + u' ' + good.mid(31);
        QTest::newRow("non-ASCII") << good.left(30) + QStringLiteral("é") + good.mid(31);
        QTest::newRow("SQL") << QStringLiteral("mst_' OR 1=1 --_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        // The last of 43 base64url characters carries two bits past the 256th; set one of them.
        const QString alphabet
            = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        QTest::newRow("non-canonical end")
            << good.chopped(1) + alphabet.at(alphabet.indexOf(good.back()) | 1);
    }

    void anythingElseIsNotAToken()
    {
        QFETCH(QString, text);
        QString id;
        QByteArray secret;
        QVERIFY(!parseTokenText(text, &id, &secret));
        QVERIFY(id.isEmpty());
        QVERIFY(secret.isEmpty());
    }

    void theBearerTokenIsTakenFromTheAuthorizationHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("token");
        QTest::newRow("bearer") << QByteArray("Bearer mst_x") << QStringLiteral("mst_x");
        QTest::newRow("scheme in lower case") << QByteArray("bearer mst_x") << QStringLiteral("mst_x");
        QTest::newRow("extra spaces") << QByteArray("  Bearer   mst_x  ") << QStringLiteral("mst_x");
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << QString();
        QTest::newRow("scheme alone") << QByteArray("Bearer") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void theBearerTokenIsTakenFromTheAuthorizationHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, token);
        QCOMPARE(bearerToken(header), token);
    }

    void digestsCompareByContent()
    {
        const QByteArray a = tokenDigest("one");
        QVERIFY(constantTimeEquals(a, tokenDigest("one")));
        QByteArray lastByteDiffers = a;
        lastByteDiffers[31] = char(lastByteDiffers[31] ^ 1);
        QVERIFY(!constantTimeEquals(a, lastByteDiffers));
        QVERIFY(!constantTimeEquals(a, a.left(31)));
        QVERIFY(!constantTimeEquals(a, QByteArray()));
        QVERIFY(constantTimeEquals(QByteArray(), QByteArray()));
    }

    void rolesHaveStableNames()
    {
        for (TokenRole role : {TokenRole::Member, TokenRole::Viewer, TokenRole::Webhook, TokenRole::Admin})
            QCOMPARE(tokenRoleFromName(tokenRoleName(role)), std::optional<TokenRole>(role));
        QCOMPARE(tokenRoleName(TokenRole::Viewer), QStringLiteral("viewer"));
        QCOMPARE(tokenRoleName(TokenRole::Admin), QStringLiteral("admin"));
        QVERIFY(!tokenRoleFromName(u"owner"));
        QVERIFY(!tokenRoleFromName(u"Member"));
    }

    void grantsSayWhatAConnectionMayDo()
    {
        const Grant viewer {QStringLiteral("abc"), QStringLiteral("ops"), QStringLiteral("wall"),
                            TokenRole::Viewer};
        QVERIFY(viewer.allowsWorkspace(QStringLiteral("ops")));
        QVERIFY(!viewer.allowsWorkspace(QStringLiteral("payments")));
        QVERIFY(!viewer.mayPush());
        QVERIFY(!viewer.mayManageIntegrations());
        QVERIFY(!viewer.anonymous());
        const Grant member {QStringLiteral("abd"), QStringLiteral("ops"), QStringLiteral("Priya"),
                            TokenRole::Member};
        QVERIFY(member.mayPush());
        QVERIFY(!member.mayManageIntegrations());
        const Grant admin {QStringLiteral("abe"), QStringLiteral("ops"), QStringLiteral("Jo"),
                           TokenRole::Admin};
        QVERIFY(admin.mayPush());
        QVERIFY(admin.mayManageIntegrations());
        QVERIFY(!admin.allowsWorkspace(QStringLiteral("payments")));
        const Grant anonymous;
        QVERIFY(anonymous.anonymous());
        QVERIFY(anonymous.allowsWorkspace(QStringLiteral("anything")));
        QVERIFY(anonymous.mayPush());
        QVERIFY(anonymous.mayManageIntegrations()); // --allow-anonymous: one machine, everything
    }
};

QTEST_GUILESS_MAIN(TestAccessToken)
#include "tst_accesstoken.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `muster-relay token create|list|revoke` on a real relay database: the token is printed once,
// alone on standard output so a script can take it; the file never holds it; the list names
// every token without its secret; revoking is final and says so.
#include "relay/relaycommandline.h"
#include "relay/sqliterelaystorage.h"
#include "relay/tokencommands.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace muster;

namespace {

constexpr qint64 kNow = 1'795'500'004'211; // 2026-11-24 06:00 UTC

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestTokenCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Run run(QStringList args, qint64 now = kNow)
    {
        args.prepend(QStringLiteral("token"));
        args.prepend(QStringLiteral("muster-relay"));
        args << QStringLiteral("--db") << m_path;
        const RelayCommandLine line = parseRelayCommandLine(args);
        Run result;
        if (!line.error.isEmpty()) {
            result.err = line.error;
            return result;
        }
        SqliteRelayStorage storage;
        if (storage.open(line.databasePath, SqliteRelayStorage::Check::Header))
            return result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = runTokenCommand(line, storage, out, err, now);
        out.flush();
        err.flush();
        storage.close();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            QStringLiteral("relay-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    }

    void createPrintsTheTokenOnceAndStoresOnlyItsDigest()
    {
        const Run created
            = run({QStringLiteral("create"), QStringLiteral("--workspace"), QStringLiteral("ops"),
                   QStringLiteral("--user"), QStringLiteral("Aiyana Nez")});
        QCOMPARE(created.code, 0);
        const QString token = created.out.trimmed();
        QVERIFY2(token.startsWith(QStringLiteral("mst_")) && !token.contains(u'\n'), qPrintable(created.out));
        QVERIFY2(created.err.contains(QStringLiteral("only time it is shown")), qPrintable(created.err));
        QVERIFY(!created.err.contains(token.mid(17)));

        // Neither the token nor its secret is anywhere in the database or its WAL.
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 0);
        QVERIFY(bytes.contains(token.mid(4, 12).toLatin1())); // the id is kept
        QVERIFY(!bytes.contains(token.mid(17).toLatin1()));
        QString id;
        QByteArray secret;
        QVERIFY(parseTokenText(token, &id, &secret));
        QVERIFY(!bytes.contains(secret));

        const Run listed = run({QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID ")));
        QVERIFY2(lines.at(1).startsWith(id) && lines.at(1).contains(QStringLiteral("ops"))
                     && lines.at(1).contains(QStringLiteral("member"))
                     && lines.at(1).contains(QStringLiteral("2026-11-24 06:00 UTC"))
                     && lines.at(1).contains(QStringLiteral("Aiyana Nez"))
                     && lines.at(1).endsWith(QStringLiteral("active")),
                 qPrintable(lines.at(1)));
        QVERIFY(!listed.out.contains(token.mid(17)));
    }

    void revokingIsFinalAndSaysSo()
    {
        const Run created = run({QStringLiteral("create"), QStringLiteral("--workspace"),
                                 QStringLiteral("ops"), QStringLiteral("--user"), QStringLiteral("wall"),
                                 QStringLiteral("--role"), QStringLiteral("viewer")});
        QCOMPARE(created.code, 0);
        const QString id = created.out.mid(4, 12);
        const Run revoked = run({QStringLiteral("revoke"), id}, kNow + 60'000);
        QCOMPARE(revoked.code, 0);
        QVERIFY2(revoked.out.contains(QStringLiteral("Revoked token %1 (wall in workspace ops)").arg(id)),
                 qPrintable(revoked.out));
        const Run again = run({QStringLiteral("revoke"), id}, kNow + 120'000);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already revoked on 2026-11-24 06:01 UTC")),
                 qPrintable(again.out));
        const Run listed = run({QStringLiteral("list")});
        QVERIFY2(listed.out.contains(QStringLiteral("viewer"))
                     && listed.out.contains(QStringLiteral("revoked 2026-11-24 06:01 UTC")),
                 qPrintable(listed.out));
    }

    void anUnknownTokenIsAnError()
    {
        const Run missing = run({QStringLiteral("revoke"), QStringLiteral("' OR 1=1 --")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("there is no token ' OR 1=1 --")),
                 qPrintable(missing.err));
    }

    void anEmptyListSaysHowToStart()
    {
        const Run listed = run({QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.out.isEmpty());
        QVERIFY2(
            listed.err.contains(QStringLiteral("muster-relay token create --workspace NAME --user NAME")),
            qPrintable(listed.err));
    }
};

QTEST_GUILESS_MAIN(TestTokenCommands)
#include "tst_tokencommands.moc"

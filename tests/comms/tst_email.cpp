// SPDX-License-Identifier: GPL-3.0-or-later
// The .eml of a stakeholder update, read back by an independent parser (Python 3's email
// package, as a mail client would): headers, charset, a non-ASCII subject and body round-trip
// exactly; header injection and bad addresses are refused before anything is written; the
// mailto: link carries the same message.
#include "comms/email.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace muster::comms;

namespace {
// Prints what a mail reader sees, as JSON.
const char *kReader = R"(
import json, sys
from email import policy
from email.parser import BytesParser
raw = open(sys.argv[1], "rb").read()
m = BytesParser(policy=policy.default).parsebytes(raw)
body = m.get_body(preferencelist=("plain",))
print(json.dumps({
    "subject": str(m["subject"]), "to": [str(a) for a in m["to"].addresses],
    "cc": [str(a) for a in m["cc"].addresses] if m["cc"] else [],
    "toAddrs": [a.addr_spec for a in m["to"].addresses],
    "date": str(m["date"]), "messageId": str(m["message-id"]),
    "charset": body.get_content_charset(), "cte": str(body["content-transfer-encoding"]),
    "body": body.get_content().replace("\r\n", "\n"), "defects": len(m.defects) + len(body.defects),
    "longestLine": max(len(l) for l in raw.split(b"\r\n")), "bareLf": raw.replace(b"\r\n", b"").count(b"\n"),
}))
)";
} // namespace

class TestEmail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QJsonObject readBack(const QByteArray &eml)
    {
        const QString path = m_dir.filePath(QStringLiteral("update.eml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(eml);
        file.close();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(kReader), path});
        if (!python.waitForFinished(60'000) || python.exitCode() != 0) {
            qWarning() << python.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    static EmailMessage sample()
    {
        EmailMessage m;
        m.from = QStringLiteral("Zoë Müller <zoe@example.com>");
        m.to = {QStringLiteral("execs@example.com"), QStringLiteral("Priya Raman <priya@example.com>")};
        m.cc = {QStringLiteral("support-leads@example.org")};
        m.subject = QStringLiteral("[SEV1] Zahlungen gestört – Störung für Kunden in der EU 🚒");
        m.body = QStringLiteral("Hallo,\n\nZahlungen schlagen für 38 % der Kunden fehl.\n= signs, tabs\tand "
                                "trailing spaces   \nNächstes Update: 10:40 MEZ.\n");
        m.dateMs = QDateTime(QDate(2026, 11, 24), QTime(9, 20), QTimeZone::utc()).toMSecsSinceEpoch();
        m.messageId = QStringLiteral("1795.abc@muster.invalid");
        return m;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aMailReaderSeesExactlyWhatWasWritten()
    {
        const EmailMessage m = sample();
        QString error;
        const QByteArray eml = toEml(m, &error);
        QVERIFY2(!eml.isEmpty(), qPrintable(error));
        const QJsonObject seen = readBack(eml);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(seen.value(QStringLiteral("body")).toString(), m.body);
        QCOMPARE(seen.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(seen.value(QStringLiteral("cte")).toString(), QStringLiteral("quoted-printable"));
        QCOMPARE(seen.value(QStringLiteral("toAddrs")).toVariant().toStringList(),
                 (QStringList {QStringLiteral("execs@example.com"), QStringLiteral("priya@example.com")}));
        QCOMPARE(seen.value(QStringLiteral("to")).toVariant().toStringList().at(1),
                 QStringLiteral("Priya Raman <priya@example.com>"));
        QCOMPARE(seen.value(QStringLiteral("cc")).toVariant().toStringList(),
                 QStringList {QStringLiteral("support-leads@example.org")});
        QCOMPARE(seen.value(QStringLiteral("messageId")).toString(),
                 QStringLiteral("<1795.abc@muster.invalid>"));
        QVERIFY2(
            seen.value(QStringLiteral("date")).toString().contains(QStringLiteral("24 Nov 2026 09:20:00")),
            qPrintable(seen.value(QStringLiteral("date")).toString()));
        QCOMPARE(seen.value(QStringLiteral("defects")).toInt(), 0);
        QCOMPARE(seen.value(QStringLiteral("bareLf")).toInt(), 0); // CRLF throughout
        QVERIFY(seen.value(QStringLiteral("longestLine")).toInt() <= 998);
        QVERIFY(eml.contains("\r\nMIME-Version: 1.0\r\n"));
    }

    void longBodiesAndAnyUnicodeAreFine()
    {
        EmailMessage m = sample();
        m.subject = QStringLiteral("東京リージョンで決済が失敗しています — 影響を調査中です (Zoë, Ünïcode)");
        QString body;
        for (int i = 0; i < 2000; ++i)
            body += QStringLiteral("Zeile %1: ÄÖÜ ß € 🚒 — a long line that goes on and on without a break ")
                        .arg(i);
        m.body = body + u'\n';
        const QByteArray eml = toEml(m);
        const QJsonObject seen = readBack(eml);
        QCOMPARE(seen.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(seen.value(QStringLiteral("body")).toString(), m.body);
        QVERIFY(seen.value(QStringLiteral("longestLine")).toInt() <= 78);
        // No encoded word is longer than RFC 2047's 75 characters.
        for (const QByteArray &line : eml.split('\n')) {
            for (const QByteArray &word : line.trimmed().split(' ')) {
                if (word.startsWith("=?"))
                    QVERIFY2(word.size() <= 75, word.constData());
            }
        }
    }

    void headerInjectionAndBadAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("LF in subject")
            << QStringLiteral("subject") << QStringLiteral("Update\nBcc: all@example.com")
            << QStringLiteral("one line");
        QTest::newRow("CR in subject")
            << QStringLiteral("subject") << QStringLiteral("Update\rX: y") << QStringLiteral("one line");
        QTest::newRow("LF in address")
            << QStringLiteral("to") << QStringLiteral("a@example.com\nBcc: all@example.com")
            << QStringLiteral("one line");
        QTest::newRow("no at") << QStringLiteral("to") << QStringLiteral("execs.example.com")
                               << QStringLiteral("not an e-mail address");
        QTest::newRow("two ats") << QStringLiteral("cc") << QStringLiteral("a@b@example.com")
                                 << QStringLiteral("not an e-mail address");
        QTest::newRow("no domain dot") << QStringLiteral("to") << QStringLiteral("ops@localhost")
                                       << QStringLiteral("not an e-mail address");
        QTest::newRow("space") << QStringLiteral("to") << QStringLiteral("priya raman@example.com")
                               << QStringLiteral("not an e-mail address");
        QTest::newRow("comma list in one")
            << QStringLiteral("to") << QStringLiteral("a@example.com, b@example.com")
            << QStringLiteral("not an e-mail address");
        QTest::newRow("quote in name")
            << QStringLiteral("to") << QStringLiteral("\"Boss\" <b@example.com>") << QStringLiteral("quotes");
        QTest::newRow("non-ASCII address")
            << QStringLiteral("to") << QStringLiteral("zoë@example.com") << QStringLiteral("non-ASCII");
        QTest::newRow("empty subject")
            << QStringLiteral("subject") << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("no recipient") << QStringLiteral("to") << QString() << QStringLiteral("no recipient");
    }

    void headerInjectionAndBadAddressesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        EmailMessage m = sample();
        if (field == u"subject")
            m.subject = value;
        else if (field == u"cc")
            m.cc = {value};
        else
            m.to = value.isEmpty() ? QStringList() : QStringList {value};
        QString error;
        QVERIFY(toEml(m, &error).isEmpty());
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(toMailto(m).isEmpty());
    }

    void theMailtoLinkCarriesTheSameMessage()
    {
        EmailMessage m = sample();
        m.subject = QStringLiteral("Update: checkout & payments + [EU] 100% ok?");
        m.body = QStringLiteral("Line one\nZeile zwei: ÄÖÜ\n");
        const QUrl url = toMailto(m);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("execs@example.com,priya@example.com"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), m.subject);
        QCOMPARE(query.queryItemValue(QStringLiteral("cc"), QUrl::FullyDecoded),
                 QStringLiteral("support-leads@example.org"));
        QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
                 QStringLiteral("Line one\r\nZeile zwei: ÄÖÜ\r\n"));
        // '+' and '&' are encoded, so no mail client reads them as a space or a new field.
        QVERIFY(url.toEncoded().contains("%2B"));
        QVERIFY(url.toEncoded().contains("%26"));
    }

    void quotedPrintableIsReadable()
    {
        QCOMPARE(quotedPrintable(QStringLiteral("plain text")), QByteArray("plain text"));
        QCOMPARE(quotedPrintable(QStringLiteral("a=b")), QByteArray("a=3Db"));
        QCOMPARE(quotedPrintable(QStringLiteral("trailing \nx")), QByteArray("trailing=20\r\nx"));
        QCOMPARE(quotedPrintable(QStringLiteral("ä")), QByteArray("=C3=A4"));
        QCOMPARE(encodeHeaderText(QStringLiteral("ASCII only")), QByteArray("ASCII only"));
        QVERIFY(encodeHeaderText(QStringLiteral("Störung")).startsWith("=?UTF-8?B?"));
    }
};

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"

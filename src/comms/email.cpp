// SPDX-License-Identifier: GPL-3.0-or-later
#include "email.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

namespace muster::comms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster::comms", text);
}

constexpr qsizetype kMaxAddress = 254; // RFC 5321's limit for a forward path
constexpr qsizetype kMaxSubject = 900; // a header line may be 998 octets long

struct Address
{
    QString name; // may be empty
    QString addr; // local@domain
};

// "Name <addr>" or "addr"; nullopt when it is neither.
std::optional<Address> splitAddress(const QString &text)
{
    static const QRegularExpression named(QStringLiteral("^(.*?)\\s*<([^<>]*)>$"));
    const QString trimmed = text.trimmed();
    if (const auto match = named.match(trimmed); match.hasMatch())
        return Address {match.captured(1).trimmed(), match.captured(2).trimmed()};
    if (trimmed.contains(u'<') || trimmed.contains(u'>'))
        return std::nullopt;
    return Address {{}, trimmed};
}

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

QByteArray addressHeader(const Address &a)
{
    if (a.name.isEmpty())
        return a.addr.toLatin1();
    static const QRegularExpression atoms(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ .-]+$"));
    QByteArray name;
    if (!isAscii(a.name))
        name = encodeHeaderText(a.name);
    else if (atoms.match(a.name).hasMatch() && !a.name.contains(u'.'))
        name = a.name.toLatin1();
    else
        name = '"' + a.name.toLatin1() + '"';
    return name + " <" + a.addr.toLatin1() + '>';
}

// "To: a, b" folded after commas so that a long list keeps its lines short.
QByteArray addressLine(const char *field, const QStringList &addresses)
{
    QByteArray line = QByteArray(field) + ": ";
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QByteArray one = addressHeader(*splitAddress(addresses.at(i)));
        if (i > 0) {
            line += ',';
            if (line.size() - lineStart + one.size() + 1 > 76) {
                line += "\r\n";
                lineStart = line.size();
            }
            line += ' ';
        }
        line += one;
    }
    return line + "\r\n";
}

QStringList validateAddresses(const QStringList &addresses, const QString &field)
{
    QStringList problems;
    for (const QString &address : addresses) {
        if (const QString problem = validateAddress(address); !problem.isEmpty())
            problems << tr("%1: %2").arg(field, problem);
    }
    return problems;
}

} // namespace

QString validateAddress(const QString &address)
{
    if (address.contains(u'\r') || address.contains(u'\n'))
        return tr("an address must be on one line");
    if (address.trimmed().isEmpty())
        return tr("an address is empty");
    const auto parts = splitAddress(address);
    if (!parts)
        return tr("“%1” is not an e-mail address").arg(address.left(80));
    if (parts->name.contains(u'"') || parts->name.contains(u'\\'))
        return tr("a name must not contain quotes or backslashes: “%1”").arg(parts->name.left(80));
    const QString &addr = parts->addr;
    if (!isAscii(addr))
        return tr("“%1”: addresses with non-ASCII letters are not supported").arg(addr.left(80));
    if (addr.size() > kMaxAddress)
        return tr("an address is longer than %1 characters").arg(kMaxAddress);
    // RFC 5322's dot-atom local part; a domain of letters, digits and hyphens with at least one dot.
    static const QRegularExpression spec(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
                       "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?$"));
    if (!spec.match(addr).hasMatch())
        return tr("“%1” is not an e-mail address").arg(addr.left(80));
    return {};
}

QStringList validateMessage(const EmailMessage &message)
{
    QStringList problems;
    if (message.to.isEmpty())
        problems << tr("there is no recipient");
    problems << validateAddresses(message.to, QStringLiteral("To"));
    problems << validateAddresses(message.cc, QStringLiteral("Cc"));
    if (!message.from.isEmpty())
        problems << validateAddresses({message.from}, QStringLiteral("From"));
    if (message.subject.contains(u'\r') || message.subject.contains(u'\n'))
        problems << tr("the subject must be on one line");
    if (message.subject.trimmed().isEmpty())
        problems << tr("the subject is empty");
    if (message.subject.size() > kMaxSubject)
        problems << tr("the subject is longer than %1 characters").arg(kMaxSubject);
    for (QChar c : message.subject) {
        if (c.category() == QChar::Other_Control) {
            problems << tr("the subject contains a control character");
            break;
        }
    }
    return problems;
}

QByteArray encodeHeaderText(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    // 42 bytes of UTF-8 make 56 base64 characters: "=?UTF-8?B?" + 56 + "?=" is 68, under RFC
    // 2047's 75, and "Subject: " with the first word stays within 78.
    constexpr qsizetype chunkBytes = 42;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, width).toUtf8(); // never split a character
        if (chunk.size() + character.size() > chunkBytes) {
            words << chunk;
            chunk.clear();
        }
        chunk += character;
        i += width;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &word : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n "; // folding white space between encoded words is not part of the text
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    QByteArray out;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        QByteArray encoded;
        qsizetype width = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i + 1 == line.size();
            const bool plain = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            const QByteArray piece = plain ? QByteArray(1, char(c))
                                           : '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (width + piece.size() > 75) { // soft line break: '=' makes it 76
                encoded += "=\r\n";
                width = 0;
            }
            encoded += piece;
            width += piece.size();
        }
        out += encoded;
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray toEml(const EmailMessage &message, QString *error)
{
    if (const QStringList problems = validateMessage(message); !problems.isEmpty()) {
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return {};
    }
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(message.dateMs, QTimeZone::utc());
    const QString id = message.messageId.isEmpty()
        ? QStringLiteral("%1.%2@muster.invalid")
              .arg(message.dateMs)
              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
        : message.messageId;
    QByteArray eml;
    eml += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    if (!message.from.isEmpty())
        eml += addressLine("From", {message.from});
    eml += addressLine("To", message.to);
    if (!message.cc.isEmpty())
        eml += addressLine("Cc", message.cc);
    eml += "Subject: " + encodeHeaderText(message.subject) + "\r\n";
    eml += "Message-ID: <" + id.toLatin1() + ">\r\n";
    // Mail clients that know it open the file as a draft ready to send, not as a received message.
    eml += "X-Unsent: 1\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += "Content-Type: text/plain; charset=UTF-8\r\n";
    eml += "Content-Transfer-Encoding: quoted-printable\r\n";
    eml += "\r\n";
    eml += quotedPrintable(message.body);
    if (!eml.endsWith("\r\n"))
        eml += "\r\n";
    return eml;
}

QUrl toMailto(const EmailMessage &message, QString *error)
{
    if (const QStringList problems = validateMessage(message); !problems.isEmpty()) {
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return {};
    }
    // RFC 6068: addr-specs only, each part percent-encoded, line breaks in the body as CRLF.
    auto specs = [](const QStringList &addresses) {
        QList<QByteArray> out;
        for (const QString &address : addresses)
            out << QUrl::toPercentEncoding(splitAddress(address)->addr, "@");
        return out;
    };
    QByteArray url = "mailto:" + specs(message.to).join(',');
    QList<QByteArray> query;
    if (!message.cc.isEmpty())
        query << "cc=" + specs(message.cc).join(',');
    query << "subject=" + QUrl::toPercentEncoding(message.subject);
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    query << "body=" + QUrl::toPercentEncoding(body);
    url += '?' + query.join('&');
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

} // namespace muster::comms

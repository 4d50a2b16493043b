// SPDX-License-Identifier: GPL-3.0-or-later
// A stakeholder update as e-mail: an RFC 5322 message with MIME (a UTF-8 plain-text body in
// quoted-printable, an RFC 2047 subject when it is not ASCII, Date, Message-ID, To, Cc) that a
// mail client opens as a draft, and a mailto: link (RFC 6068). Qt has no MIME writer, so this is
// ours. Nothing a person typed can add a header: CR and LF in the subject or an address are
// refused, and every address is checked before anything is written.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace muster::comms {

struct EmailMessage
{
    QString from; // optional: "Name <addr>" or "addr"; empty leaves it to the mail client
    QStringList to; // each "Name <addr>" or "addr"
    QStringList cc;
    QString subject;
    QString body; // any Unicode, any length; line breaks as \n
    qint64 dateMs = 0; // when it was written
    QString messageId; // without <>; empty: made from the date and a random part
};

// Empty when the address is usable ("ops@example.com", "Priya Raman <priya@example.com>");
// otherwise a sentence saying what is wrong with it.
QString validateAddress(const QString &address);
// Everything wrong with the message, one sentence each; empty when it can be written.
QStringList validateMessage(const EmailMessage &message);

// The .eml bytes (CRLF line ends). Empty with *error set when validateMessage() complains.
QByteArray toEml(const EmailMessage &message, QString *error = nullptr);
// mailto:to1,to2?cc=…&subject=…&body=… with every part percent-encoded; an empty URL when
// validateMessage() complains. Mail clients cap the length they accept (about 2,000 characters
// for some); the .eml has no such limit.
QUrl toMailto(const EmailMessage &message, QString *error = nullptr);

// RFC 2047 B-encoded words for a header text that is not ASCII, folded so that no encoded word
// is over 75 characters; ASCII text is returned as it is.
QByteArray encodeHeaderText(const QString &text);
// Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, lines of at most 76 characters.
QByteArray quotedPrintable(const QString &text);

} // namespace muster::comms

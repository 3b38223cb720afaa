#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sc::agents::inbox {

// One email to send, as the rep wrote it.
struct OutgoingMail
{
    QString fromAddress;
    QString fromName;
    QString toAddress;
    QString toName;
    QString subject;
    QString text;
    QString html; // empty: an HTML version is made from the text
    QString messageId; // without angle brackets
    QString inReplyTo;
    QStringList references;
    qint64 date = 0; // seconds since the epoch
    // List-Unsubscribe (RFC 2369): a mailto address (a message to it, subject "unsubscribe TOKEN",
    // is classified as an unsubscribe by the Inbox agent) and, when the rep has a web page for it,
    // an HTTPS link for one-click unsubscription (RFC 8058, with List-Unsubscribe-Post).
    QString unsubscribeMailto;
    QString unsubscribeUrl;
    QString unsubscribeToken;
    // An iCalendar invitation, update, cancellation or reply (calendar::Ics): sent as a third,
    // text/calendar alternative with its METHOD as the MIME method, and again as an invite.ics
    // attachment for clients that only look there. Empty: a plain message.
    QByteArray calendar;
};

// Builds the MIME message with GMime: multipart/alternative text + HTML, UTF-8, quoted-printable
// where needed, CRLF line ends, encoded words in headers. With a calendar: multipart/mixed of that
// alternative (text, HTML, text/calendar; method=...; charset=UTF-8) and invite.ics (application/ics).
class MessageBuilder
{
public:
    static QByteArray build(const OutgoingMail& mail);
    // The HTML version of plain text: escaped, paragraphs and line breaks kept, links made clickable.
    static QString htmlFromText(const QString& text);
    // The unsubscribe link with its token: "{token}" in the rep's URL is replaced, else appended as ?t=.
    static QString unsubscribeLink(const QString& url, const QString& token);
    // The METHOD an iCalendar object declares (REQUEST, CANCEL, REPLY...), upper case; empty when none.
    static QByteArray calendarMethod(const QByteArray& ics);
};

} // namespace sc::agents::inbox

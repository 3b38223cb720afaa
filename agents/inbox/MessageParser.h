#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc::agents::inbox {

// One email as the Inbox agent needs it, parsed by GMime: decoded headers, text and HTML bodies in
// Unicode whatever their charset and transfer encoding, attachment metadata, and the machine-readable
// parts of reports (RFC 3464 delivery status, RFC 5965 feedback report, the returned message's headers).
struct ParsedMessage
{
    struct Attachment
    {
        QString fileName;
        QString mimeType;
        qint64 size = 0; // decoded bytes
    };

    bool ok = false;
    QString error; // why the message could not be parsed at all

    QString messageId; // without angle brackets
    QString inReplyTo;
    QStringList references;
    QString subject;
    QString fromAddress; // lower-case
    QString fromName;
    QStringList to;
    QDateTime date;
    // First value of each header, by lower-case name, decoded and unfolded.
    QHash<QString, QString> headers;

    QString mimeType; // of the whole message, lower-case ("multipart/report")
    QString reportType; // its report-type parameter, lower-case ("delivery-status", "feedback-report")
    // Bounds on what a message may cost (a 50 MB body is read this far, the rest stays on the server).
    static constexpr qsizetype MaxTextBytes = 512 * 1024; // of UTF-8, text/plain parts together
    static constexpr qsizetype MaxHtmlBytes = 1024 * 1024;
    static constexpr qsizetype MaxReportBytes = 256 * 1024; // each delivery-status, feedback or headers part
    static constexpr qsizetype JudgedChars = 256 * 1024; // what the classifier reads of a body

    QString textBody; // text/plain parts, in order, outside attached messages (at most MaxTextBytes)
    QString htmlBody; // at most MaxHtmlBytes
    bool textTruncated = false; // the message had more text than is kept
    bool htmlTruncated = false;
    QString deliveryStatus; // message/delivery-status (or its global variant), as text
    QString feedbackReport; // message/feedback-report, as text
    QString returnedHeaders; // text/rfc822-headers, or the headers of an attached message/rfc822
    QList<Attachment> attachments;

    QString header(const QString& name) const { return headers.value(name.toLower()); }
};

class MessageParser
{
public:
    // Any line endings (LF, CRLF, bare CR, mixed): the verdicts are the same.
    static ParsedMessage parse(const QByteArray& raw);
    static ParsedMessage parseFile(const QString& path);

private:
    static ParsedMessage parseLf(const QByteArray& raw); // raw has LF endings only
};

} // namespace sc::agents::inbox

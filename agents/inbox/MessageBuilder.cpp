#include "MessageBuilder.h"

#include "GMime.h"

#include <QRegularExpression>
#include <QUrl>

namespace sc::agents::inbox {

namespace {

// One header line: a line break in a subject or a name must never start a header of its own.
QByteArray oneLine(const QString& value)
{
    QString line = value;
    for (QChar& c : line) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0)) {
            c = QLatin1Char(' ');
        }
    }
    return line.simplified().toUtf8();
}

QByteArray bracketed(const QString& id)
{
    QByteArray bare = oneLine(id);
    bare.replace('<', "").replace('>', "").replace(' ', "");
    return QByteArray("<") + bare + QByteArray(">");
}

GMimeTextPart* textPart(const char* subtype, const QString& text)
{
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    QString body = text;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!body.endsWith(QLatin1Char('\n'))) {
        body.append(QLatin1Char('\n'));
    }
    g_mime_text_part_set_text(part, body.toUtf8().constData());
    // 7-bit safe on every hop: quoted-printable for anything beyond ASCII or for long lines.
    g_mime_object_encode(GMIME_OBJECT(part), GMIME_ENCODING_CONSTRAINT_7BIT);
    return part;
}

// The calendar alternative: its bytes as they are, declared UTF-8 (RFC 5545 says so; g_mime_text_part_set_text
// would recode it to the smallest charset that fits), quoted-printable where a hop needs 7 bits.
GMimeTextPart* calendarPart(const QByteArray& ics, const QByteArray& method)
{
    GMimeTextPart* part = g_mime_text_part_new_with_subtype("calendar");
    QByteArray body = ics;
    body.replace("\r\n", "\n");
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(body.constData(), static_cast<size_t>(body.size()));
    GMimeDataWrapper* content = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_mime_part_set_content(GMIME_PART(part), content);
    g_object_unref(content);
    g_object_unref(stream);
    g_mime_text_part_set_charset(part, "UTF-8");
    if (!method.isEmpty()) {
        g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "method", method.constData());
    }
    g_mime_object_encode(GMIME_OBJECT(part), GMIME_ENCODING_CONSTRAINT_7BIT);
    return part;
}

// The invitation as a file: base64, so no hop rewraps it.
GMimePart* calendarAttachment(const QByteArray& ics)
{
    GMimePart* part = g_mime_part_new_with_type("application", "ics");
    g_mime_part_set_filename(part, "invite.ics");
    g_mime_object_set_disposition(GMIME_OBJECT(part), "attachment");
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(ics.constData(), static_cast<size_t>(ics.size()));
    GMimeDataWrapper* content = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_mime_part_set_content(part, content);
    g_object_unref(content);
    g_object_unref(stream);
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    return part;
}

} // namespace

QByteArray MessageBuilder::calendarMethod(const QByteArray& ics)
{
    static const QRegularExpression method(QStringLiteral("^METHOD:([A-Za-z-]+)\\s*$"),
                                           QRegularExpression::MultilineOption
                                               | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = method.match(QString::fromUtf8(ics));
    return match.hasMatch() ? match.captured(1).toUpper().toLatin1() : QByteArray();
}

QString MessageBuilder::htmlFromText(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(R"((https?://[^\s<>"]+[^\s<>".,;:!?)\]]))"));
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList paragraphs
        = normalized.trimmed().split(QRegularExpression(QStringLiteral("\n\\s*\n")), Qt::SkipEmptyParts);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
                                  "<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px;\">\n");
    for (const QString& paragraph : paragraphs) {
        QString escaped = paragraph.toHtmlEscaped();
        escaped.replace(link, QStringLiteral("<a href=\"\\1\">\\1</a>"));
        escaped.replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
        html += QStringLiteral("<p>") + escaped + QStringLiteral("</p>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

QString MessageBuilder::unsubscribeLink(const QString& url, const QString& token)
{
    if (url.isEmpty()) {
        return {};
    }
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(token));
    if (url.contains(QLatin1String("{token}"))) {
        return QString(url).replace(QLatin1String("{token}"), encoded);
    }
    return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + QStringLiteral("t=")
        + encoded;
}

QByteArray MessageBuilder::build(const OutgoingMail& mail)
{
    initGMime();
    GMimeMessage* message = g_mime_message_new(TRUE);
    GMimeObject* headers = GMIME_OBJECT(message);

    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_FROM, oneLine(mail.fromName).constData(),
                               oneLine(mail.fromAddress).constData());
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_TO, oneLine(mail.toName).constData(),
                               oneLine(mail.toAddress).constData());
    g_mime_message_set_subject(message, oneLine(mail.subject).constData(), "utf-8");
    GDateTime* date = g_date_time_new_from_unix_utc(mail.date);
    g_mime_message_set_date(message, date);
    g_date_time_unref(date);
    g_mime_message_set_message_id(message, oneLine(mail.messageId).replace(' ', "").constData());
    if (!mail.inReplyTo.isEmpty()) {
        g_mime_object_set_header(headers, "In-Reply-To", bracketed(mail.inReplyTo).constData(), nullptr);
    }
    QStringList references = mail.references;
    if (!mail.inReplyTo.isEmpty() && !references.contains(mail.inReplyTo)) {
        references.append(mail.inReplyTo);
    }
    if (!references.isEmpty()) {
        QByteArray value;
        for (const QString& id : std::as_const(references)) {
            value += (value.isEmpty() ? QByteArray() : QByteArray(" ")) + bracketed(id);
        }
        g_mime_object_set_header(headers, "References", value.constData(), nullptr);
    }

    QStringList unsubscribe;
    if (!mail.unsubscribeMailto.isEmpty()) {
        QString subject = QStringLiteral("unsubscribe");
        if (!mail.unsubscribeToken.isEmpty()) {
            subject += QLatin1Char(' ') + mail.unsubscribeToken;
        }
        unsubscribe.append(QStringLiteral("<mailto:%1?subject=%2>")
                               .arg(mail.unsubscribeMailto, QString::fromLatin1(QUrl::toPercentEncoding(subject))));
    }
    const QString link = unsubscribeLink(mail.unsubscribeUrl, mail.unsubscribeToken);
    const bool oneClick = link.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (oneClick) {
        unsubscribe.append(QLatin1Char('<') + link + QLatin1Char('>'));
    }
    if (!unsubscribe.isEmpty()) {
        g_mime_object_set_header(headers, "List-Unsubscribe",
                                 unsubscribe.join(QStringLiteral(", ")).toUtf8().constData(), nullptr);
    }
    if (oneClick) {
        // RFC 8058: a POST with this body to the HTTPS link unsubscribes, no page, no login.
        g_mime_object_set_header(headers, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click", nullptr);
    }

    GMimeMultipart* alternative = g_mime_multipart_new_with_subtype("alternative");
    GMimeTextPart* plain = textPart("plain", mail.text);
    GMimeTextPart* html = textPart("html", mail.html.isEmpty() ? htmlFromText(mail.text) : mail.html);
    g_mime_multipart_add(alternative, GMIME_OBJECT(plain));
    g_mime_multipart_add(alternative, GMIME_OBJECT(html));
    g_object_unref(plain);
    g_object_unref(html);
    if (mail.calendar.isEmpty()) {
        g_mime_message_set_mime_part(message, GMIME_OBJECT(alternative));
    } else {
        // The order Google Calendar and Outlook use: text, HTML, then the calendar; the file beside them.
        GMimeTextPart* calendar = calendarPart(mail.calendar, calendarMethod(mail.calendar));
        g_mime_multipart_add(alternative, GMIME_OBJECT(calendar));
        g_object_unref(calendar);
        GMimeMultipart* mixed = g_mime_multipart_new_with_subtype("mixed");
        g_mime_multipart_add(mixed, GMIME_OBJECT(alternative));
        GMimePart* attachment = calendarAttachment(mail.calendar);
        g_mime_multipart_add(mixed, GMIME_OBJECT(attachment));
        g_object_unref(attachment);
        g_mime_message_set_mime_part(message, GMIME_OBJECT(mixed));
        g_object_unref(mixed);
    }
    g_object_unref(alternative);

    GMimeFormatOptions* options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    GMimeStream* stream = g_mime_stream_mem_new();
    g_mime_object_write_to_stream(GMIME_OBJECT(message), options, stream);
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    QByteArray result(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
    g_object_unref(stream);
    g_mime_format_options_free(options);
    g_object_unref(message);
    return result;
}

} // namespace sc::agents::inbox

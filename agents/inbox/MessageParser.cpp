#include "MessageParser.h"

#include "GMime.h"

#include <QFile>

namespace sc::agents::inbox {

namespace {

QString fromUtf8(const char* text)
{
    return text == nullptr ? QString() : QString::fromUtf8(text);
}

QString takeUtf8(char* text)
{
    const QString result = fromUtf8(text);
    g_free(text);
    return result;
}

QString stripBrackets(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>'))) {
        id = id.mid(1, id.size() - 2);
    }
    return id;
}

QStringList messageIds(const char* header)
{
    QStringList ids;
    if (header == nullptr) {
        return ids;
    }
    GMimeReferences* refs = g_mime_references_parse(nullptr, header);
    if (refs == nullptr) {
        return ids;
    }
    for (int i = 0; i < g_mime_references_length(refs); ++i) {
        ids.append(fromUtf8(g_mime_references_get_message_id(refs, i)));
    }
    g_mime_references_free(refs);
    return ids;
}

// The decoded bytes of a leaf part (transfer encoding undone, charset untouched).
QByteArray content(GMimePart* part)
{
    GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
    if (wrapper == nullptr) {
        return {};
    }
    GMimeStream* out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(wrapper, out);
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    QByteArray data(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
    g_object_unref(out);
    return data;
}

QString headersOf(GMimeObject* object)
{
    return takeUtf8(g_mime_object_get_headers(object, nullptr));
}

class Walker
{
public:
    explicit Walker(ParsedMessage& out)
        : m_out(out)
    {
    }

    void walk(GMimeObject* object, bool insideAttachedMessage)
    {
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart* multipart = GMIME_MULTIPART(object);
            for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i) {
                walk(g_mime_multipart_get_part(multipart, i), insideAttachedMessage);
            }
            return;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (inner != nullptr) {
                if (m_out.returnedHeaders.isEmpty()) {
                    m_out.returnedHeaders = headersOf(GMIME_OBJECT(inner));
                }
                if (GMimeObject* body = g_mime_message_get_mime_part(inner); body != nullptr) {
                    walk(body, true);
                }
            }
            return;
        }
        if (!GMIME_IS_PART(object)) {
            return;
        }
        GMimePart* part = GMIME_PART(object);
        GMimeContentType* type = g_mime_object_get_content_type(object);
        const QString media = fromUtf8(g_mime_content_type_get_media_type(type)).toLower();
        const QString sub = fromUtf8(g_mime_content_type_get_media_subtype(type)).toLower();
        const QString mime = media + QLatin1Char('/') + sub;
        const QString fileName = fromUtf8(g_mime_part_get_filename(part));
        const bool attachment = g_mime_part_is_attachment(part) || !fileName.isEmpty();

        if (mime == QLatin1String("message/delivery-status")
            || mime == QLatin1String("message/global-delivery-status")) {
            m_out.deliveryStatus += QString::fromUtf8(content(part));
            return;
        }
        if (mime == QLatin1String("message/feedback-report")) {
            m_out.feedbackReport += QString::fromUtf8(content(part));
            return;
        }
        if (mime == QLatin1String("text/rfc822-headers") || mime == QLatin1String("message/global-headers")) {
            if (m_out.returnedHeaders.isEmpty()) {
                m_out.returnedHeaders = QString::fromUtf8(content(part));
            }
            return;
        }
        if (!insideAttachedMessage && !attachment && media == QLatin1String("text") && GMIME_IS_TEXT_PART(object)) {
            const QString text = takeUtf8(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
            if (sub == QLatin1String("html")) {
                m_out.htmlBody += text;
            } else if (sub == QLatin1String("plain") || sub.isEmpty()) {
                if (!m_out.textBody.isEmpty()) {
                    m_out.textBody += QLatin1Char('\n');
                }
                m_out.textBody += text;
            }
            return;
        }
        if (attachment && !insideAttachedMessage) {
            GMimeStream* null = g_mime_stream_null_new();
            qint64 size = 0;
            if (GMimeDataWrapper* wrapper = g_mime_part_get_content(part); wrapper != nullptr) {
                size = g_mime_data_wrapper_write_to_stream(wrapper, null);
            }
            g_object_unref(null);
            m_out.attachments.append({fileName, mime, std::max<qint64>(0, size)});
        }
    }

private:
    ParsedMessage& m_out;
};

} // namespace

ParsedMessage MessageParser::parse(const QByteArray& raw)
{
    initGMime();
    ParsedMessage out;
    // Real mail breaks the RFCs in every way: read it the way mail clients do.
    GMimeParserOptions* options = g_mime_parser_options_new();
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size()));
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage* message = g_mime_parser_construct_message(parser, options);
    g_object_unref(parser);
    g_object_unref(stream);
    g_mime_parser_options_free(options);
    if (message == nullptr) {
        out.error = QStringLiteral("not a MIME message");
        return out;
    }
    GMimeObject* object = GMIME_OBJECT(message);
    GMimeHeaderList* list = g_mime_object_get_header_list(object);
    for (int i = 0; i < g_mime_header_list_get_count(list); ++i) {
        GMimeHeader* header = g_mime_header_list_get_header_at(list, i);
        const QString name = fromUtf8(g_mime_header_get_name(header)).toLower();
        if (!out.headers.contains(name)) {
            out.headers.insert(name, fromUtf8(g_mime_header_get_value(header)).simplified());
        }
    }
    out.messageId = stripBrackets(fromUtf8(g_mime_message_get_message_id(message)));
    out.subject = fromUtf8(g_mime_message_get_subject(message)).simplified();
    out.inReplyTo = messageIds(g_mime_object_get_header(object, "In-Reply-To")).value(0);
    out.references = messageIds(g_mime_object_get_header(object, "References"));
    if (InternetAddressList* from = g_mime_message_get_from(message);
        from != nullptr && internet_address_list_length(from) > 0) {
        InternetAddress* address = internet_address_list_get_address(from, 0);
        out.fromName = fromUtf8(internet_address_get_name(address));
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            out.fromAddress = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).toLower();
        }
    }
    if (InternetAddressList* to = g_mime_message_get_to(message); to != nullptr) {
        for (int i = 0; i < internet_address_list_length(to); ++i) {
            InternetAddress* address = internet_address_list_get_address(to, i);
            if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
                out.to.append(fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))).toLower());
            }
        }
    }
    if (GDateTime* date = g_mime_message_get_date(message); date != nullptr) {
        out.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    }
    if (GMimeObject* body = g_mime_message_get_mime_part(message); body != nullptr) {
        GMimeContentType* type = g_mime_object_get_content_type(body);
        out.mimeType = QStringLiteral("%1/%2")
                           .arg(fromUtf8(g_mime_content_type_get_media_type(type)),
                                fromUtf8(g_mime_content_type_get_media_subtype(type)))
                           .toLower();
        out.reportType = fromUtf8(g_mime_content_type_get_parameter(type, "report-type")).toLower();
        Walker(out).walk(body, false);
    }
    g_object_unref(message);
    // One line-break convention for everything downstream (display, quote stripping, search).
    out.textBody.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.htmlBody.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (out.textBody.isEmpty() && out.htmlBody.isEmpty() && out.deliveryStatus.isEmpty()) {
        // MIME structure too broken for GMime to find the text (a boundary declared on an unfolded
        // line, say): read the body as plain text rather than nothing.
        const qsizetype start = raw.indexOf("\n\n");
        const qsizetype crlf = raw.indexOf("\r\n\r\n");
        const qsizetype body = crlf >= 0 && (start < 0 || crlf < start) ? crlf + 4 : (start >= 0 ? start + 2 : -1);
        if (body > 0) {
            out.textBody
                = QString::fromUtf8(raw.mid(body, 64 * 1024)).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        }
    }
    out.ok = true;
    return out;
}

ParsedMessage MessageParser::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParsedMessage out;
        out.error = file.errorString();
        return out;
    }
    return parse(file.readAll());
}

} // namespace sc::agents::inbox

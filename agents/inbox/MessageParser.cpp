#include "MessageParser.h"

#include "GMime.h"

#include <QFile>
#include <algorithm>
#include <cstring>

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

// The decoded bytes of a leaf part (transfer encoding undone; converted to UTF-8 from `charset` when one
// is given), at most `max` of them: read through filters from the parsed message, so a 50 MB part costs
// `max` bytes, not the whole part decoded. `*cut` says whether more followed.
QByteArray content(GMimePart* part, qsizetype max, const char* charset = nullptr, bool* cut = nullptr)
{
    if (cut != nullptr) {
        *cut = false;
    }
    GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
    GMimeStream* source = wrapper != nullptr ? g_mime_data_wrapper_get_stream(wrapper) : nullptr;
    if (source == nullptr) {
        return {};
    }
    g_mime_stream_reset(source);
    GMimeStream* filtered = g_mime_stream_filter_new(source);
    const GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(wrapper);
    if (encoding != GMIME_CONTENT_ENCODING_DEFAULT) {
        GMimeFilter* decode = g_mime_filter_basic_new(encoding, FALSE);
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered), decode);
        g_object_unref(decode);
    }
    if (charset != nullptr && g_ascii_strcasecmp(charset, "utf-8") != 0
        && g_ascii_strcasecmp(charset, "us-ascii") != 0) {
        if (GMimeFilter* convert = g_mime_filter_charset_new(charset, "utf-8"); convert != nullptr) {
            g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered), convert);
            g_object_unref(convert);
        }
    }
    QByteArray data;
    char buffer[16384];
    for (;;) {
        const ssize_t n = g_mime_stream_read(filtered, buffer, sizeof buffer);
        if (n <= 0) {
            break;
        }
        const qsizetype room = max - data.size();
        data.append(buffer, std::min<qsizetype>(room, qsizetype(n)));
        if (qsizetype(n) > room) {
            if (cut != nullptr) {
                *cut = true;
            }
            break;
        }
    }
    g_object_unref(filtered);
    g_mime_stream_reset(source);
    return data;
}

// UTF-8 text cut at a byte count may end inside a character: drop that partial sequence.
QString fromCutUtf8(QByteArray bytes, bool cut)
{
    if (cut && !bytes.isEmpty()) {
        qsizetype lead = bytes.size() - 1;
        while (lead > 0 && bytes.size() - lead < 4 && (static_cast<unsigned char>(bytes[lead]) & 0xC0) == 0x80) {
            --lead;
        }
        const auto first = static_cast<unsigned char>(bytes[lead]);
        const qsizetype need = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
        if (bytes.size() - lead < need) {
            bytes.truncate(lead);
        }
    }
    return QString::fromUtf8(bytes);
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
            m_out.deliveryStatus += QString::fromUtf8(content(part, ParsedMessage::MaxReportBytes));
            return;
        }
        if (mime == QLatin1String("message/feedback-report")) {
            m_out.feedbackReport += QString::fromUtf8(content(part, ParsedMessage::MaxReportBytes));
            return;
        }
        if (mime == QLatin1String("text/rfc822-headers") || mime == QLatin1String("message/global-headers")) {
            if (m_out.returnedHeaders.isEmpty()) {
                m_out.returnedHeaders = QString::fromUtf8(content(part, ParsedMessage::MaxReportBytes));
            }
            return;
        }
        if (!insideAttachedMessage && !attachment && media == QLatin1String("text") && GMIME_IS_TEXT_PART(object)) {
            const bool html = sub == QLatin1String("html");
            if (!html && sub != QLatin1String("plain") && !sub.isEmpty()) {
                return;
            }
            // What is kept is bounded (the whole message stays on the server): each part is decoded only
            // as far as the room left in its body, in bytes of UTF-8.
            QString& body = html ? m_out.htmlBody : m_out.textBody;
            bool& truncated = html ? m_out.htmlTruncated : m_out.textTruncated;
            const qsizetype limit = html ? ParsedMessage::MaxHtmlBytes : ParsedMessage::MaxTextBytes;
            qsizetype& used = html ? m_htmlBytes : m_textBytes;
            if (used >= limit) {
                truncated = true;
                return;
            }
            bool cut = false;
            const char* charset = g_mime_object_get_content_type_parameter(object, "charset");
            const QByteArray bytes = content(part, limit - used, charset, &cut);
            used += bytes.size();
            truncated = truncated || cut;
            if (!html && !body.isEmpty()) {
                body += QLatin1Char('\n');
            }
            body += fromCutUtf8(bytes, cut);
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
    qsizetype m_textBytes = 0;
    qsizetype m_htmlBytes = 0;
};

} // namespace

namespace {

// Every line break as "\n": CRLF (IMAP, Outlook's .eml files), bare CR (old Mac mail) and mixed endings
// (a CRLF message carrying an LF delivery report) all read the same from here on. One pass, one copy,
// made only when there is a CR at all.
QByteArray withLfEndings(const QByteArray& raw)
{
    QByteArray out;
    out.reserve(raw.size());
    const char* p = raw.constData();
    const char* end = p + raw.size();
    while (p < end) {
        const char* cr = static_cast<const char*>(std::memchr(p, '\r', size_t(end - p)));
        if (cr == nullptr) {
            out.append(p, qsizetype(end - p));
            break;
        }
        out.append(p, qsizetype(cr - p));
        out.append('\n');
        p = cr + 1;
        if (p < end && *p == '\n') {
            ++p; // CRLF: one break
        }
    }
    return out;
}

} // namespace

ParsedMessage MessageParser::parse(const QByteArray& raw)
{
    // Normalised once, at the door, for every path: the IMAP sync, `classify` of a file, the API.
    return raw.contains('\r') ? parseLf(withLfEndings(raw)) : parseLf(raw);
}

ParsedMessage MessageParser::parseLf(const QByteArray& raw)
{
    initGMime();
    ParsedMessage out;
    // Real mail breaks the RFCs in every way: read it the way mail clients do.
    GMimeParserOptions* options = g_mime_parser_options_new();
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    // The parser reads the caller's bytes in place (GMime would otherwise copy them: a second 50 MB for a
    // 50 MB message). The stream never writes and does not own them; both go before `raw` does.
    GByteArray view;
    view.data = reinterpret_cast<guint8*>(const_cast<char*>(raw.constData()));
    view.len = guint(raw.size());
    GMimeStream* stream = g_mime_stream_mem_new();
    g_mime_stream_mem_set_byte_array(GMIME_STREAM_MEM(stream), &view);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
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
    if (out.headers.isEmpty()) {
        // A few stray bytes ("\r", "hello") are not an email: no message has no header at all.
        out.error = QStringLiteral("not an email message: it has no header lines");
        return out;
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

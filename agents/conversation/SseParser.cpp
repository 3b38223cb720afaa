#include "SseParser.h"

namespace sc::agents::conversation {

SseParser::SseParser(Handler handler)
    : m_handler(std::move(handler))
{
}

void SseParser::feed(const char* data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (m_afterCr) {
            m_afterCr = false;
            if (c == '\n') {
                ++i; // the LF of a CRLF whose CR ended the previous read or line
                continue;
            }
        }
        if (c == '\r' || c == '\n') {
            m_afterCr = c == '\r';
            line(m_line);
            m_line.clear();
            ++i;
            continue;
        }
        // Copy the run up to the next line end in one go: most reads hold whole lines.
        qsizetype end = i;
        while (end < size && data[end] != '\r' && data[end] != '\n') {
            ++end;
        }
        m_line.append(data + i, end - i);
        i = end;
    }
}

void SseParser::line(const QByteArray& whole)
{
    // A UTF-8 byte-order mark may open the stream; it is not part of the first field's name.
    const bool first = !m_started;
    m_started = true;
    const QByteArray text = first && whole.startsWith("\xEF\xBB\xBF") ? whole.mid(3) : whole;
    if (text.isEmpty()) {
        if (m_hasData) {
            m_handler(Event {m_type.isEmpty() ? QByteArray("message") : m_type, m_data, m_id});
        }
        m_type.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (text.startsWith(':')) {
        return; // a comment, often a keep-alive
    }
    const qsizetype colon = text.indexOf(':');
    const QByteArray field = colon < 0 ? text : text.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : text.mid(colon + 1);
    if (value.startsWith(' ')) {
        value.remove(0, 1);
    }
    if (field == "data") {
        if (m_hasData) {
            m_data.append('\n');
        }
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_type = value;
    } else if (field == "id") {
        m_id = value;
    }
    // "retry" and unknown fields: nothing the clients need.
}

} // namespace sc::agents::conversation

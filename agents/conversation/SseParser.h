#pragma once

#include <QByteArray>
#include <functional>

namespace sc::agents::conversation {

// Server-sent events (the WHATWG "text/event-stream" rules) fed from network reads of any size: lines
// end in LF, CRLF or CR (a CR at the end of one read waits for the next), "data:" lines of one event
// are joined with LF, lines starting with ":" are comments, a blank line dispatches. An event with no
// data is dropped, as the spec says.
class SseParser
{
public:
    struct Event
    {
        QByteArray type; // "message" when the stream named none
        QByteArray data;
        QByteArray id;
    };
    using Handler = std::function<void(const Event&)>;

    explicit SseParser(Handler handler);

    void feed(const char* data, qsizetype size);
    void feed(const QByteArray& bytes) { feed(bytes.constData(), bytes.size()); }
    // True when bytes of an unfinished event are waiting (the stream ended mid-event).
    bool pending() const { return !m_line.isEmpty() || m_hasData || !m_type.isEmpty(); }

private:
    void line(const QByteArray& line);

    Handler m_handler;
    QByteArray m_line;
    QByteArray m_type;
    QByteArray m_data;
    QByteArray m_id;
    bool m_hasData = false;
    bool m_afterCr = false;
    bool m_started = false; // past the first line (where a byte-order mark may be)
};

} // namespace sc::agents::conversation

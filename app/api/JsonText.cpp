#include "JsonText.h"

#include <QByteArray>
#include <cstdio>

namespace sc::app::api::JsonText {

void appendString(std::string* out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out->push_back('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out->append(escaped);
            } else {
                out->push_back(c);
            }
        }
    }
    out->push_back('"');
}

void appendNullableString(std::string* out, const QString& text)
{
    if (text.isEmpty()) {
        out->append("null");
    } else {
        appendString(out, text);
    }
}

} // namespace sc::app::api::JsonText

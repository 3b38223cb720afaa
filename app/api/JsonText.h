#pragma once

#include <QString>
#include <string>

namespace sc::app::api {

// JSON written straight into an answer, for the pages where QJsonObject's tree would cost more than
// the query that fills it (the prospect list).
namespace JsonText {
// `text` as a JSON string, quotes included.
void appendString(std::string* out, const QString& text);
// null for an empty text, else appendString.
void appendNullableString(std::string* out, const QString& text);
} // namespace JsonText

} // namespace sc::app::api

#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace sc::agents::inbox::patterns {

// The classifier's phrase lists are literals: each compiled once per thread (case-insensitive,
// Unicode, multi-line) and found again by its address, so the cache never grows past them.
inline const QRegularExpression& rx(const char* pattern)
{
    static thread_local QHash<const char*, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(pattern,
                          QRegularExpression(QString::fromUtf8(pattern),
                                             QRegularExpression::CaseInsensitiveOption
                                                 | QRegularExpression::UseUnicodePropertiesOption
                                                 | QRegularExpression::MultilineOption));
    }
    return *it;
}

inline bool has(const QString& text, const char* pattern)
{
    return rx(pattern).match(text).hasMatch();
}

inline QString capture(const QString& text, const char* pattern, int group = 1)
{
    const QRegularExpressionMatch m = rx(pattern).match(text);
    return m.hasMatch() ? m.captured(group) : QString();
}

} // namespace sc::agents::inbox::patterns

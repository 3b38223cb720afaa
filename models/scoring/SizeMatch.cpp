#include "SizeMatch.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>
#include <optional>

namespace sc::models {

namespace {

// A size as profiles and companies write it: "51-200" (also "51-200 (62)"), "5001+"; nullopt otherwise.
struct SizeRange
{
    int min = 0;
    int max = 0;
    bool contains(int n) const { return n >= min && n <= max; }
    static std::optional<SizeRange> parse(const QString& text)
    {
        static const QRegularExpression range(QStringLiteral(R"(^\s*(\d+)\s*[-\x{2013}]\s*(\d+)(?!\d))"));
        static const QRegularExpression open(QStringLiteral(R"(^\s*(\d+)\s*\+)"));
        if (const QRegularExpressionMatch m = range.match(text); m.hasMatch()) {
            return SizeRange {m.captured(1).toInt(), m.captured(2).toInt()};
        }
        if (const QRegularExpressionMatch m = open.match(text); m.hasMatch()) {
            return SizeRange {m.captured(1).toInt(), std::numeric_limits<int>::max()};
        }
        return std::nullopt;
    }
};

} // namespace

QString SizeMatch::match(const QStringList& profileSizes, const QString& size, const QString& employees)
{
    const int n = statedHeadcount(employees);
    const std::optional<SizeRange> own = SizeRange::parse(size);
    if (n > 0 && (!own || own->contains(n))) {
        for (const QString& s : profileSizes) {
            if (const std::optional<SizeRange> range = SizeRange::parse(s); range && range->contains(n)) {
                return QStringLiteral("%1 (%2)").arg(s, employees);
            }
        }
    }
    return !size.isEmpty() && profileSizes.contains(size) ? size : QString();
}

int SizeMatch::statedHeadcount(const QString& employees)
{
    static const QRegularExpression stated(QStringLiteral(R"(^\s*(~)?\s*(\d+)\s*(\+)?\s*(?:-\s*(\d+))?\s*$)"));
    const QRegularExpressionMatch m = stated.match(employees);
    if (!m.hasMatch()) {
        return 0;
    }
    const int n = m.captured(2).toInt();
    if (const int high = m.captured(4).toInt(); high > 0) {
        return (std::min(n, high) + std::max(n, high) + 1) / 2;
    }
    return m.capturedLength(3) > 0 ? n + 1 : n;
}

} // namespace sc::models

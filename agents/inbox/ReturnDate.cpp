#include "ReturnDate.h"

#include <QRegularExpression>
#include <QStringList>

namespace sc::agents::inbox {

using RX = QRegularExpression;

QDate ReturnDate::in(const QString& words, const QDate& sent, bool dayFirst)
{
    // "back on 12 March", "de retour le 3 janvier", "until 2026-12-01", "returning Monday 4/11".
    static const QStringList monthsEn {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList monthsFr {QStringLiteral("janv"), QStringLiteral("f[ée]v"), QStringLiteral("mars"),
                                       QStringLiteral("avr"),  QStringLiteral("mai"),    QStringLiteral("juin"),
                                       QStringLiteral("juil"), QStringLiteral("ao[uû]"), QStringLiteral("sept"),
                                       QStringLiteral("oct"),  QStringLiteral("nov"),    QStringLiteral("d[ée]c")};
    const int year = (sent.isValid() ? sent : QDate::currentDate()).year();
    auto plausible = [&](int y, int month, int day) {
        QDate d(y, month, day);
        if (d.isValid() && sent.isValid() && d < sent) {
            d = d.addYears(1); // "back on 3 January" written in December
        }
        return d;
    };
    const RX iso(QStringLiteral(R"((20\d\d)-(\d\d)-(\d\d))"));
    if (const auto m1 = iso.match(words); m1.hasMatch()) {
        return QDate(m1.captured(1).toInt(), m1.captured(2).toInt(), m1.captured(3).toInt());
    }
    for (int i = 0; i < 12; ++i) {
        for (const QString& month : {monthsEn.at(i), monthsFr.at(i)}) {
            const RX dayMonth(
                QStringLiteral(R"((?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?\s+%1[a-zéû]*\.?(?:\s+(20\d\d))?)").arg(month),
                RX::CaseInsensitiveOption);
            const RX monthDay(
                QStringLiteral(R"(\b%1[a-zéû]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(20\d\d))?)").arg(month),
                RX::CaseInsensitiveOption);
            for (const RX& pattern : {dayMonth, monthDay}) {
                const auto found = pattern.match(words);
                if (found.hasMatch()) {
                    const int y = found.captured(2).isEmpty() ? year : found.captured(2).toInt();
                    const QDate d = plausible(y, i + 1, found.captured(1).toInt());
                    if (d.isValid()) {
                        return found.captured(2).isEmpty() ? d : QDate(y, i + 1, found.captured(1).toInt());
                    }
                }
            }
        }
    }
    // Numeric dates: day first in French, month first in English.
    static const RX numericDate(QStringLiteral(R"((?<![\d/])(\d{1,2})[/.](\d{1,2})(?:[/.](20\d\d|\d\d))?(?![\d/]))"));
    const auto numeric = numericDate.match(words);
    if (numeric.hasMatch()) {
        int a = numeric.captured(1).toInt();
        int b = numeric.captured(2).toInt();
        const int day = dayFirst ? a : b;
        const int month = dayFirst ? b : a;
        int y = numeric.captured(3).isEmpty() ? year : numeric.captured(3).toInt();
        if (y < 100) {
            y += 2000;
        }
        return numeric.captured(3).isEmpty() ? plausible(y, month, day) : QDate(y, month, day);
    }
    return {};
}

} // namespace sc::agents::inbox

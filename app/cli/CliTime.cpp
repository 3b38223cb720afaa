#include "CliTime.h"

#include <QDateTime>
#include <QTimeZone>

namespace sc::app::cli {

qint64 parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            return -1;
        }
        t = d.startOfDay(QTimeZone::utc());
    }
    if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeZone(QTimeZone::utc());
    }
    return t.toMSecsSinceEpoch();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace sc::app::cli

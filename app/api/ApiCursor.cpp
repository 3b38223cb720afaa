#include "ApiCursor.h"

#include <QByteArray>

namespace sc::app::api::ApiCursor {

QString encode(char tag, std::initializer_list<qint64> position)
{
    QByteArray raw(1, tag);
    for (const qint64 n : position) {
        raw += ':' + QByteArray::number(n);
    }
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QList<qint64>> decode(const QString& cursor, char tag, qsizetype count)
{
    const QList<QByteArray> parts = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).split(':');
    if (parts.size() != count + 1 || parts.first() != QByteArray(1, tag)) {
        return std::nullopt;
    }
    QList<qint64> numbers;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        numbers.append(parts.at(i).toLongLong(&ok));
        if (!ok || numbers.last() < 0) {
            return std::nullopt;
        }
    }
    return numbers;
}

} // namespace sc::app::api::ApiCursor

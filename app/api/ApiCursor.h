#pragma once

#include <QList>
#include <QString>
#include <initializer_list>
#include <optional>

namespace sc::app::api {

// Cursors are opaque to clients: where the last page ended ("p:<id>" for prospects and companies,
// "t:<ms>:<id>" for threads), so a page never moves when rows are added.
namespace ApiCursor {
QString encode(char tag, std::initializer_list<qint64> position);
// The cursor's numbers (each >= 0), when it is one of ours with that tag and that many.
std::optional<QList<qint64>> decode(const QString& cursor, char tag, qsizetype count);
} // namespace ApiCursor

} // namespace sc::app::api

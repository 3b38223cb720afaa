#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace sc::agents::conversation {

// Which variables of a Mustache template would be rendered with no value. kainjow mustache renders a
// missing name as nothing, as the spec says, so this walks the tags itself (default delimiters) and
// follows sections the way the renderer does: what a false section hides does not count, and a
// {{name}} inside {{#name}} always has a value.
class TemplateTags
{
public:
    struct Unresolved
    {
        QStringList names; // once each, in template order
        QStringList unknown; // not a key of `values` at all
    };
    static Unresolved unresolved(const QString& tmpl, const QHash<QString, QString>& values);
};

} // namespace sc::agents::conversation

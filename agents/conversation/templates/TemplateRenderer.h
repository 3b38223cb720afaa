#pragma once

#include "models/entities/EmailTemplate.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sc::agents::conversation {

// Renders an email template with kainjow mustache: {{first_name}}, sections and fallbacks
// ({{#title}}as {{title}}{{/title}}{{^title}}…{{/title}}), and says which variables it could not fill.
//
// Escaping: a plain-text email is not HTML, so in Format::Text (every subject, and bodies of format
// "text") values go in exactly as they are — "Smith & Sons" stays "Smith & Sons", never "&amp;". In
// Format::Html (bodies of format "html") Mustache's own HTML escaping applies to {{name}}, and
// {{{name}}} / {{&name}} insert the value raw, as the Mustache spec says.
//
// Unresolved: a {{name}} no variable has (a typo, a variable this app does not know), and a {{name}}
// the data has no value for, outside a section that guards it. Values that are empty count as
// missing: {{#title}} is false, {{^title}} true. A draft with an unresolved name is not ready: the rep
// fills it in (Approval refuses a draft that still holds "{{").
class TemplateRenderer
{
public:
    enum class Format { Text, Html };
    // Every variable the caller knows, its value empty when the data has none.
    using Values = QHash<QString, QString>;

    struct Result
    {
        QString text;
        QStringList unresolved; // names, once each, in the order they stand in the template
        QStringList unknown; // the part of `unresolved` no data could fill (not a known variable)
        QString error; // the template does not parse (an unclosed section...); text is then empty
    };
    static Result renderText(const QString& tmpl, const Values& values, Format format);

    struct Email
    {
        QString subject;
        QString body;
        QStringList unresolved;
        QStringList unknown;
        QString error;
        bool ready() const { return unresolved.isEmpty() && error.isEmpty(); }
    };
    // The subject as text, the body as the template's format says.
    static Email render(const models::EmailTemplate& t, const Values& values);
};

} // namespace sc::agents::conversation

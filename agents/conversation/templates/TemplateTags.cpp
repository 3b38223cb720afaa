#include "TemplateTags.h"

#include <QList>

namespace sc::agents::conversation {

namespace {

struct Section
{
    QString name;
    bool live = true; // its content is rendered
};

bool hasValue(const QHash<QString, QString>& values, const QString& name)
{
    return !values.value(name).trimmed().isEmpty();
}

void note(TemplateTags::Unresolved& out, const QString& name, bool known)
{
    if (!out.names.contains(name)) {
        out.names.append(name);
    }
    if (!known && !out.unknown.contains(name)) {
        out.unknown.append(name);
    }
}

} // namespace

TemplateTags::Unresolved TemplateTags::unresolved(const QString& tmpl, const QHash<QString, QString>& values)
{
    Unresolved out;
    QList<Section> stack;
    qsizetype at = 0;
    while ((at = tmpl.indexOf(QLatin1String("{{"), at)) >= 0) {
        const bool triple = tmpl.mid(at, 3) == QLatin1String("{{{");
        const QLatin1String close = triple ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype start = at + (triple ? 3 : 2);
        const qsizetype end = tmpl.indexOf(close, start);
        if (end < 0) {
            break; // the renderer reports the unclosed tag
        }
        at = end + close.size();
        QString tag = tmpl.mid(start, end - start).trimmed();
        const QChar kind = triple || tag.isEmpty() ? QLatin1Char('{') : tag.front();
        if (QStringLiteral("#^/!>=&").contains(kind)) {
            tag = tag.mid(1).trimmed();
        }
        const bool live = stack.isEmpty() || stack.last().live;
        if (kind == QLatin1Char('!')) {
            continue;
        }
        if (kind == QLatin1Char('/')) {
            if (!stack.isEmpty()) {
                stack.removeLast();
            }
            continue;
        }
        if (kind == QLatin1Char('#') || kind == QLatin1Char('^')) {
            const bool truthy = hasValue(values, tag);
            stack.append({tag, live && (kind == QLatin1Char('#') ? truthy : !truthy)});
            if (live && !values.contains(tag)) {
                note(out, tag, false); // a typo'd section hides its content for every prospect
            }
            continue;
        }
        if (!live) {
            continue;
        }
        if (kind == QLatin1Char('>') || kind == QLatin1Char('=')) {
            // Partials and delimiter changes are not part of the app's templates.
            note(out, QStringLiteral("{{%1%2}}").arg(kind).arg(tag), false);
            continue;
        }
        if (tag == QLatin1String(".")) {
            if (stack.isEmpty()) {
                note(out, tag, false);
            }
            continue;
        }
        if (!values.contains(tag)) {
            note(out, tag, false);
        } else if (!hasValue(values, tag)) {
            note(out, tag, true);
        }
    }
    return out;
}

} // namespace sc::agents::conversation

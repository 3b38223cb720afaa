#include "TemplateRenderer.h"

#include "TemplateTags.h"

#include <kainjow/mustache.hpp>

namespace sc::agents::conversation {

namespace mustache = kainjow::mustache;

namespace {

// Empty values are false, so that sections and their fallbacks ({{^title}}) read them as missing.
mustache::data toData(const TemplateRenderer::Values& values)
{
    mustache::data data = mustache::data::type::object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const std::string key = it.key().toStdString();
        if (it.value().trimmed().isEmpty()) {
            data.set(key, mustache::data(false));
        } else {
            data.set(key, it.value().toStdString());
        }
    }
    return data;
}

TemplateRenderer::Result renderWith(const QString& tmpl, const mustache::data& data,
                                    const TemplateRenderer::Values& values, TemplateRenderer::Format format)
{
    TemplateRenderer::Result result;
    mustache::mustache engine(tmpl.toStdString());
    if (format == TemplateRenderer::Format::Text) {
        engine.set_custom_escape([](const std::string& s) { return s; });
    }
    std::string text;
    if (engine.is_valid()) {
        text = engine.render(data);
    }
    if (!engine.is_valid()) {
        result.error = QString::fromStdString(engine.error_message());
        return result;
    }
    result.text = QString::fromStdString(text);
    const TemplateTags::Unresolved unresolved = TemplateTags::unresolved(tmpl, values);
    result.unresolved = unresolved.names;
    result.unknown = unresolved.unknown;
    return result;
}

void addOnce(QStringList& to, const QStringList& names)
{
    for (const QString& name : names) {
        if (!to.contains(name)) {
            to.append(name);
        }
    }
}

} // namespace

TemplateRenderer::Result TemplateRenderer::renderText(const QString& tmpl, const Values& values, Format format)
{
    return renderWith(tmpl, toData(values), values, format);
}

TemplateRenderer::Email TemplateRenderer::render(const models::EmailTemplate& t, const Values& values)
{
    const mustache::data data = toData(values);
    const Result subject = renderWith(t.subject, data, values, Format::Text);
    const Result body
        = renderWith(t.body, data, values, t.format == QLatin1String("html") ? Format::Html : Format::Text);
    Email email;
    email.subject = subject.text;
    email.body = body.text;
    addOnce(email.unresolved, subject.unresolved);
    addOnce(email.unresolved, body.unresolved);
    addOnce(email.unknown, subject.unknown);
    addOnce(email.unknown, body.unknown);
    if (!subject.error.isEmpty()) {
        email.error = QStringLiteral("subject: %1").arg(subject.error);
    } else if (!body.error.isEmpty()) {
        email.error = QStringLiteral("body: %1").arg(body.error);
    }
    return email;
}

} // namespace sc::agents::conversation

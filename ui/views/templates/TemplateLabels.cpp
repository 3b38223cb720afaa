#include "TemplateLabels.h"

#include "agents/conversation/templates/TemplateRenderer.h"
#include "models/repositories/TemplateRepository.h"

#include <QRegularExpression>

namespace sc::ui {

using agents::conversation::TemplateRenderer;

QString TemplateLabels::category(const QString& key)
{
    if (key == QLatin1String("first_touch")) {
        return tr("First touch");
    }
    if (key == QLatin1String("follow_up")) {
        return tr("Follow-up");
    }
    if (key == QLatin1String("reply_question")) {
        return tr("Answer to a question");
    }
    if (key == QLatin1String("meeting_confirmation")) {
        return tr("Meeting confirmation");
    }
    if (key == QLatin1String("break_up")) {
        return tr("Last follow-up");
    }
    return key;
}

QString TemplateLabels::language(const QString& code)
{
    if (code == QLatin1String("en")) {
        return tr("English");
    }
    if (code == QLatin1String("fr")) {
        return tr("French");
    }
    return code.toUpper();
}

QString TemplateLabels::format(const QString& key)
{
    return key == QLatin1String("html") ? tr("HTML") : tr("Plain text");
}

QString TemplateLabels::variable(const QString& name)
{
    static const struct
    {
        const char* name;
        const char* label;
    } labels[] = {
        {"first_name", QT_TR_NOOP("First name")},
        {"last_name", QT_TR_NOOP("Last name")},
        {"title", QT_TR_NOOP("Job title")},
        {"company", QT_TR_NOOP("Company")},
        {"company_domain", QT_TR_NOOP("Company website")},
        {"company_description", QT_TR_NOOP("What the company does")},
        {"industry", QT_TR_NOOP("Industry")},
        {"city", QT_TR_NOOP("City")},
        {"country", QT_TR_NOOP("Country")},
        {"sender_name", QT_TR_NOOP("Your name")},
        {"sender_company", QT_TR_NOOP("Your company")},
        {"signature", QT_TR_NOOP("Your sign-off")},
    };
    for (const auto& entry : labels) {
        if (name == QLatin1String(entry.name)) {
            return tr(entry.label);
        }
    }
    return name;
}

QString TemplateLabels::languageCodes(const QStringList& codes)
{
    QStringList upper;
    for (const QString& code : codes) {
        upper.append(code.toUpper());
    }
    return upper.join(QStringLiteral(" · "));
}

QString TemplateLabels::syntaxError(const QString& error, bool inSubject)
{
    static const QRegularExpression unclosedSection(QStringLiteral("^Unclosed section \"([^\"]*)\""));
    static const QRegularExpression unopenedSection(QStringLiteral("^Unopened section \"([^\"]*)\""));
    QRegularExpressionMatch match = unclosedSection.match(error);
    if (match.hasMatch()) {
        const QString name = match.captured(1);
        return inSubject
            ? tr("In the subject, {{#%1}} opens a section that is never closed: add {{/%1}} where it "
                 "ends.")
                  .arg(name)
            : tr("In the body, {{#%1}} opens a section that is never closed: add {{/%1}} where it ends.").arg(name);
    }
    match = unopenedSection.match(error);
    if (match.hasMatch()) {
        const QString name = match.captured(1);
        return inSubject
            ? tr("In the subject, {{/%1}} closes a section that was never opened: add {{#%1}} before it, or remove it.")
                  .arg(name)
            : tr("In the body, {{/%1}} closes a section that was never opened: add {{#%1}} before it, or remove it.")
                  .arg(name);
    }
    if (error.startsWith(QLatin1String("Unclosed tag"))) {
        return inSubject ? tr("In the subject, a variable is not closed: every {{ needs its }}.")
                         : tr("In the body, a variable is not closed: every {{ needs its }}.");
    }
    return inSubject ? tr("The subject cannot be read as a template (%1).").arg(error)
                     : tr("The body cannot be read as a template (%1).").arg(error);
}

QString TemplateLabels::problem(const models::EmailTemplate& t)
{
    if (t.name.trimmed().isEmpty()) {
        return tr("Give the template a name.");
    }
    if (t.body.trimmed().isEmpty()) {
        return tr("Write the body of the email.");
    }
    // Category, language and format come from lists here; anything else the store refuses is said as
    // it says it.
    const QString stored = models::TemplateRepository::problemWith(t);
    if (!stored.isEmpty()) {
        return stored;
    }
    const TemplateRenderer::Values none;
    const QString subjectError = TemplateRenderer::renderText(t.subject, none, TemplateRenderer::Format::Text).error;
    if (!subjectError.isEmpty()) {
        return syntaxError(subjectError, true);
    }
    const TemplateRenderer::Format bodyFormat
        = t.format == QLatin1String("html") ? TemplateRenderer::Format::Html : TemplateRenderer::Format::Text;
    const QString bodyError = TemplateRenderer::renderText(t.body, none, bodyFormat).error;
    if (!bodyError.isEmpty()) {
        return syntaxError(bodyError, false);
    }
    return {};
}

} // namespace sc::ui

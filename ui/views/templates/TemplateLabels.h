#pragma once

#include "models/entities/EmailTemplate.h"

#include <QCoreApplication>
#include <QString>

namespace sc::ui {

// The rep's words for what the template library stores as keys (categories, languages, formats,
// variables), and what stands in the way of saving a template, translated.
class TemplateLabels
{
    Q_DECLARE_TR_FUNCTIONS(sc::ui::TemplateLabels)
public:
    static QString category(const QString& key);
    static QString language(const QString& code);
    static QString format(const QString& key);
    // "First name" for first_name; the name itself for one this app does not know.
    static QString variable(const QString& name);
    // The language codes of `variants`, as the list shows them: "EN · FR".
    static QString languageCodes(const QStringList& codes);

    // What keeps `t` from being saved, in the rep's words; empty when nothing. Checks what
    // TemplateRepository::problemWith checks, and that subject and body parse (a section left open...).
    static QString problem(const models::EmailTemplate& t);
    // A Mustache parse error (kainjow's words) told to a rep, in the subject or the body.
    static QString syntaxError(const QString& error, bool inSubject);
};

} // namespace sc::ui

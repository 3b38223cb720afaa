#pragma once

#include "FormModel.h"

#include <QUrl>

namespace sc::agents::formfiller {

// What a form field asks for, from its type, name, id, autocomplete, label, placeholder and nearby
// words, in English and French.
enum class FieldKind {
    Other,
    FirstName,
    LastName,
    FullName,
    Email,
    Phone,
    PhoneCountry,
    Company,
    JobTitle,
    Website,
    Country,
    Subject,
    Message,
    Topic,
    Consent,
    Newsletter,
    Honeypot,
};
QString kindName(FieldKind kind);

struct FieldPlan
{
    int key = -1;
    QString name; // the field's name (or id) as the page has it
    QString label;
    FieldKind kind = FieldKind::Other;
    QString value; // what goes in; "checked" / "" for checkboxes
    bool fill = false; // false: left alone (honeypot, newsletter, unknown, hidden)
    QString note; // why not, or how the value was chosen
};

struct FormPlan
{
    int formKey = -1;
    int score = 0;
    QList<FieldPlan> fields;
    QStringList unfilledRequired; // labels of required visible fields we cannot answer
    int nextButton = -1; // a multi-step form's "Next"
    int submitButton = -1;
};

class FieldClassifier
{
public:
    struct Options
    {
        bool tickConsent = false; // the rep allows ticking consent boxes a form requires
        QString pageLanguage; // <html lang>, for a country written out
    };

    // Folded words, separators and camelCase split, as the rule tables match them: "your-firstName"
    // -> "your first name".
    static QString words(const QString& text);
    // One field alone (the form's other fields resolve "Nom": last name next to a "Prénom").
    static FieldKind classify(const PageField& field);
    // A field a bot would fill and a person would not, on positive evidence only (HoneypotEvidence).
    static bool isHoneypot(const PageField& field);
    // How much a form looks like a contact form (message, email, names; not search, login, newsletter).
    static int contactScore(const PageForm& form);
    // The best contact form of the scan, or -1 (index into scan.forms).
    static int pickForm(const PageScan& scan);
    // Links of the same site that lead to a contact page, best first.
    static QList<QUrl> contactLinks(const PageScan& scan, int max);
    // The values for a form's visible fields.
    static FormPlan plan(const PageForm& form, const SenderProfile& sender, const Options& options);
    // The option of a topic select a sales message belongs to, or -1.
    static int salesOption(const QList<FieldOption>& options);
    // A button's role from its words: 1 submit, 2 next step, 0 neither.
    static int buttonRole(const PageButton& button);
};

} // namespace sc::agents::formfiller

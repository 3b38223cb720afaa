// The Form Filler's reading of a form, without a page: which field is which (English and French
// labels, names, placeholders, autocomplete hints, honeypots), which option of a select a sales
// enquiry picks, which button sends. Pure rule tables, so they run under the sanitizers too; the
// filling of real pages is tests/integration/test_forms.cpp.
#include "agents/formfiller/FieldClassifier.h"

#include <QTest>

Q_DECLARE_METATYPE(sc::agents::formfiller::PageField)

using sc::agents::formfiller::FieldClassifier;
using sc::agents::formfiller::FieldKind;
using sc::agents::formfiller::PageField;

class TestFormFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsUnderstoodInEnglishAndFrench_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("autocomplete");
        QTest::addColumn<QString>("kind");
        auto row = [](const char* tag, const char* type, const char* name, const char* label, const char* placeholder,
                      const char* autocomplete, const char* kind) {
            QTest::newRow(tag) << QString::fromUtf8(type) << QString::fromUtf8(name) << QString::fromUtf8(label)
                               << QString::fromUtf8(placeholder) << QString::fromUtf8(autocomplete)
                               << QString::fromUtf8(kind);
        };
        row("prénom", "text", "field_3", "Prénom *", "", "", "first_name");
        row("nom de famille", "text", "nom", "Nom de famille", "", "", "last_name");
        row("nom de la société", "text", "field_9", "Nom de la société", "", "", "company");
        row("courriel", "text", "f2", "Courriel", "", "", "email");
        row("type=email", "email", "x", "", "", "", "email");
        row("autocomplete given-name", "text", "a", "", "", "given-name", "first_name");
        row("hubspot jobtitle", "text", "jobtitle", "", "", "", "job_title");
        row("camelCase", "text", "lastName", "", "", "", "last_name");
        row("company website", "text", "site", "Company website", "", "", "website");
        row("placeholder only", "text", "input_7", "", "Your full name", "", "full_name");
        row("téléphone", "text", "tel", "Téléphone", "", "", "phone");
        row("fonction", "text", "f", "Fonction", "", "", "job_title");
        row("objet", "text", "objet", "Objet", "", "", "subject");
        row("votre demande", "textarea", "d", "Votre demande", "", "", "message");
        row("textarea unlabeled", "textarea", "body", "", "", "", "message");
        row("civility is not a title", "text", "civ", "Civilité", "", "", "other");
        row("zip code", "text", "zip", "Code postal", "", "", "other");
        row("honeypot words", "text", "hp", "Leave this field empty", "", "", "honeypot");
        row("honeypot fr", "text", "x2", "Ne pas remplir ce champ", "", "", "honeypot");
    }

    void fieldsUnderstoodInEnglishAndFrench()
    {
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QString, label);
        QFETCH(QString, placeholder);
        QFETCH(QString, autocomplete);
        QFETCH(QString, kind);
        PageField f;
        f.type = type;
        f.tag = type == QLatin1String("textarea") ? type : QStringLiteral("input");
        f.name = name;
        f.label = label;
        f.placeholder = placeholder;
        f.autocomplete = autocomplete;
        QCOMPARE(sc::agents::formfiller::kindName(FieldClassifier::classify(f)), kind);
    }

    // Placeholder-only forms (no <label>, generic names, every input type=text): a placeholder is as
    // good a label as a <label>, and a honeypot needs positive evidence — never a missing label, a
    // generic name, or words and classes that belong to the neighbours or the whole form.
    void honeypotsNeedPositiveEvidence_data()
    {
        QTest::addColumn<PageField>("field");
        QTest::addColumn<QString>("kind");
        struct Cues
        {
            const char* nearby = "";
            const char* classes = "";
            const char* tabIndex = "";
            const char* autocomplete = "";
            const char* hidden = "";
            bool ariaHidden = false;
            const char* tag = "input";
        };
        auto row = [](const char* tag, const char* name, const char* placeholder, const char* kind, Cues cues) {
            PageField f;
            f.tag = QString::fromUtf8(cues.tag);
            f.type = f.tag == QLatin1String("textarea") ? f.tag : QStringLiteral("text");
            f.name = QString::fromUtf8(name);
            f.placeholder = QString::fromUtf8(placeholder);
            f.nearby = QString::fromUtf8(cues.nearby);
            f.classes = QString::fromUtf8(cues.classes);
            f.tabIndex = QString::fromUtf8(cues.tabIndex);
            f.autocomplete = QString::fromUtf8(cues.autocomplete);
            f.hidden = QString::fromUtf8(cues.hidden);
            f.ariaHidden = cues.ariaHidden;
            QTest::newRow(tag) << f << QString::fromUtf8(kind);
        };
        // What a person reads in the box tells the fields apart, in French and in English.
        row("Votre nom", "field1", "Votre nom", "full_name", {});
        row("Votre e-mail", "field2", "Votre e-mail", "email", {});
        row("Téléphone", "field3", "Téléphone", "phone", {});
        row("Société", "field4", "Société", "company", {});
        row("Objet", "field5", "Objet", "subject", {});
        row("Votre message (a text input)", "input_5", "Votre message", "message", {});
        row("Full name", "input_1", "Full name", "full_name", {});
        row("Work email", "input_2", "Work email", "email", {});
        row("Company name", "input_3", "Company name", "company", {});
        row("Phone number", "input_4", "Phone number", "phone", {});
        row("textarea project", "input_5", "Tell us about your project", "message", {.tag = "textarea"});
        // Visible, focusable, with a placeholder: never a honeypot, whatever surrounds it.
        row("neighbour's words fr", "input_1", "Votre nom", "full_name", {.nearby = "Ne pas remplir ce champ :"});
        row("form-wide hint en", "input_1", "Full name", "full_name",
            {.nearby = "Do not fill in anything confidential: we sign an NDA first."});
        row("form's anti-spam class", "field1", "Full name", "full_name", {.classes = "row contact hp-form"});
        row("autocomplete off alone", "input_2", "Work email", "email", {.autocomplete = "off"});
        row("aria-hidden page behind a modal", "field2", "Votre e-mail", "email", {.ariaHidden = true});
        // No label and a generic name: nothing to fill, but no evidence of a trap either.
        row("generic, nothing else", "input_3", "", "other", {});
        row("tabindex=-1 alone", "field7", "", "other", {.tabIndex = "-1"});
        // Positive evidence, each kind.
        row("off-screen", "field6", "Website", "honeypot", {.hidden = "off-screen"});
        row("zero size", "field7", "Confirm your email", "honeypot", {.hidden = "no size"});
        row("opacity 0", "input_6", "Confirmez votre e-mail", "honeypot", {.hidden = "opacity:0"});
        row("clipped", "input_8", "Email", "honeypot", {.hidden = "clipped"});
        row("tabindex=-1 + autocomplete=off", "input_7", "Site internet", "honeypot",
            {.tabIndex = "-1", .autocomplete = "off"});
        row("aria-hidden + tabindex=-1", "email_confirm", "", "honeypot", {.tabIndex = "-1", .ariaHidden = true});
        row("words beside it en", "url", "", "honeypot", {.nearby = "Leave this field empty"});
        row("words beside it fr, display:none", "input_9", "", "honeypot",
            {.nearby = "Ne pas remplir ce champ :", .hidden = "display:none"});
        row("its own placeholder says so", "field8", "Laissez ce champ vide", "honeypot", {});
        row("named as a trap", "hp_check", "", "honeypot", {});
        // Hidden by display:none or visibility:hidden: not filled while hidden (it may be a later
        // step), and named for what it asks.
        row("visibility:hidden", "input_8", "Site internet", "website", {.hidden = "visibility:hidden"});
    }

    void honeypotsNeedPositiveEvidence()
    {
        QFETCH(PageField, field);
        QFETCH(QString, kind);
        QCOMPARE(sc::agents::formfiller::kindName(FieldClassifier::classify(field)), kind);
        QCOMPARE(FieldClassifier::isHoneypot(field), kind == QLatin1String("honeypot"));
    }

    // The whole plan of a placeholder-only form with two traps beside it: every real box gets the
    // sender's data, every trap and hidden box stays empty, and the note says why.
    void placeholderOnlyFormPlan()
    {
        sc::agents::formfiller::PageForm form;
        auto add = [&](const char* name, const char* placeholder, const char* hidden = "", const char* tabIndex = "",
                       const char* autocomplete = "") {
            PageField f;
            f.key = int(form.fields.size());
            f.tag = QStringLiteral("input");
            f.type = QStringLiteral("text");
            f.name = QString::fromUtf8(name);
            f.placeholder = QString::fromUtf8(placeholder);
            f.hidden = QString::fromUtf8(hidden);
            f.tabIndex = QString::fromUtf8(tabIndex);
            f.autocomplete = QString::fromUtf8(autocomplete);
            if (f.visible() && f.tabIndex.isEmpty()) {
                f.nearby = QStringLiteral("Ne pas remplir ce champ :"); // a neighbour's words, leaked
            }
            form.fields.append(f);
        };
        add("input_1", "Votre nom");
        add("input_2", "Votre e-mail");
        add("input_3", "Téléphone");
        add("input_6", "Confirmez votre e-mail", "opacity:0");
        add("input_4", "Société");
        add("input_5", "Votre message");
        add("input_7", "Site internet", "", "-1", "off");
        add("input_8", "Site web", "visibility:hidden");
        sc::agents::formfiller::SenderProfile sender;
        sender.firstName = QStringLiteral("Camille");
        sender.lastName = QStringLiteral("Durand");
        sender.email = QStringLiteral("camille.durand@copilot-demo.example");
        sender.phone = QStringLiteral("+33 6 12 34 56 78");
        sender.company = QStringLiteral("Copilot Demo SAS");
        sender.website = QStringLiteral("https://copilot-demo.example");
        sender.message = QStringLiteral("Hello, could we talk?");
        const auto plan = FieldClassifier::plan(form, sender, {});
        QCOMPARE(plan.fields.size(), form.fields.size());
        const QStringList want {sender.firstName + QLatin1Char(' ') + sender.lastName,
                                sender.email,
                                sender.phone,
                                QString(),
                                sender.company,
                                sender.message,
                                QString(),
                                QString()};
        for (qsizetype i = 0; i < want.size(); ++i) {
            const auto& p = plan.fields.at(i);
            QCOMPARE(p.value, want.at(i));
            QCOMPARE(p.fill, !want.at(i).isEmpty());
        }
        QCOMPARE(plan.fields.at(3).note, QStringLiteral("honeypot (opacity:0): left empty"));
        QCOMPARE(plan.fields.at(6).note,
                 QStringLiteral("honeypot (out of the tab order with autocomplete off): left empty"));
        QCOMPARE(plan.fields.at(7).note, QStringLiteral("not visible (visibility:hidden)"));
        QVERIFY(plan.unfilledRequired.isEmpty());
        QVERIFY(FieldClassifier::contactScore(form) > 4);
    }

    void selectsAndButtons()
    {
        QList<sc::agents::formfiller::FieldOption> topics {
            {QString(), QStringLiteral("Choisir…")},
            {QStringLiteral("support"), QStringLiteral("Support technique")},
            {QStringLiteral("jobs"), QStringLiteral("Candidature")},
            {QStringLiteral("biz"), QStringLiteral("Partenariat commercial")}};
        QCOMPARE(FieldClassifier::salesOption(topics), 3);
        PageField dial;
        dial.tag = QStringLiteral("select");
        dial.type = QStringLiteral("select");
        dial.name = QStringLiteral("indicatif");
        dial.options = {{QStringLiteral("+33"), QStringLiteral("France (+33)")},
                        {QStringLiteral("+32"), QStringLiteral("Belgique (+32)")}};
        QCOMPARE(FieldClassifier::classify(dial), FieldKind::PhoneCountry);
        QCOMPARE(FieldClassifier::buttonRole({1, QStringLiteral("button"), QStringLiteral("Étape suivante"), true}), 2);
        QCOMPARE(FieldClassifier::buttonRole({1, QStringLiteral("submit"), QStringLiteral("Envoyer"), true}), 1);
        QCOMPARE(FieldClassifier::buttonRole({1, QStringLiteral("button"), QStringLiteral("Retour"), true}), 0);
    }
};

QTEST_GUILESS_MAIN(TestFormFields)
#include "test_formfields.moc"

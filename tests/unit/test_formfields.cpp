// The Form Filler's reading of a form, without a page: which field is which (English and French
// labels, names, placeholders, autocomplete hints, honeypots), which option of a select a sales
// enquiry picks, which button sends. Pure rule tables, so they run under the sanitizers too; the
// filling of real pages is tests/integration/test_forms.cpp.
#include "agents/formfiller/FieldClassifier.h"

#include <QTest>

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

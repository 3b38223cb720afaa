#include "FieldClassifier.h"

#include "CountryOptions.h"
#include "HoneypotEvidence.h"
#include "models/import/Normalize.h"

#include <QRegularExpression>
#include <algorithm>
#include <iterator>
#include <vector>

namespace sc::agents::formfiller {

namespace {

QString words(const QString& text)
{
    return FieldClassifier::words(text);
}

QRegularExpression wordRule(const char* alternatives)
{
    return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(QLatin1String(alternatives)),
                              QRegularExpression::UseUnicodePropertiesOption);
}

struct Rule
{
    FieldKind kind;
    QRegularExpression pattern;
};

// In order: the first rule that matches a text decides. Specific before general ("company website"
// is a website, "nom de la societe" a company, "last name" not a full name).
const std::vector<Rule>& rules()
{
    static const std::vector<Rule> all {
        {FieldKind::Honeypot, HoneypotEvidence::leaveEmptyWords()},
        {FieldKind::Other,
         wordRule("civilite|salutation|gender|genre|mr|mrs|ms|m mme|password|mot de passe|captcha|zip|"
                  "postal|code postal|city|ville|address|adresse|rue|street|size|taille|employees|"
                  "salaries|effectif|budget|date|birthday|naissance|search|recherche|rechercher")},
        {FieldKind::Email, wordRule("e ?mail|email address|courriel|adresse mail|adresse e ?mail|mail")},
        {FieldKind::Website, wordRule("website|web site|site web|site internet|url|homepage|site")},
        {FieldKind::Company,
         wordRule("company|company name|organisation|organization|societe|entreprise|business name|"
                  "employer|raison sociale|structure|etablissement|firm|agency|agence")},
        {FieldKind::Phone, wordRule("phone|telephone|tel|mobile|portable|gsm|phone number")},
        {FieldKind::JobTitle, wordRule("job title|job|jobtitle|title|position|role|fonction|poste|intitule")},
        {FieldKind::FirstName, wordRule("first ?name|firstname|fname|given name|prenom|forename|first")},
        {FieldKind::LastName, wordRule("last ?name|lastname|lname|surname|family name|nom de famille|last")},
        {FieldKind::FullName,
         wordRule("full ?name|fullname|your name|nom complet|nom et prenom|prenom et nom|nom prenom|"
                  "prenom nom|votre nom|name|nom")},
        {FieldKind::Country, wordRule("country|pays")},
        {FieldKind::Subject, wordRule("subject|objet|sujet|topic|motif")},
        {FieldKind::Message,
         wordRule("message|comment|comments|commentaire|commentaires|question|questions|details|"
                  "demande|votre demande|how can we help|comment pouvons nous|projet|project|inquiry|"
                  "enquiry|request|besoin|body|texte|your message")},
    };
    return all;
}

const QRegularExpression& consentWords()
{
    static const QRegularExpression re = wordRule(
        "consent|consens|agree|accept|accepte|j accepte|privacy|gdpr|rgpd|confidentialite|donnees personnelles|"
        "personal data|terms|conditions|cgu|politique");
    return re;
}

const QRegularExpression& newsletterWords()
{
    static const QRegularExpression re
        = wordRule("newsletter|newsletters|subscribe|abonner|abonnez|inscrire|inscription|offers|offres|promotions|"
                   "marketing emails|communications commerciales|actualites");
    return re;
}

const QRegularExpression& topicWords()
{
    static const QRegularExpression re = wordRule(
        "topic|subject|objet|sujet|reason|raison|inquiry|enquiry|department|service|motif|category|categorie|"
        "type de demande|nature|request type|votre demande|demande|how can we help|interest|interet");
    return re;
}

const QRegularExpression& countryCodeWords()
{
    static const QRegularExpression re
        = wordRule("country code|dial code|calling code|indicatif|code pays|prefix|prefixe");
    return re;
}

FieldKind byAutocomplete(const QString& autocomplete)
{
    const QStringList tokens = autocomplete.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        if (token == QLatin1String("given-name")) {
            return FieldKind::FirstName;
        }
        if (token == QLatin1String("family-name")) {
            return FieldKind::LastName;
        }
        if (token == QLatin1String("name")) {
            return FieldKind::FullName;
        }
        if (token == QLatin1String("email")) {
            return FieldKind::Email;
        }
        if (token == QLatin1String("tel") || token == QLatin1String("tel-national")) {
            return FieldKind::Phone;
        }
        if (token == QLatin1String("tel-country-code")) {
            return FieldKind::PhoneCountry;
        }
        if (token == QLatin1String("organization")) {
            return FieldKind::Company;
        }
        if (token == QLatin1String("organization-title")) {
            return FieldKind::JobTitle;
        }
        if (token == QLatin1String("url")) {
            return FieldKind::Website;
        }
        if (token == QLatin1String("country") || token == QLatin1String("country-name")) {
            return FieldKind::Country;
        }
    }
    return FieldKind::Other;
}

FieldKind byWords(const QString& text)
{
    const QString w = words(text);
    if (w.isEmpty()) {
        return FieldKind::Other;
    }
    for (const Rule& rule : rules()) {
        if (rule.pattern.match(w).hasMatch()) {
            return rule.kind == FieldKind::Honeypot ? FieldKind::Other : rule.kind;
        }
    }
    return FieldKind::Other;
}

QString fieldName(const PageField& f)
{
    return !f.name.isEmpty() ? f.name : f.id;
}

QString fieldLabel(const PageField& f)
{
    for (const QString& s : {f.label, f.placeholder, f.nearby, f.name, f.id}) {
        if (!s.trimmed().isEmpty()) {
            return s.trimmed();
        }
    }
    return {};
}

} // namespace

QString kindName(FieldKind kind)
{
    // In the enum's order.
    static constexpr const char* names[] {
        "other",   "first_name", "last_name", "full_name", "email", "phone",   "phone_country", "company", "job_title",
        "website", "country",    "subject",   "message",   "topic", "consent", "newsletter",    "honeypot"};
    static_assert(std::size(names) == std::size_t(FieldKind::Honeypot) + 1);
    const auto index = std::size_t(kind);
    return QLatin1String(index < std::size(names) ? names[index] : names[0]);
}

QString FieldClassifier::words(const QString& text)
{
    static const QRegularExpression camel(QStringLiteral("([a-z])([A-Z])"));
    static const QRegularExpression separators(QStringLiteral("[_\\-.\\[\\]:*()/,'’\"?!+|#]+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString out = text;
    out.replace(camel, QStringLiteral("\\1 \\2"));
    out = models::Normalize::fold(out);
    out.replace(separators, QStringLiteral(" "));
    out.replace(spaces, QStringLiteral(" "));
    return out.trimmed();
}

bool FieldClassifier::isHoneypot(const PageField& f)
{
    return !HoneypotEvidence::of(f).isEmpty();
}

FieldKind FieldClassifier::classify(const PageField& f)
{
    if (isHoneypot(f)) {
        return FieldKind::Honeypot;
    }
    const QString all
        = f.label + QLatin1Char(' ') + f.placeholder + QLatin1Char(' ') + f.name + QLatin1Char(' ') + f.id;
    if (f.type == QLatin1String("checkbox")) {
        const QString text = words(f.label + QLatin1Char(' ') + f.nearby + QLatin1Char(' ') + f.name);
        if (newsletterWords().match(text).hasMatch()) {
            return FieldKind::Newsletter;
        }
        if (consentWords().match(text).hasMatch()) {
            return FieldKind::Consent;
        }
        return FieldKind::Other;
    }
    if (f.type == QLatin1String("radio")) {
        return FieldKind::Other;
    }
    if (const FieldKind k = byAutocomplete(f.autocomplete); k != FieldKind::Other) {
        return k;
    }
    if (f.tag == QLatin1String("select")) {
        const QString text = words(all + QLatin1Char(' ') + f.nearby);
        if (countryCodeWords().match(text).hasMatch() || CountryOptions::looksLikeCountryCodes(f.options)) {
            return FieldKind::PhoneCountry;
        }
        if (wordRule("country|pays").match(text).hasMatch()) {
            return FieldKind::Country;
        }
        if (topicWords().match(text).hasMatch()) {
            return FieldKind::Topic;
        }
        return FieldKind::Other;
    }
    if (f.type == QLatin1String("email")) {
        return FieldKind::Email;
    }
    if (f.type == QLatin1String("tel")) {
        return FieldKind::Phone;
    }
    if (f.type == QLatin1String("url")) {
        return FieldKind::Website;
    }
    if (f.type == QLatin1String("search") || f.type == QLatin1String("password") || f.type == QLatin1String("number")
        || f.type == QLatin1String("date")) {
        return FieldKind::Other;
    }
    // The most reliable words first: what the person reads, then what the developer named it.
    for (const QString& source : {f.label, f.placeholder, f.name + QLatin1Char(' ') + f.id, f.nearby}) {
        if (const FieldKind k = byWords(source); k != FieldKind::Other) {
            if (f.tag == QLatin1String("textarea") && k != FieldKind::Message) {
                continue; // a big box is a message unless it clearly says otherwise
            }
            return k;
        }
    }
    return f.tag == QLatin1String("textarea") ? FieldKind::Message : FieldKind::Other;
}

int FieldClassifier::buttonRole(const PageButton& b)
{
    const QString w = words(b.text);
    static const QRegularExpression next = wordRule("next|suivant|suivante|continue|continuer|etape suivante|next step|"
                                                    "proceed|poursuivre");
    static const QRegularExpression back = wordRule("back|previous|precedent|retour|cancel|annuler|reset|effacer");
    static const QRegularExpression send = wordRule(
        "send|submit|envoyer|envoi|soumettre|valider|contact us|contactez nous|get in touch|request|demander|"
        "book|reserver|go|ok|send message|envoyer le message|let s talk|parlons");
    if (back.match(w).hasMatch()) {
        return 0;
    }
    if (next.match(w).hasMatch()) {
        return 2;
    }
    if (send.match(w).hasMatch() || b.type == QLatin1String("submit") || b.type == QLatin1String("image")) {
        return 1;
    }
    return 0;
}

int FieldClassifier::contactScore(const PageForm& form)
{
    int score = 0;
    bool email = false;
    bool message = false;
    int fillable = 0;
    int named = 0;
    for (const PageField& f : form.fields) {
        if (f.type == QLatin1String("password")) {
            return -100; // sign in or sign up
        }
        const FieldKind k = classify(f);
        if (k == FieldKind::Honeypot) {
            continue;
        }
        ++fillable;
        switch (k) {
        case FieldKind::Message:
            message = true;
            break;
        case FieldKind::Email:
            email = true;
            break;
        case FieldKind::FirstName:
        case FieldKind::LastName:
        case FieldKind::FullName:
        case FieldKind::Phone:
        case FieldKind::Company:
        case FieldKind::Subject:
        case FieldKind::Topic:
            ++named;
            break;
        default:
            break;
        }
    }
    if (fillable == 0) {
        return -100;
    }
    const QString context = words(form.heading + QLatin1Char(' ') + form.id + QLatin1Char(' ') + form.classes
                                  + QLatin1Char(' ') + form.action + QLatin1Char(' ') + form.text.left(300));
    const bool search
        = form.role == QLatin1String("search")
        || std::any_of(form.fields.cbegin(), form.fields.cend(), [](const PageField& f) {
               return f.type == QLatin1String("search") || f.name == QLatin1String("s") || f.name == QLatin1String("q");
           });
    if (search && fillable <= 2) {
        return -100;
    }
    score += message ? 5 : 0;
    score += email ? 3 : 0;
    score += std::min(named, 3);
    static const QRegularExpression contact = wordRule(
        "contact|contactez|nous contacter|contact us|get in touch|ecrivez nous|ecrivez|write to us|talk to sales|"
        "demande|devis|quote|demo|rendez vous|parlons|let s talk|help");
    if (contact.match(context).hasMatch()) {
        score += 2;
    }
    if (newsletterWords().match(context).hasMatch() && !message) {
        score -= 8;
    }
    if (!email && !message) {
        score -= 5;
    }
    return score;
}

int FieldClassifier::pickForm(const PageScan& scan)
{
    int best = -1;
    int bestScore = 4; // at least an email and a name, or a message
    for (qsizetype i = 0; i < scan.forms.size(); ++i) {
        if (!scan.forms.at(i).visible) {
            continue;
        }
        const int score = contactScore(scan.forms.at(i));
        if (score > bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    return best;
}

QList<QUrl> FieldClassifier::contactLinks(const PageScan& scan, int max)
{
    const QUrl here(scan.url);
    struct Candidate
    {
        QUrl url;
        int score;
    };
    QList<Candidate> candidates;
    static const QRegularExpression strong = wordRule(
        "contact|contacts|contactez nous|contactez|nous contacter|contact us|get in touch|talk to sales|contact sales|"
        "ecrivez nous|nous ecrire");
    static const QRegularExpression weak
        = wordRule("devis|quote|demo|demande|rendez vous|book a call|support|aide|help");
    for (const PageLink& link : scan.links) {
        QUrl url(link.href);
        url.setFragment({});
        if (!url.isValid() || url.host().compare(here.host(), Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QString text = words(link.text);
        const QString path = words(url.path());
        int score = 0;
        if (strong.match(text).hasMatch()) {
            score += 6;
        } else if (strong.match(path).hasMatch()) {
            score += 5;
        } else if (weak.match(text).hasMatch() || weak.match(path).hasMatch()) {
            score += 2;
        }
        if (score == 0) {
            continue;
        }
        score += link.area != QLatin1String("body") ? 1 : 0;
        QUrl plain = here;
        plain.setFragment({});
        if (url == plain) {
            continue;
        }
        const auto same
            = std::find_if(candidates.begin(), candidates.end(), [&](const Candidate& c) { return c.url == url; });
        if (same != candidates.end()) {
            same->score = std::max(same->score, score);
        } else {
            candidates.append({url, score});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    QList<QUrl> out;
    for (const Candidate& c : std::as_const(candidates)) {
        if (out.size() >= max) {
            break;
        }
        out.append(c.url);
    }
    return out;
}

int FieldClassifier::salesOption(const QList<FieldOption>& options)
{
    static const QRegularExpression sales = wordRule(
        "sales|sale|vente|ventes|commercial|commerciale|partnership|partenariat|partner|partenaire|business|new "
        "project|"
        "nouveau projet|projet|demo|devis|quote|pricing|tarif|tarifs|offre|solution|solutions|achat|buy|purchase|"
        "information|informations|renseignement|renseignements");
    static const QRegularExpression avoid = wordRule(
        "support|careers|career|job|jobs|recrutement|emploi|candidature|press|presse|media|billing|facturation|invoice|"
        "sav|complaint|reclamation|unsubscribe|desinscription");
    static const QRegularExpression other = wordRule("other|autre|autres|general|generale");
    int best = -1;
    int bestScore = 0;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString w = words(options.at(i).text + QLatin1Char(' ') + options.at(i).value);
        if (options.at(i).value.isEmpty() || w.isEmpty()) {
            continue; // "Choose..."
        }
        int score = 0;
        if (sales.match(w).hasMatch()) {
            score = 3;
        } else if (other.match(w).hasMatch()) {
            score = 1;
        }
        if (avoid.match(w).hasMatch()) {
            score = 0;
        }
        if (score > bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    return best;
}

FormPlan FieldClassifier::plan(const PageForm& form, const SenderProfile& sender, const Options& options)
{
    FormPlan plan;
    plan.formKey = form.key;
    plan.score = contactScore(form);
    QList<FieldKind> kinds;
    bool hasFirst = false;
    bool hasPhoneCountry = false;
    for (const PageField& f : form.fields) {
        const FieldKind k = classify(f);
        kinds.append(k);
        hasFirst = hasFirst || k == FieldKind::FirstName;
        hasPhoneCountry = hasPhoneCountry || (k == FieldKind::PhoneCountry && f.visible());
    }
    const CountryOptions::Phone phone = CountryOptions::splitPhone(sender.phone, sender.country);
    const QString fullName = QStringList {sender.firstName, sender.lastName}.join(QLatin1Char(' ')).trimmed();
    for (qsizetype i = 0; i < form.fields.size(); ++i) {
        const PageField& f = form.fields.at(i);
        FieldKind k = kinds.at(i);
        // "Nom" next to a "Prénom" is the family name.
        if (k == FieldKind::FullName && hasFirst) {
            k = FieldKind::LastName;
        }
        FieldPlan p;
        p.key = f.key;
        p.name = fieldName(f);
        p.label = fieldLabel(f);
        p.kind = k;
        if (k == FieldKind::Honeypot) {
            p.note = QStringLiteral("honeypot (%1): left empty").arg(HoneypotEvidence::of(f));
            plan.fields.append(p);
            continue;
        }
        if (!f.visible()) {
            p.note = QStringLiteral("not visible (%1)").arg(f.hidden);
            plan.fields.append(p);
            continue;
        }
        auto text = [&](const QString& value) {
            p.value = f.maxLength > 0 ? value.left(f.maxLength) : value;
            p.fill = !p.value.isEmpty();
            if (f.maxLength > 0 && value.size() > f.maxLength) {
                p.note = QStringLiteral("cut to %1 characters").arg(f.maxLength);
            }
        };
        auto choose = [&](int option, const QString& why) {
            if (option >= 0) {
                p.value = f.options.at(option).value;
                p.fill = true;
                p.note = why;
            }
        };
        switch (k) {
        case FieldKind::FirstName:
            text(sender.firstName);
            break;
        case FieldKind::LastName:
            text(sender.lastName);
            break;
        case FieldKind::FullName:
            text(fullName);
            break;
        case FieldKind::Email:
            text(sender.email); // a second address box is a confirmation ("Confirm your email")
            break;
        case FieldKind::Phone:
            if (hasPhoneCountry && !phone.national.isEmpty()) {
                text(phone.national);
            } else {
                text(sender.phone);
            }
            break;
        case FieldKind::PhoneCountry:
            choose(CountryOptions::dialOption(f.options, phone), QStringLiteral("the phone's country code"));
            break;
        case FieldKind::Company:
            text(sender.company);
            break;
        case FieldKind::JobTitle:
            text(sender.jobTitle);
            break;
        case FieldKind::Website:
            text(sender.website);
            break;
        case FieldKind::Country:
            if (f.tag == QLatin1String("select")) {
                choose(CountryOptions::countryOption(f.options, sender.country),
                       QStringLiteral("the sender's country"));
            } else {
                // Written out, in the page's language when it is French.
                const QStringList names = CountryOptions::countryNames(sender.country);
                const bool french = options.pageLanguage.startsWith(QLatin1String("fr"));
                text(names.size() > 3 && french ? names.at(3) : names.size() > 2 ? names.at(2) : sender.country);
            }
            break;
        case FieldKind::Subject:
            if (f.tag == QLatin1String("select")) {
                choose(salesOption(f.options), QStringLiteral("the sales option"));
            } else {
                text(sender.subject);
            }
            break;
        case FieldKind::Message:
            text(sender.message);
            break;
        case FieldKind::Topic:
            choose(salesOption(f.options), QStringLiteral("the sales option"));
            break;
        case FieldKind::Consent:
            if (options.tickConsent) {
                p.value = QStringLiteral("checked");
                p.fill = true;
                p.note = QStringLiteral("ticked: the rep allows consent boxes");
            } else {
                p.note = QStringLiteral("consent not ticked (Settings)");
            }
            break;
        case FieldKind::Newsletter:
            // Never subscribe the rep to anything; untick a box the site ticked for them.
            p.value = QString();
            p.fill = f.value == QLatin1String("checked");
            p.note = QStringLiteral("newsletter: left unticked");
            break;
        case FieldKind::Honeypot:
        case FieldKind::Other:
            break;
        }
        if (!p.fill && f.required && k != FieldKind::Newsletter && f.value.isEmpty()) {
            plan.unfilledRequired.append(p.label.isEmpty() ? p.name : p.label);
        }
        plan.fields.append(p);
    }
    for (const PageButton& b : form.buttons) {
        if (!b.visible) {
            continue;
        }
        const int role = buttonRole(b);
        if (role == 2 && plan.nextButton < 0) {
            plan.nextButton = b.key;
        } else if (role == 1 && plan.submitButton < 0) {
            plan.submitButton = b.key;
        }
    }
    return plan;
}

} // namespace sc::agents::formfiller

#include "HumanReply.h"

#include "FollowUpDate.h"
#include "Patterns.h"
#include "ReplyClassifier.h"

#include <QRegularExpression>
#include <QScopeGuard>

namespace sc::agents::inbox::HumanReply {

namespace {

using RX = QRegularExpression;
constexpr auto Options = RX::CaseInsensitiveOption | RX::UseUnicodePropertiesOption;

// A person's name as written: two or three capitalised words ("Jeanne Martin", "Anne-Sophie de
// Villiers", "Jean-Luc O'Neil").
const QString Name = QStringLiteral(
    R"(\p{Lu}[\p{L}'’\-]+(?:\s+(?:de|du|da|van|von|le|la|di|del|des|d'|ben|al-)?\s*\p{Lu}[\p{L}'’\-]+){1,2})");

using patterns::has;

const char* const UnsubscribeWords
    = R"(unsubscribe|remove me|take me off|stop (e-?mailing|emailing|sending|contacting)|do not (contact|email|e-mail) me|don't (contact|email|e-mail) me|opt[- ]?out|no more e-?mails|(gdpr|rgpd)\b.{0,60}\b(delete|erase|remove|supprim|effac|retir)|(delete|erase|remove|supprim|effac|retir)\w*\b.{0,60}\b(gdpr|rgpd)|^\W*stop\W*$|cesser (tout |les )?(envoi|sollicitation|contact)|supprimez[- ](la|le|les)\b|arr[êe]tez (vos|les|ces) (envois|mails|e-mails|courriels|relances|messages)|ne m'ajoutez plus|ne (plus|pas) (me )?relancer|ne me relancez plus|don't add me|stop (the|your|these) (e-?mails|sequence|follow[- ]?ups|messages)|arr[êe]te(z)? de m'|de vos (fichiers|listes|bases)|d[ée]sinscri|d[ée]sabonn|retirez[- ]moi|supprimez[- ]moi|ne plus (me )?(contacter|recevoir|m'[ée]crire)|cessez de|ne me (contactez|recontactez|sollicitez) plus|effacer mes donn[ée]es)";

// The words of a request to stop, but not in a question about unsubscribing ("does the tool add an
// unsubscribe link?", "peut-on désinscrire des contacts en masse ?"): a question about it asks to
// stop only when it is about the sender ("can you remove me?").
bool asksToStop(const QString& text)
{
    // Most replies hold none of the words: a look at the whole text first. Every alternative but the
    // anchored "stop" alone is found there too when a sentence holds it, so nothing is missed.
    if (!has(text, UnsubscribeWords) && !has(text, R"(\bstop\b)")) {
        return false;
    }
    static const QRegularExpression sentences(QStringLiteral(R"([^.!?\n]+[.!?]*)"));
    auto it = sentences.globalMatch(text);
    while (it.hasNext()) {
        const QString sentence = it.next().captured().trimmed();
        if (!has(sentence, UnsubscribeWords)) {
            continue;
        }
        if (sentence.endsWith(QLatin1Char('?'))
            && !has(sentence, R"(\b(me|my|mine|moi|m'|mon|ma|mes|us|our|nous|nos|notre)\b)")) {
            continue;
        }
        return true;
    }
    return false;
}

// Lines of a signature block and nothing else: a name, a title, phones, a site, a mobile footer.
bool signatureOnly(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2) {
        return false;
    }
    bool contact = false;
    for (const QString& line : lines) {
        const QString t = line.trimmed();
        if (t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 7 || t.endsWith(QLatin1Char('?'))) {
            return false;
        }
        contact = contact || has(t, R"(\d[\d .()+-]{6,}|www\.|https?://|\.example\b|sent from|envoy[ée] de|\|)");
    }
    return contact;
}

const char* const ExplicitSlot
    = R"(\b(monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thurs|fri|tomorrow|lundi|mardi|mercredi|jeudi|vendredi|demain|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?|\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\d{1,2}(er)? (janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|the \d{1,2}(st|nd|rd|th)|le \d{1,2})\b[^.?!\n]{0,30}?\b(at |à |a |vers |@ ?|, )?(\d{1,2}(:\d\d)\s*(am|pm|h)?|\d{1,2}\s*(am|pm)|\d{1,2}\s?h\s?\d{0,2}|noon|midi)(?![\d/.-])|\b(monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri|lundi|mardi|mercredi|jeudi|vendredi|tomorrow|demain)\b[^.?!\n]{0,15}\b(at|à) \d{1,2}\b(?![\d/.:-])|\b(noon|midi) (on )?(the |le )?\d{1,2}|\b(monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi)\b,? (same time|à la même heure|même heure))";

const char* const Acknowledgement
    = R"(^\W*(hi|hello|bonjour|salut)?[^\n]{0,20}?\b(thanks?|thank you|thx|merci|ok|okay|noted|got it|received|bien re[çc]u|bien not[ée]|c'est not[ée]|re[çc]u|not[ée])\b[\s,.!🙏👍]*(thanks?|merci|\p{L}+)?[\s,.!🙏👍]*$)";

const char* const WhoAreYou
    = R"(^\W*(hi|hello|bonjour|bonsoir|salut|sorry|désolée?|pardon)?[\s,!]*(who (is this|are you|r u)|who's this|do i know you|what is this( about)?|what's this( about)?|what is your company|which company are you|who gave you my|qui [êe]tes[- ]vous|c'est qui|qui est-ce|on se conna[iî]t|c'est [àa] quel sujet|de quelle soci[ée]t[ée]|vous [êe]tes de quelle|qui vous a donn[ée]|(i'm|i am) not the right (person|contact)|not the right person|je ne suis pas (la bonne personne|le bon interlocuteur|la bonne interlocutrice)|pas la bonne personne)\b)";

const char* const GoingOn
    = R"(\b(next steps?|prochaine [ée]tape|on aimerait avancer|j'aimerais avancer|let's move forward|(send|share) (me |us )?(your|vos) (availability|availabilities|calendar|slots)|(envoyez|envoie|donnez)[- ](moi|nous) (vos|tes) (disponibilit|cr[ée]neaux)|send (me |us )?(an|the) (invite|invitation|calendar link)|call me (when|whenever) you (can|like)|appel(ez|le)[- ]moi quand (vous|tu) (pouvez|peux|voulez|veux)|walk (us|me) through|show me (what|how)|ouverte? [àa] un [ée]change|open to a (conversation|call|chat))\b)";

const char* const FirmRefusal
    = R"(\b(decided not to|(will|are) not (be )?(pursuing|going ahead|moving forward)|not (going|go|to go) ahead|(stick|stay|staying|sticking) with (what we have|our current|our existing)|answer is (still )?no|r[ée]ponse (reste|est toujours)[^.\n]{0,15}\bnon\b|ce sera non|isn't something we('d)?|is not something we|doesn't fit (how|our|what)|ne nous int[ée]resse pas|(ce n'est )?pas un sujet pour nous|happy with (our|what we|the) (current|existing|have|tool|solution|provider)|satisfaits? (de|avec) (notre|nos|ce qu|l'outil)|ne pas (aller plus loin|donner suite|poursuivre)|nous ne (donnerons|souhaitons) pas (suite|poursuivre|aller))\b)";

// Passed on inside the company, kept for later, read: no answer asked of the rep.
const char* const NothingToDo
    = R"(\b(forwarded (it |this )?(internally|to the team|in-house)|passed (it |this )?(on )?internally|for (our|my) records|for future reference|filed (it|this)|transmis en interne|transf[ée]r[ée] en interne|pour (nos|mes) archives|pour r[ée]f[ée]rence|i'?ll (get to|look at|read|think|check|discuss|bring it up|come back|revert|circle back|take a look|review)|let me (check|think|digest|discuss|look)|give me (some )?time|not sure yet|thanks for (thinking of us|reaching out|the (email|note|message|info))|(we|company) (were|was|got|just got|have been|has been) (acquired|bought|merged)|we merged|je (regarde|regarderai|vous redis|vous dis|vous tiens inform|reviens vers vous|vais regarder|vais en parler|vais y r[ée]fl[ée]chir)|j'en (parle|discute|parlerai|discuterai)|on en (reparle|discute)|laissez[- ]moi (le temps|r[ée]fl[ée]chir)|j'y r[ée]fl[ée]chis|pas encore d[ée]cid[ée]|merci d'avoir pens[ée] [àa] nous|merci (pour|de) (votre|ce) (message|courriel|mail|e-mail|prise de contact)|(received|got) (the|your) (deck|slides|brochure|document|email|e-mail|message)|(bien )?re[çc]u (la|le|votre) (plaquette|pr[ée]sentation|document|doc|brochure|message)|congrat(s|ulations)|f[ée]licitations|(avons|a) (fusionn[ée]|[ée]t[ée] rachet[ée]))\b)";

// "Not right now, maybe next quarter": a refusal for now, and the day a sequence should come back on.
void readFollowUp(const ParsedMessage& m, const QString& words, Classification& out)
{
    if (out.category == QLatin1String("not_interested")) {
        const FollowUpDate::Result later = FollowUpDate::of(m, words, out.language);
        out.followUpDate = later.date;
        out.followUpApproximate = later.approximate;
    }
}

} // namespace

QString withoutSignature(const QString& ownWords)
{
    static const RX closing(
        QStringLiteral(
            R"(^\s*(best( regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks( again| a lot)?|thank you|cheers|all the best|sincerely|respectfully|br|cordialement|bien cordialement|bien à vous|bien a vous|salutations|sinc[eè]res salutations|merci( beaucoup| encore| d'avance)?|bonne (journée|journee|soirée|fin de journée)|à bientôt|a bientot|amicalement|belle journée|sent from my .*|envoy[ée] de mon .*|get outlook for .*|--\s*)[\s,.!]*$)"),
        Options);
    const QStringList lines = ownWords.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).size() <= 40 && closing.match(lines.at(i)).hasMatch()) {
            QString kept = lines.mid(0, i).join(QLatin1Char('\n')).trimmed();
            // Only a greeting above it ("Hi Thomas,\nThanks,\n..."): the closing was the message.
            static const RX greetingOnly(
                QStringLiteral(R"(^(hi|hello|hey|dear|bonjour|bonsoir|salut|cher|ch[èe]re)\b[^\n]{0,40}$)"), Options);
            if (kept.isEmpty() || greetingOnly.match(kept).hasMatch()) {
                return ownWords.trimmed();
            }
            return kept;
        }
    }
    return ownWords.trimmed();
}

Referral findReferral(const QString& words, const QString& from, const QStringList& to)
{
    Referral out;
    static const RX left(
        QStringLiteral(
            R"(\b(i('ve| have)? (left|quit)|i no longer work|no longer (with|at|employed|working|part of)|not (with|at) [\p{L} ]{2,40} any ?more|don't work (there|here|at [\p{L} ]{2,40}) any ?more|do not work (there|here) any ?more|moved on from|j'ai quitt[ée]|a quitt[ée]|ne (fais|fait) plus partie|ne travaille plus|n'est plus (chez|dans|au sein|en poste|salari)|ne suis plus (chez|dans|au sein|en poste|salari)|plus dans (la soci[ée]t[ée]|l'entreprise|les effectifs))\b)"),
        Options);
    out.leftCompany = left.match(words).hasMatch();
    static const RX pointing(
        QStringLiteral(
            R"(\b(contact|reach( out to)?|speak (to|with)|talk (to|with)|write to|e-?mail|get in touch with|forward(ed|ing)?( (this|it|your (email|message)))? to|loop(ing|ed)? in|cc'?(ing|ed|'d)?|copying|passed? (this|it|your (email|message)) (on )?to|the (right|best) person( to talk to)? (is|would be)|(my|our) (colleague|coworker|co-worker|manager|boss|head of|director|cto|ceo|cfo|vp)|in charge of|handles|responsible for|introduc(e|ing) you to|put you in touch|adding|copied|let (him|her|them) take|try|ask for|right contact|is the one|runs|looks after|in cc|voyez|demandez|parle[rz]? (à|a|avec)|c'est (lui|elle) qui|contacter|mets? en relation|mettre en relation|fais suivre|faire suivre|je vous pr[ée]sente|joindre|[ée]crire [àa]|adressez[- ]vous [àa]|voir avec|transf[ée]r(e|é|er)|transmets|transmis|je transmets|mets en copie|en copie|ma coll[èe]gue|mon coll[èe]gue|notre (directeur|directrice|responsable|dg|daf|drh)|s'occupe|g[èe]re (ce|ces|les)|la bonne personne|le bon interlocuteur|la personne (à|a) contacter|l'interlocuteur)\b)"),
        Options);
    out.pointed = pointing.match(words).hasMatch();
    static const RX address(QStringLiteral(R"(([A-Z0-9._%+\-]+@[A-Z0-9.\-]+\.[A-Z]{2,}))"), RX::CaseInsensitiveOption);
    qsizetype at = -1;
    auto it = address.globalMatch(words);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString found = m.captured(1).toLower();
        if (found != from.toLower() && !to.contains(found, Qt::CaseInsensitive)) {
            out.email = found;
            at = m.capturedStart(1);
            break;
        }
    }
    // The name: right before the address ("Jeanne Martin (jeanne@...)", "Jeanne Martin <...>",
    // "Jeanne Martin at ...", "Jeanne Martin : ..."), else right after the words that point
    // ("contact Jeanne Martin", "ma collègue Jeanne Martin").
    if (at >= 0) {
        static const RX before(
            QStringLiteral(R"((%1)\s*(\(|<|\[|:|,|-|–|—|\bat\b|\bà\b|\bon\b|\bau\b|\bvia\b)?\s*(mailto:)?\s*$)")
                .arg(Name));
        const QRegularExpressionMatch m = before.match(words.left(at));
        if (m.hasMatch()) {
            out.name = m.captured(1);
        }
    }
    if (out.name.isEmpty()) {
        static const RX after(
            QStringLiteral(
                R"((?i:contact|introduce you to|put you in touch with|adding|mets? en relation avec|mettre en relation avec|fais suivre [àa]|je vous pr[ée]sente|reach(?: out to)?|speak (?:to|with)|talk (?:to|with)|write to|get in touch with|forward(?:ed|ing)?(?: (?:this|it|your (?:email|message)))? to|loop(?:ing|ed)? in|cc'?(?:ing|ed|'d)?|copying|colleague|coworker|co-worker|manager|contacter|joindre|[ée]crire [àa]|adressez[- ]vous [àa]|voir avec|transmets (?:votre (?:message|mail|e-mail|demande) )?[àa]|transf[ée]r[ée] [àa]|transmis [àa]|en copie|coll[èe]gue|is|est)[\s,:]+(?:(?i:mr|mrs|ms|mme|m\.|mlle)\.?\s+)?(%1))")
                .arg(Name),
            RX::UseUnicodePropertiesOption);
        const QRegularExpressionMatch m = after.match(words);
        if (m.hasMatch()) {
            out.name = m.captured(1);
        }
    }
    // A first name alone, right after the words that point ("looping in Raj", "try Marcus", "voyez
    // avec Sandrine"), or after a role and a comma ("our head of sales, Patrick Obi").
    if (out.name.isEmpty() && out.pointed) {
        static const RX single(
            QStringLiteral(
                R"((?i:looping in|loop in|try|ask for|talk to|speak (?:to|with)|forward(?:ing|ed)? (?:this |it )?to|pass (?:it|this) (?:on )?to|cc'?(?:ing|ed)?|contact|reach|voyez(?: plutôt)? avec|voir avec|parle[rz]? (?:à|a|avec)|demandez|fais suivre [àa]|transmets [àa]|mets|coll[èe]gue|associ[ée]e?|partner|colleague)\s+(?:(?i:mr|mrs|ms|mme|m\.)\.?\s+)?(%1|\p{Lu}[\p{Ll}'’\-]{2,}))")
                .arg(Name),
            RX::UseUnicodePropertiesOption);
        static const RX role(
            QStringLiteral(
                R"((?i:head of [\p{L} ]{2,20}|director|directeur[\p{L} ]{0,20}|directrice[\p{L} ]{0,20}|responsable[\p{L} ]{0,20}|manager|g[ée]rante?|associ[ée]e?|partner|lead|ceo|cfo|coo|cto|dg|daf),\s+(?:(?i:mr|mrs|ms|mme|m\.)\.?\s+)?(%1|\p{Lu}[\p{Ll}'’\-]{2,}))")
                .arg(Name),
            RX::UseUnicodePropertiesOption);
        for (const RX* rx : {&single, &role}) {
            const QRegularExpressionMatch m = rx->match(words);
            static const QStringList notNames {
                QStringLiteral("The"),   QStringLiteral("Our"),  QStringLiteral("This"), QStringLiteral("Him"),
                QStringLiteral("Her"),   QStringLiteral("Them"), QStringLiteral("Les"),  QStringLiteral("Notre"),
                QStringLiteral("Votre"), QStringLiteral("Elle"), QStringLiteral("Lui"),  QStringLiteral("Someone")};
            if (m.hasMatch() && !notNames.contains(m.captured(1).section(QLatin1Char(' '), 0, 0))) {
                out.name = m.captured(1);
                break;
            }
        }
    }
    // A trailing word that is not part of the name ("Jeanne Martin Thanks").
    static const RX tail(QStringLiteral(R"(\s+(Thanks|Merci|Regards|Cordialement|Best|Cheers|Hi|Bonjour)$)"));
    out.name.remove(tail);
    return out;
}

void judge(const ParsedMessage& m, const TextClassifier* model, Classification& out)
{
    // The sender's own words come first in a reply: its first 256 KB are what is judged.
    QString body = m.textBody.left(ParsedMessage::JudgedChars);
    if (body.trimmed().isEmpty() && !m.htmlBody.isEmpty()) {
        static const RX tags(QStringLiteral("<[^>]*>"));
        body = m.htmlBody.left(ParsedMessage::JudgedChars).remove(tags);
    }
    const QString words = ReplyClassifier::ownWords(body);
    // What is judged: the message above its closing and signature, and only its start (a reply
    // says what it wants first; a newsletter's padding or a pasted document says nothing more).
    const QString core = withoutSignature(words).left(2000);
    const QString text = core.isEmpty() ? m.subject : core;
    // Whichever verdict is reached below, a refusal for now also says when to come back.
    const auto followUp = qScopeGuard([&] { readFollowUp(m, text, out); });
    // The language of the sender's words; of the whole conversation when they are too few to tell
    // ("1", "ok", a signature alone), then of the subject.
    out.language = ReplyClassifier::detectLanguage(text);
    if (out.language.isEmpty()) {
        out.language = ReplyClassifier::detectLanguage(words);
    }
    if (out.language.isEmpty()) {
        out.language = ReplyClassifier::detectLanguage(body.left(4000));
    }
    if (out.language.isEmpty()) {
        out.language = ReplyClassifier::detectLanguage(m.subject);
    }
    struct Rule
    {
        const char* category;
        double confidence;
        const char* pattern;
    };
    static const Rule rules[] = {
        {"unsubscribe", 0.95, UnsubscribeWords},
        {"not_interested", 0.85,
         R"(not interested|no interest|not a (good )?fit|not (a )?priority|no budget|already (have|use|work with|working with)|we('re| are) (all )?(set|good)|no,? thank|pass on this|not (for us|relevant|right now|at this time|the right time)|we won't|we will not|not looking|decline|pas int[ée]ress[ée]|aucun int[ée]r[êe]t|pas (de|le) budget|d[ée]j[àa] (un|une|des|équipés|[ée]quip[ée]s|travaill)|pas (une )?priorit|non merci|ne (sommes|suis) pas|pas pour (nous|le moment)|pas le moment|nous avons d[ée]j[àa]|pas besoin)"},
        {"meeting_time", 0.8,
         R"((monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|tomorrow|demain)\b.{0,40}(\d{1,2}(:\d\d)?\s*(am|pm|h\d{0,2})|\d{1,2}h\d{0,2}|morning|afternoon|matin|apr[eè]s[- ]midi|works|convient|ok)|\d{1,2}(:\d\d)?\s*(am|pm)\b|\b\d{1,2}h\d{0,2}\b|le \d{1,2} (à|a) \d|(works|work) for me|ça me (va|convient)|cela me convient|disponible (le|mardi|lundi|mercredi|jeudi|vendredi))"},
        {"question", 0.7,
         R"(\?\s*$|\b(how much|what('s| is) the (price|cost)|pricing|do you (integrate|support|offer|have)|is it (possible|compatible)|combien|quel(le)? est le (prix|tarif)|est-ce que|pouvez-vous|avez-vous|proposez-vous)\b)"},
        {"interested", 0.75,
         R"(interested|sounds (good|interesting|great)|tell me more|learn more|send (me )?(more|the deck|info|details|a proposal)|let's (talk|chat|connect)|happy to (chat|talk|connect)|set up (a )?(call|meeting|demo)|schedule (a )?(call|demo)|book (a )?(call|demo)|a demo|int[ée]ress[ée]|int[ée]ressant|volontiers|en savoir plus|envoyez[- ]moi|une d[ée]mo|d'accord pour|avec plaisir|parlons-en|[ée]changer)"},
    };
    // Referral: another person's address in the sender's own words, or a name they point to.
    const Referral referral = findReferral(text, m.fromAddress, m.to);
    out.leftCompany = referral.leftCompany;
    const bool unsubscribe = asksToStop(text);
    // A day and a time first: "Wednesday at 11, please send the invite to my assistant Clare" is a
    // meeting, and so is "my colleague Ben will join us".
    const bool slot = !unsubscribe && has(text, ExplicitSlot);
    const bool joining = has(
        text,
        R"(\b(will join|join us|joining us|be joining|as well|se joindra|nous rejoindr|participera|sera (aussi |également )?(là|présente?))\b)");
    if (!unsubscribe && !slot && !joining
        && (!referral.email.isEmpty() || (!referral.name.isEmpty() && (referral.pointed || referral.leftCompany)))) {
        out.category = QStringLiteral("referral");
        out.referralEmail = referral.email;
        out.referralName = referral.name;
        out.confidence = referral.email.isEmpty() ? 0.75 : 0.85;
        return;
    }
    static const RX anyWordOrNumber(QStringLiteral(R"([\p{L}\p{N}])"));
    if (!text.contains(anyWordOrNumber)) {
        // Nothing written (blank lines, a lone CR, punctuation): no reason to call it anything.
        out.category = QStringLiteral("other");
        out.confidence = 0.5;
        return;
    }
    const Rule* matched = nullptr;
    for (const Rule& rule : rules) {
        if (rule.pattern == UnsubscribeWords ? unsubscribe : has(text, rule.pattern)) {
            matched = &rule;
            break;
        }
    }
    // An explicit request to stop is never second-guessed. Otherwise the statistical model, trained
    // on labelled replies (and the rep's corrections), decides when it is confident; the rules
    // decide when it is not.
    if (matched != nullptr && qstrcmp(matched->category, "unsubscribe") == 0) {
        out.category = QStringLiteral("unsubscribe");
        out.confidence = matched->confidence;
        return;
    }
    // A day with a time of day ("Thursday at 2pm", "demain 8h30", "March 3rd at 2:00 PM") is a
    // meeting time whatever else the words say.
    if (slot) {
        out.category = QStringLiteral("meeting_time");
        out.confidence = 0.85;
        return;
    }
    // "Who is this?", "not the right person" (and nobody named), a signature alone, "I left" with
    // nobody to write to instead: nothing to act on.
    if ((text.size() <= 200 && has(text, WhoAreYou)) || signatureOnly(text) || referral.leftCompany) {
        out.category = QStringLiteral("other");
        out.confidence = 0.7;
        return;
    }
    // Wanting to go on without a day or a time yet ("send me your availability", "what's the next
    // step?", "call me when you can") is interest, not a meeting time or a mere question.
    if (has(text, GoingOn)) {
        out.category = QStringLiteral("interested");
        out.confidence = 0.8;
        return;
    }
    // A refusal in so many words is not second-guessed either.
    if (has(text, FirmRefusal)) {
        out.category = QStringLiteral("not_interested");
        out.confidence = 0.85;
        return;
    }
    // Short acknowledgements and "who is this?": nothing to act on.
    // Thanks, "I'll look at it", "we were acquired": nothing asked of the rep, when no rule heard more.
    const bool reserved = has(text, R"(\b(but|mais|however|cependant|though)\b)");
    if (matched == nullptr && !reserved
        && ((text.size() <= 80 && has(text, Acknowledgement))
            || (text.size() <= 200 && !text.contains(QLatin1Char('?')) && has(text, NothingToDo)))) {
        out.category = QStringLiteral("other");
        out.confidence = 0.7;
        return;
    }
    TextClassifier::Prediction guess = model != nullptr ? model->predict(text) : TextClassifier::Prediction();
    if (guess.label == QLatin1String("referral") && referral.name.isEmpty()) {
        guess = {}; // a referral names the person to write to; with no name and no address there is none
    }
    if (!guess.label.isEmpty() && (guess.probability >= ReplyClassifier::ModelConfidence || matched == nullptr)) {
        out.category = guess.label;
        out.confidence = guess.probability;
        if (out.category == QLatin1String("referral")) {
            out.referralName = referral.name;
        }
        return;
    }
    out.category = matched != nullptr ? QString::fromLatin1(matched->category) : QStringLiteral("other");
    out.confidence = matched != nullptr ? matched->confidence : 0.5;
}

} // namespace sc::agents::inbox::HumanReply

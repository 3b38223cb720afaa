#include "HumanReply.h"

#include <QRegularExpression>

namespace sc::agents::inbox::HumanReply {

namespace {

using RX = QRegularExpression;
constexpr auto Options = RX::CaseInsensitiveOption | RX::UseUnicodePropertiesOption;

// A person's name as written: two or three capitalised words ("Jeanne Martin", "Anne-Sophie de
// Villiers", "Jean-Luc O'Neil").
const QString Name = QStringLiteral(
    R"(\p{Lu}[\p{L}'’\-]+(?:\s+(?:de|du|da|van|von|le|la|di|del|des|d'|ben|al-)?\s*\p{Lu}[\p{L}'’\-]+){1,2})");

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

} // namespace sc::agents::inbox::HumanReply

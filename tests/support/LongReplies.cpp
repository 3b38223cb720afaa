#include "LongReplies.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <random>

namespace sc::tests {

namespace {

struct Person
{
    const char* name;
    const char* title;
    const char* company;
    const char* domain;
};

const Person People[] = {
    {"Maya Lindqvist", "Head of Operations", "Heron Works", "heron-works.example"},
    {"Julien Moreau", "Directeur des opérations", "Atelier Verne", "atelier-verne.example"},
    {"Priya Raman", "VP Sales", "Kestrel Labs", "kestrel-labs.example"},
    {"Camille Rousseau", "Responsable achats", "Brume & Fils", "brume-fils.example"},
    {"Owen Whitfield", "Logistics Manager", "Northgate Freight", "northgate.example"},
    {"Inès Barbier", "Directrice générale", "Solvane", "solvane.example"},
};

// The prospect's own words, per category: [category][language][variant].
const char* const Own[7][2][3] = {
    {{"Thanks for reaching out. This is timely: we have been looking at ways to cut the time our team "
      "spends chasing follow-ups, and what you describe sounds close to what we need. Could you send me "
      "the deck and a couple of references in logistics?",
      "Sounds interesting. We tried two tools last year and neither stuck, mostly because the reps found "
      "them slow. If yours is really local and fast I would like to see it. Send over whatever you have.",
      "Yes, happy to learn more. Our sales team is nine people and growing; the manual research is the "
      "part everyone complains about. What would a trial look like?"},
     {"Merci pour votre message. Le sujet tombe bien : nous cherchons justement à réduire le temps que "
      "l'équipe passe sur les relances. Pouvez-vous m'envoyer votre présentation et quelques références "
      "dans la logistique ?",
      "Intéressant. Nous avons testé deux outils l'an dernier sans succès, les commerciaux les trouvaient "
      "trop lents. Si le vôtre est vraiment rapide, je veux bien en savoir plus. Envoyez-moi ce que vous avez.",
      "Oui, volontiers. Notre équipe commerciale compte neuf personnes et la recherche manuelle est ce qui "
      "nous coûte le plus. À quoi ressemblerait un essai ?"}},
    {{"Thursday at 2pm works for me, or Friday morning before 11 if that is easier. Please send an invite "
      "with a video link and I will bring our sales lead along.",
      "Let's do a call on Tuesday at 10:30. I can give you thirty minutes; we can go through how the "
      "research part works with our own accounts.",
      "Can you call me tomorrow at 4pm? My direct line is in the signature below."},
     {"Jeudi à 14h me convient, ou vendredi matin avant 11h si c'est plus simple pour vous. Envoyez-moi une "
      "invitation avec un lien de visio, je viendrai avec notre responsable commercial.",
      "Faisons un point mardi à 10h30. Je peux vous accorder trente minutes pour voir comment la partie "
      "recherche fonctionne sur nos propres comptes.",
      "Pouvez-vous m'appeler demain à 16h ? Ma ligne directe est dans la signature."}},
    {{"Before we go further, what does it cost for a team of twelve, and is there a yearly plan? We also "
      "need to know where the data is stored.",
      "How does it work with our CRM? We keep everything in HubSpot and I do not want a second place "
      "where the reps have to type things.",
      "Quick question: does it handle French and German sites, or only English ones?"},
     {"Avant d'aller plus loin, combien cela coûte-t-il pour une équipe de douze personnes, et existe-t-il "
      "un tarif annuel ? Nous devons aussi savoir où les données sont stockées.",
      "Comment cela fonctionne-t-il avec notre CRM ? Tout est dans HubSpot et je ne veux pas d'un second "
      "outil où les commerciaux doivent tout ressaisir.",
      "Petite question : est-ce que cela gère les sites en allemand, ou seulement le français et l'anglais ?"}},
    {{"Thanks, but we are not looking at this right now. We signed with another vendor in the spring and "
      "the contract runs until next year.",
      "Not for us, sorry. We have no budget for new tools this year and the team is happy with the current "
      "process.",
      "I appreciate the note but we will pass. Good luck with it."},
     {"Merci, mais ce n'est pas d'actualité pour nous. Nous avons signé avec un autre prestataire au "
      "printemps et le contrat court jusqu'à l'an prochain.",
      "Pas pour nous, désolé. Nous n'avons pas de budget pour de nouveaux outils cette année et l'équipe "
      "est satisfaite de son organisation actuelle.",
      "Merci pour votre message mais nous allons passer notre tour. Bonne continuation."}},
    {{"I am not the right person for this. Please contact my colleague Jeanne Martin "
      "(jeanne.martin@heron-works.example), who runs sales operations and chooses our tools.",
      "Forwarding this to Daniel Price, our head of sales, who is the one to talk to: "
      "daniel.price@northgate.example.",
      "I have left the company, please reach Sofia Ortega at sofia.ortega@kestrel-labs.example instead."},
     {"Je ne suis pas la bonne personne. Je vous invite à contacter ma collègue Jeanne Martin "
      "(jeanne.martin@atelier-verne.example), qui gère les outils de l'équipe commerciale.",
      "Je transmets votre message à Daniel Prévost, notre directeur commercial : "
      "daniel.prevost@solvane.example.",
      "Je ne fais plus partie de la société ; adressez-vous à Sofia Ortega, sofia.ortega@brume-fils.example."}},
    {{"Please remove me from your mailing list and do not contact me again.",
      "Stop emailing me. I never asked for this and I would like my address deleted from your records.",
      "Unsubscribe. Thank you."},
     {"Merci de me retirer de votre liste de diffusion et de ne plus me contacter.",
      "Arrêtez de m'écrire. Je n'ai rien demandé et je souhaite que mon adresse soit supprimée de vos "
      "fichiers.",
      "Désinscription, merci."}},
    {{"Thanks, received.", "Who gave you my address?", "Noted, thanks."},
     {"Bien reçu, merci.", "Qui vous a donné mon adresse ?", "C'est noté, merci."}},
};

// Sentences of the outreach the prospect is answering, quoted below their words.
const char* const Outreach[2][10]
    = {{"I am writing because teams like yours at Heron Works spend hours every week finding the right "
        "person to talk to at each account.",
        "Sales Copilot does that legwork on the rep's own machine: it reads the company's website, finds the "
        "decision makers, verifies their addresses and scores each lead against your ideal customer.",
        "Every email it drafts waits for your approval before it leaves, and it never contacts anyone on your "
        "do-not-contact list.",
        "Customers in freight and logistics told us they went from forty prospects researched a week to more "
        "than two hundred, without hiring.",
        "The replies are sorted for you as they arrive: interested, a meeting time, a question, a referral, an "
        "out-of-office with the date they are back.",
        "It works with the mailbox you already have, so nothing changes for your prospects.",
        "Would it be worth a twenty-minute call next week to see it on a few of your own accounts?",
        "If the timing is wrong, just tell me and I will not follow up.",
        "You can book a slot directly in my calendar, or reply with a time that suits you.",
        "Pricing starts at a flat monthly fee per rep, with no setup cost and a free trial of two weeks."},
       {"Je vous écris car les équipes comme la vôtre passent des heures chaque semaine à trouver le bon "
        "interlocuteur dans chaque compte.",
        "Sales Copilot fait ce travail sur le poste du commercial : il lit le site de l'entreprise, trouve les "
        "décideurs, vérifie leurs adresses et note chaque prospect selon votre client idéal.",
        "Chaque e-mail rédigé attend votre validation avant de partir, et personne de votre liste d'exclusion "
        "n'est jamais contacté.",
        "Nos clients du transport et de la logistique sont passés de quarante prospects qualifiés par semaine à "
        "plus de deux cents, sans recruter.",
        "Les réponses sont classées dès leur arrivée : intéressé, proposition de rendez-vous, question, "
        "recommandation, absence avec la date de retour.",
        "Il fonctionne avec votre messagerie actuelle, rien ne change pour vos prospects.",
        "Auriez-vous vingt minutes la semaine prochaine pour le voir sur quelques-uns de vos comptes ?",
        "Si le moment est mal choisi, dites-le-moi simplement et je ne vous relancerai pas.",
        "Vous pouvez réserver un créneau directement dans mon agenda, ou me proposer un horaire.",
        "Le tarif est un forfait mensuel par commercial, sans frais de mise en place, avec deux semaines "
        "d'essai gratuit."}};

const char* const Disclaimer[2]
    = {"CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the "
       "addressee. If you have received it in error, please notify the sender and delete it. Any "
       "unauthorised use, disclosure or copying is prohibited. Emails are not secure and may be intercepted.",
       "AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur "
       "destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer. "
       "Toute utilisation ou diffusion non autorisée est interdite."};

int countWords(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return int(text.split(space, Qt::SkipEmptyParts).size());
}

QByteArray quotedPrintable(const QByteArray& in)
{
    QByteArray out;
    int column = 0;
    for (const char c : in) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') {
            out += "\r\n";
            column = 0;
            continue;
        }
        const QByteArray piece = (u >= 33 && u <= 126 && c != '=') || c == ' '
            ? QByteArray(1, c)
            : "=" + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

QByteArray base64Lines(const QByteArray& in)
{
    const QByteArray b64 = in.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76) + "\r\n";
    }
    return out;
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QString html(const QString& own, const QString& attribution, const QStringList& quoted, const QString& signature)
{
    auto paragraphs = [](const QString& text) {
        QString out;
        for (const QString& p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            out += QStringLiteral("<p>") + p.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                + QStringLiteral("</p>\n");
        }
        return out;
    };
    QString quote;
    for (const QString& p : quoted) {
        quote += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>\n");
    }
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>p{margin:0 0 1em}"
                          "</style></head><body>\n<div dir=\"ltr\">")
        + paragraphs(own) + QStringLiteral("<div class=\"signature\">") + paragraphs(signature)
        + QStringLiteral("</div></div>\n<div class=\"gmail_quote\"><div class=\"gmail_attr\">")
        + attribution.toHtmlEscaped()
        + QStringLiteral("</div>\n<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px "
                         "#ccc solid;padding-left:1ex\">\n")
        + quote + QStringLiteral("</blockquote></div>\n</body></html>\n");
}

} // namespace

QList<QByteArray> LongReplies::make(int count, unsigned seed, QList<int>* words)
{
    std::mt19937 random(seed);
    auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };
    QList<QByteArray> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int language = pick(2);
        const int category = pick(7);
        const Person& who = People[pick(6)];
        QString own = QString::fromUtf8(Own[category][language][pick(3)]);
        const QString greeting = language == 0 ? QStringLiteral("Hi Thomas,") : QStringLiteral("Bonjour Thomas,");
        QString signature = (language == 0 ? QStringLiteral("Best regards,\n") : QStringLiteral("Cordialement,\n"))
            + QString::fromUtf8(who.name) + QLatin1Char('\n') + QString::fromUtf8(who.title) + QStringLiteral(" | ")
            + QString::fromUtf8(who.company)
            + QStringLiteral("\n+33 1 84 88 %1 %2\n").arg(10 + pick(89)).arg(10 + pick(89))
            + QString::fromUtf8(who.domain);
        if (pick(3) == 0) {
            signature += QStringLiteral("\n\n") + QString::fromUtf8(Disclaimer[pick(2)]);
        }
        if (pick(5) == 0) {
            signature += language == 0 ? QStringLiteral("\n\nSent from my iPhone")
                                       : QStringLiteral("\n\nEnvoyé de mon iPhone");
        }
        // The quoted outreach: enough sentences for 200 to 600 words in all.
        const int target = 200 + pick(400);
        QStringList quoted;
        const QString head = greeting + QStringLiteral("\n\n") + own + QStringLiteral("\n\n") + signature;
        int total = countWords(head) + 10; // and the attribution line
        while (total < target) {
            const QString sentence = QString::fromUtf8(Outreach[language][pick(10)]);
            const int n = countWords(sentence) + 2; // "> " and the ">" line after it
            if (total + n > 590) {
                break;
            }
            quoted.append(sentence);
            total += n;
        }
        const QString date = QStringLiteral("Tue, 10 Mar 2026 09:%1").arg(10 + pick(49));
        const QString attribution = language == 0
            ? QStringLiteral("On %1 AM Thomas Durand <thomas@salescopilot.example> wrote:").arg(date)
            : QStringLiteral("Le %1, Thomas Durand <thomas@salescopilot.example> a écrit :").arg(date);
        QString plain = head + QStringLiteral("\n\n") + attribution + QLatin1Char('\n');
        for (const QString& sentence : std::as_const(quoted)) {
            plain += QStringLiteral("> ") + sentence + QStringLiteral("\n>\n");
        }
        if (words) {
            words->append(countWords(plain));
        }
        const QByteArray boundary = "=_alt_" + QByteArray::number(i) + "_" + QByteArray::number(seed);
        const QByteArray htmlBody
            = html(greeting + QStringLiteral("\n\n") + own, attribution, quoted, signature).toUtf8();
        QByteArray encoding;
        QByteArray plainBody;
        QByteArray htmlPart;
        switch (i % 3) {
        case 0:
            encoding = "quoted-printable";
            plainBody = quotedPrintable(plain.toUtf8());
            htmlPart = quotedPrintable(htmlBody);
            break;
        case 1:
            encoding = "8bit";
            plainBody = crlf(plain.toUtf8());
            htmlPart = crlf(htmlBody);
            break;
        default:
            encoding = "base64";
            plainBody = base64Lines(plain.toUtf8());
            htmlPart = base64Lines(htmlBody);
            break;
        }
        const QByteArray local = QString::fromUtf8(who.name).section(QLatin1Char(' '), 0, 0).toLower().toUtf8();
        QByteArray m = "From: " + QByteArray(who.name) + " <" + local + "." + QByteArray::number(i) + "@" + who.domain
            + ">\r\nTo: Thomas Durand <thomas@salescopilot.example>\r\nSubject: Re: "
            + (language == 0 ? QByteArray("A faster way to research your accounts")
                             : QByteArray("=?UTF-8?Q?Une_fa=C3=A7on_plus_rapide_de_qualifier_vos_comptes?="))
            + "\r\nDate: Wed, 11 Mar 2026 1" + QByteArray::number(pick(8)) + ":0" + QByteArray::number(pick(10))
            + ":00 +0100\r\nMessage-ID: <long-" + QByteArray::number(i) + "." + QByteArray::number(seed) + "@"
            + who.domain + ">\r\nIn-Reply-To: <outreach-" + QByteArray::number(i) + "@salescopilot.example>\r\n"
            + "References: <outreach-" + QByteArray::number(i) + "@salescopilot.example>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n--"
            + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: " + encoding
            + "\r\n\r\n" + plainBody + "\r\n--" + boundary
            + "\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: " + encoding + "\r\n\r\n"
            + htmlPart + "\r\n--" + boundary + "--\r\n";
        out.append(m);
    }
    return out;
}

} // namespace sc::tests

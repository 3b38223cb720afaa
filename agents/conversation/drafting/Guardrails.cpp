#include "Guardrails.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace sc::agents::conversation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::agents::conversation::Guardrails", text);
}

// Lower-cased, accents folded, runs of spaces (incl. the narrow no-break space French puts before % and
// €) made one: "30 %" in a draft matches "30%" in a document.
QString folded(const QString& text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : std::as_const(decomposed)) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty()) {
            out.append(QLatin1Char(' '));
        }
        space = false;
        out.append(c);
    }
    return out;
}

// Digits only: "1,200", "1 200" and "1200" are one figure.
QString digitsOf(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit()) {
            out.append(c);
        }
    }
    return out;
}

QStringList matches(const QRegularExpression& re, const QString& text)
{
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured(0);
        if (!out.contains(m)) {
            out.append(m);
        }
    }
    return out;
}

// Words that start with a capital in an email without naming anything: greetings, days, months,
// pronouns. A name among them is a product or a customer only when the sources say so.
const QSet<QString>& commonCapitalised()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char* list[]
            = {"i",         "hello",    "hi",       "dear",      "thanks",   "thank",    "best",         "regards",
               "kind",      "monday",   "tuesday",  "wednesday", "thursday", "friday",   "saturday",     "sunday",
               "january",   "february", "march",    "april",     "may",      "june",     "july",         "august",
               "september", "october",  "november", "december",  "bonjour",  "merci",    "cordialement", "lundi",
               "mardi",     "mercredi", "jeudi",    "vendredi",  "samedi",   "dimanche", "janvier",      "fevrier",
               "mars",      "avril",    "mai",      "juin",      "juillet",  "aout",     "septembre",    "octobre",
               "novembre",  "decembre", "madame",   "monsieur",  "re",       "ps",       "ok",           "faq",
               "ceo",       "cto",      "cfo",      "vp",        "pdf",      "email",    "e-mail",       "linkedin",
               "je",        "nous",     "vous",     "le",        "la",       "les",      "un",           "une",
               "we",        "you",      "our",      "your",      "the",      "a",        "an",           "bien"};
        for (const char* w : list) {
            set.insert(QString::fromLatin1(w));
        }
        return set;
    }();
    return words;
}

} // namespace

QStringList Guardrails::addresses(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)"));
    return matches(re, text);
}

QStringList Guardrails::links(const QString& text)
{
    // A scheme, or a bare www. host: both are links a mail client makes clickable.
    static const QRegularExpression re(QStringLiteral(R"((?:https?://|www\.)[^\s<>"')\]]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (QString link : matches(re, text)) {
        while (!link.isEmpty() && QStringLiteral(".,;:!?").contains(link.back())) {
            link.chop(1);
        }
        if (!out.contains(link)) {
            out.append(link);
        }
    }
    return out;
}

QStringList Guardrails::figures(const QString& text)
{
    // A number with its currency or unit around it: "€49", "49 €", "$1,200", "30 %", "12k".
    static const QRegularExpression re(QStringLiteral(
        R"((?:[€$£]\s?)?\d(?:[\d.,\x{202F}\x{00A0} ]*\d)?(?:\s?(?:%|€|\$|£|k€|K€|k\b|M\b|EUR\b|USD\b))?)"));
    QStringList out;
    for (const QString& m : matches(re, text)) {
        const QString t = m.trimmed();
        // A lone digit ("1 minute", "2 options") is wording, not a claim to check.
        if (digitsOf(t).size() >= 2 || t.contains(QRegularExpression(QStringLiteral("[€$£%]")))) {
            out.append(t);
        }
    }
    return out;
}

QStringList Guardrails::names(const QString& text)
{
    // Runs of capitalised words ("Acme Cloud", "Northwind"), one or more, Unicode-aware, never across a
    // line break (a subject's last word and the greeting below it are not one name).
    static const QRegularExpression re(QStringLiteral(R"(\b\p{Lu}[\p{L}\p{N}&'\-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'\-]*)*)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // The word opening a sentence or a line is capitalised by grammar: left out unless the run goes
        // on ("Acme Cloud helps").
        int before = m.capturedStart() - 1;
        while (before >= 0 && text.at(before) == QLatin1Char(' ')) {
            --before;
        }
        const bool opensSentence = before < 0 || QStringLiteral(".!?\n:").contains(text.at(before));
        QStringList words = m.captured(0).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (opensSentence) {
            words.removeFirst();
        }
        while (!words.isEmpty() && commonCapitalised().contains(folded(words.first()))) {
            words.removeFirst();
        }
        while (!words.isEmpty() && commonCapitalised().contains(folded(words.last()))) {
            words.removeLast();
        }
        if (words.isEmpty()) {
            continue;
        }
        const QString name = words.join(QLatin1Char(' '));
        // Acronyms of two letters and single letters are too often wording.
        if (name.size() < 3 || out.contains(name)) {
            continue;
        }
        out.append(name);
    }
    return out;
}

Guardrails::Checked Guardrails::check(const QString& subject, const QString& body, const QString& trusted,
                                      const QString& grounding, bool grounded)
{
    Checked checked;
    const QString allowed = trusted + QLatin1Char('\n') + grounding;
    const QString allowedFolded = folded(allowed);
    const QString trustedFolded = folded(trusted);
    QString allowedDigits;
    {
        // Figures of the sources with their digits alone, separated, so "1 200" matches "1,200".
        static const QRegularExpression number(QStringLiteral(R"(\d[\d.,\x{202F}\x{00A0} ]*)"));
        for (auto it = number.globalMatch(allowed); it.hasNext();) {
            allowedDigits += QLatin1Char('|') + digitsOf(it.next().captured(0));
        }
        allowedDigits += QLatin1Char('|');
    }
    const auto isAllowed = [&](const QString& value) {
        return allowedFolded.contains(folded(value));
    };
    const auto isTrusted = [&](const QString& value) {
        return trustedFolded.contains(folded(value));
    };

    // Addresses and links first: a line that carries one the material does not is dropped whole, so
    // that no "write to …" sentence is left hanging.
    QStringList kept;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        QStringList foreign;
        for (const QString& a : addresses(line)) {
            if (!isTrusted(a)) {
                foreign.append(a);
            }
        }
        for (const QString& l : links(line)) {
            QString bare = l;
            bare.remove(QRegularExpression(QStringLiteral("^https?://"), QRegularExpression::CaseInsensitiveOption));
            if (bare.endsWith(QLatin1Char('/'))) {
                bare.chop(1);
            }
            if (!isTrusted(bare)) {
                foreign.append(l);
            }
        }
        if (foreign.isEmpty()) {
            kept.append(line);
            continue;
        }
        checked.flags.append({QStringLiteral("removed"),
                              tr("Removed a line with %1: it is in neither the conversation nor your documents.")
                                  .arg(foreign.join(QStringLiteral(", ")))});
    }
    checked.body = kept.join(QLatin1Char('\n'));

    if (grounded) {
        const QString text = subject + QLatin1Char('\n') + checked.body;
        for (const QString& figure : figures(text)) {
            const QString digits = digitsOf(figure);
            if (!allowedDigits.contains(QLatin1Char('|') + digits + QLatin1Char('|')) && !isAllowed(figure)) {
                checked.flags.append({QStringLiteral("ungrounded"), figure});
            }
        }
        for (const QString& name : names(text)) {
            if (!isAllowed(name)) {
                checked.flags.append({QStringLiteral("ungrounded"), name});
            }
        }
    }
    return checked;
}

bool Guardrails::answerable(const QString& category)
{
    // An unsubscribe, a complaint or a bounce is never answered with a sales reply: the first two are a
    // request to stop (honoured by the Inbox agent), the last reaches no one.
    static const QStringList never {QStringLiteral("unsubscribe"), QStringLiteral("complaint"),
                                    QStringLiteral("bounce"), QStringLiteral("auto_reply")};
    return !never.contains(category);
}

bool Guardrails::suggestsReply(const QString& category)
{
    return category == QLatin1String("interested") || category == QLatin1String("question")
        || category == QLatin1String("meeting_time");
}

} // namespace sc::agents::conversation

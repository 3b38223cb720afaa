#include "Signature.h"

#include <QStringList>
#include <algorithm>

namespace sc::models {

namespace {

// The longest closing line: "Avec mes meilleures salutations," is 32 characters.
constexpr qsizetype MaxClosingLength = 40;
constexpr qsizetype MaxClosingWords = 5;

// Without trailing blanks on any line, nor blank lines around it.
QString tidy(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace()) {
            line.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.first().isEmpty()) {
        lines.removeFirst();
    }
    while (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines.join(QLatin1Char('\n'));
}

QString lastLine(const QString& text)
{
    return text.mid(text.lastIndexOf(QLatin1Char('\n')) + 1).trimmed();
}

QString firstLine(const QString& text)
{
    return text.left(text.indexOf(QLatin1Char('\n'))).trimmed();
}

} // namespace

QString Signature::signOff(const QString& signatureSetting, const QString& mailboxName)
{
    const QString signature = tidy(QString(signatureSetting).replace(QLatin1String("\r\n"), QLatin1String("\n")));
    return signature.isEmpty() ? mailboxName.trimmed() : signature;
}

bool Signature::isClosing(const QString& line)
{
    const QString text = line.trimmed();
    if (text.size() < 2 || text.size() > MaxClosingLength
        || !(text.endsWith(QLatin1Char(',')) || text.endsWith(QChar(0xFF0C)))) {
        return false;
    }
    // A sentence that happens to end with a comma has more words, or punctuation inside.
    const QString words = text.chopped(1);
    for (const QChar c : words) {
        if (c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!') || c == QLatin1Char(':')
            || c == QLatin1Char(',')) {
            return false;
        }
    }
    return words.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= MaxClosingWords;
}

QString Signature::sign(const QString& body, const QString& signOff)
{
    const QString name = tidy(signOff);
    QString text = tidy(body);
    if (name.isEmpty() || text == name || text.endsWith(QLatin1Char('\n') + name)) {
        return body;
    }
    if (text.isEmpty()) {
        return name;
    }
    if (!isClosing(lastLine(text))) {
        return text + QStringLiteral("\n\n") + name;
    }
    if (!isClosing(firstLine(name))) {
        return text + QLatin1Char('\n') + name; // "Best regards,\nDana Reyes"
    }
    // The signature has its own closing: it takes the place of the draft's.
    text = tidy(text.left(std::max<qsizetype>(0, text.lastIndexOf(QLatin1Char('\n')))));
    return text.isEmpty() ? name : text + QStringLiteral("\n\n") + name;
}

QString Signature::completeBareClosing(const QString& body, const QString& signOff)
{
    return isClosing(lastLine(tidy(body))) ? sign(body, signOff) : body;
}

} // namespace sc::models

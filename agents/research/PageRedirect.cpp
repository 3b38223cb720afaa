#include "PageRedirect.h"

#include "HttpFetcher.h"

#include <QRegularExpression>
#include <QUrl>

namespace sc::agents::research {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f');
}

// The code without its // and /* */ comments, string literals kept whole (a commented-out redirect is
// not one; "https://…" is not a comment). Regular expression literals are not told apart: at worst a
// line is dropped.
QString withoutComments(const QString& code)
{
    QString out;
    out.reserve(code.size());
    QChar quote;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const QChar next = i + 1 < code.size() ? code.at(i + 1) : QChar();
        if (!quote.isNull()) {
            out += c;
            if (c == QLatin1Char('\\') && !next.isNull()) {
                out += next;
                ++i;
            } else if (c == quote) {
                quote = QChar();
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            const qsizetype end = code.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? code.size() : end - 1;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = code.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? code.size() : end + 1;
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

// The string literal opening at code[at] (a quote), unescaped; false when it is not a whole literal
// address: unterminated, a template with ${…}, or the start of a concatenation.
bool literalAt(const QString& code, qsizetype at, QString* value)
{
    const QChar quote = code.at(at);
    QString s;
    qsizetype i = at + 1;
    for (; i < code.size() && code.at(i) != quote; ++i) {
        if (code.at(i) == QLatin1Char('\\') && i + 1 < code.size()) {
            ++i; // "\/" is "/", "\"" is '"': enough for an address
        }
        s += code.at(i);
    }
    if (i >= code.size() || (quote == QLatin1Char('`') && s.contains(QLatin1String("${")))) {
        return false;
    }
    for (++i; i < code.size() && isSpace(code.at(i)); ++i) {}
    if (i < code.size() && code.at(i) == QLatin1Char('+')) {
        return false;
    }
    *value = s.trimmed();
    return true;
}

QString withoutFragment(const QUrl& url)
{
    QUrl u = url;
    u.setFragment(QString());
    return u.toString();
}

QString primaryLanguage(const QString& tag)
{
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).trimmed().toLower();
}

} // namespace

QString PageRedirect::describe(Kind kind)
{
    switch (kind) {
    case Kind::Refresh:
        return QStringLiteral("meta refresh");
    case Kind::Script:
        return QStringLiteral("script redirect");
    case Kind::Canonical:
        return QStringLiteral("canonical link");
    case Kind::Alternate:
        return QStringLiteral("hreflang alternate");
    case Kind::None:
        break;
    }
    return {};
}

bool PageRedirect::parseRefresh(const QString& content, int* seconds, QString* url)
{
    // The HTML standard's "shared declarative refresh steps", without the waiting.
    qsizetype i = 0;
    const qsizetype n = content.size();
    auto skipSpaces = [&] {
        while (i < n && isSpace(content.at(i))) {
            ++i;
        }
    };
    skipSpaces();
    const qsizetype digits = i;
    while (i < n && content.at(i).isDigit() && content.at(i).unicode() < 128) {
        ++i;
    }
    if (i == digits && (i >= n || content.at(i) != QLatin1Char('.'))) {
        return false;
    }
    // Nine digits are enough: a longer delay is as good as never.
    *seconds = content.mid(digits, std::min<qsizetype>(i - digits, 9)).toInt();
    while (i < n && (content.at(i).isDigit() || content.at(i) == QLatin1Char('.'))) {
        ++i;
    }
    url->clear();
    if (i >= n) {
        return true;
    }
    if (content.at(i) != QLatin1Char(';') && content.at(i) != QLatin1Char(',') && !isSpace(content.at(i))) {
        return false;
    }
    skipSpaces();
    if (i < n && (content.at(i) == QLatin1Char(';') || content.at(i) == QLatin1Char(','))) {
        ++i;
    }
    skipSpaces();
    static const QRegularExpression urlIs(QStringLiteral(R"(^url\s*=\s*)"), QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = urlIs.match(content.mid(i)); m.hasMatch()) {
        i += m.capturedLength();
    }
    QString rest = content.mid(i);
    if (!rest.isEmpty() && (rest.at(0) == QLatin1Char('"') || rest.at(0) == QLatin1Char('\''))) {
        const QChar quote = rest.at(0);
        rest = rest.mid(1);
        if (const qsizetype end = rest.indexOf(quote); end >= 0) {
            rest.truncate(end);
        }
    }
    *url = rest.trimmed();
    return true;
}

QString PageRedirect::scriptTarget(const QString& code)
{
    // location.href = "…", location.replace("…") / .assign("…") (with or without window., document.,
    // self., top.), and window.location = "…". A bare `location = "…"` is too easily a variable.
    static const QRegularExpression redirect(QStringLiteral(
        R"((?<![\w$.])(?:(?:(?:window|self|top|document)\s*\.\s*)?location\s*\.\s*(?:href\s*=(?!=)|(?:replace|assign)\s*\()|(?:window|self|top|document)\s*\.\s*location\s*=(?!=))\s*(["'`]))"));
    const QString clean = withoutComments(code);
    auto it = redirect.globalMatch(clean);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString value;
        if (literalAt(clean, m.capturedStart(1), &value) && !value.isEmpty()) {
            return value;
        }
    }
    return {};
}

bool PageRedirect::isThin(const HtmlPage& page)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    int words = 0;
    auto it = word.globalMatch(page.text);
    while (it.hasNext() && words < ThinWords) {
        it.next();
        ++words;
    }
    return words < ThinWords;
}

QString PageRedirect::chooseAlternate(const QList<HtmlPage::Alternate>& alternates)
{
    if (alternates.isEmpty()) {
        return {};
    }
    for (const HtmlPage::Alternate& a : alternates) {
        if (a.hreflang.compare(QLatin1String("x-default"), Qt::CaseInsensitive) == 0) {
            return a.url;
        }
    }
    const QStringList wanted = QString::fromLatin1(HttpFetcher::AcceptLanguage).split(QLatin1Char(','));
    for (const QString& language : wanted) {
        const QString primary = primaryLanguage(language.section(QLatin1Char(';'), 0, 0));
        for (const HtmlPage::Alternate& a : alternates) {
            if (primaryLanguage(a.hreflang) == primary) {
                return a.url;
            }
        }
    }
    return alternates.first().url;
}

PageRedirect::Hop PageRedirect::find(const HtmlPage& page)
{
    const QUrl here(page.url);
    const QString self = withoutFragment(here);
    // An address elsewhere than this page, absolute; empty for this page itself.
    auto elsewhere = [&](const QString& written) {
        if (written.isEmpty()) {
            return QString();
        }
        const QUrl target = here.resolved(QUrl(written));
        const QString s = target.isValid() ? withoutFragment(target) : QString();
        return s == self ? QString() : s;
    };
    Hop hop;
    int seconds = 0;
    QString written;
    if (!page.refresh.isEmpty() && parseRefresh(page.refresh, &seconds, &written)) {
        if (const QString url = elsewhere(written); !url.isEmpty()) {
            if (seconds <= MaxRefreshSeconds) {
                return {Kind::Refresh, url, {}};
            }
            hop.note = QStringLiteral("%1 (meta refresh on %2): only after %3 s, longer than a visitor waits (%4 s), "
                                      "so not followed")
                           .arg(url, page.url)
                           .arg(seconds)
                           .arg(MaxRefreshSeconds);
        }
    }
    if (!isThin(page)) {
        return hop;
    }
    for (const QString& code : page.scriptTexts) {
        if (const QString url = elsewhere(scriptTarget(code)); !url.isEmpty()) {
            return {Kind::Script, url, {}};
        }
    }
    if (const QString url = elsewhere(page.canonical); !url.isEmpty()) {
        return {Kind::Canonical, url, {}};
    }
    QList<HtmlPage::Alternate> others;
    for (const HtmlPage::Alternate& a : page.alternates) {
        // A chooser often names itself as x-default: not a way on.
        if (const QString url = elsewhere(a.url); !url.isEmpty()) {
            others.append({a.hreflang, url});
        }
    }
    if (const QString url = chooseAlternate(others); !url.isEmpty()) {
        return {Kind::Alternate, url, {}};
    }
    return hop;
}

} // namespace sc::agents::research

#include "SiteResearch.h"

#include "PageRedirect.h"
#include "models/import/Normalize.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUrl>

namespace sc::agents::research {

namespace {

QString pathAndQuery(const QUrl& url)
{
    QString p = url.path(QUrl::FullyEncoded);
    if (p.isEmpty()) {
        p = QStringLiteral("/");
    }
    if (url.hasQuery()) {
        p += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    }
    return p;
}

} // namespace

SiteResearch::SiteResearch(Settings settings)
    : m_settings(std::move(settings))
    , m_fetcher(m_settings.http)
{
}

QStringList SiteResearch::candidatePages(const HtmlPage& home, int max)
{
    static const QRegularExpression path(
        QStringLiteral(
            R"((^|[/_.\-])(about|about-us|company|team|our-team|people|leadership|contact|contact-us|legal|legal-notice|imprint|a-propos|qui-sommes-nous|equipe|notre-equipe|nous-contacter|mentions-legales)([/_.\-]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression words(
        QStringLiteral(
            R"(\b(about|company|team|people|leadership|contact|legal|imprint|a propos|qui sommes|equipe|nous contacter|mentions legales)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QUrl base(home.url);
    QStringList pages;
    for (const HtmlPage::Link& link : home.links) {
        QUrl url(link.url);
        if (url.scheme() != base.scheme() || url.host().compare(base.host(), Qt::CaseInsensitive) != 0
            || url.port() != base.port()) {
            continue;
        }
        url.setFragment(QString());
        const QString address = url.toString();
        if (pathAndQuery(url) == pathAndQuery(base) || pages.contains(address)) {
            continue;
        }
        if (path.match(url.path()).hasMatch() || words.match(models::Normalize::fold(link.text)).hasMatch()) {
            pages.append(address);
            if (pages.size() >= max) {
                break;
            }
        }
    }
    return pages;
}

void SiteResearch::waitTurn()
{
    // One request at a time per host, spaced: a deliberate politeness delay, not a wait for an event.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 due = m_lastRequest + m_delayMs;
    if (m_lastRequest > 0 && due > now) {
        QThread::msleep(static_cast<unsigned long>(due - now));
    }
    m_lastRequest = QDateTime::currentMSecsSinceEpoch();
}

QString SiteResearch::origin(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host().toLower()).arg(url.port(defaultPort));
}

const Robots* SiteResearch::robotsFor(const QUrl& url, QString* why, bool* unreachable)
{
    const QString key = origin(url);
    if (const auto it = m_robots.constFind(key); it != m_robots.constEnd()) {
        return &*it;
    }
    // absent (4xx) allows everything; unreachable or failing (5xx) allows nothing (RFC 9309).
    QUrl robotsUrl = url;
    robotsUrl.setPath(QStringLiteral("/robots.txt"));
    robotsUrl.setQuery(QString());
    robotsUrl.setFragment(QString());
    waitTurn();
    const HttpFetcher::Response answer = m_fetcher.get(robotsUrl.toString());
    if (unreachable != nullptr) {
        *unreachable = !answer.ok;
    }
    if (!answer.ok) {
        // The site cannot be reached at all (name, connection, TLS, time): say that, not "robots.txt".
        *why = answer.error;
        return nullptr;
    }
    if (answer.status >= 500 || (answer.status != 200 && answer.status < 400)) {
        *why = QStringLiteral("robots.txt answered HTTP %1, so the site is not read now").arg(answer.status);
        return nullptr;
    }
    const Robots robots = answer.status == 200 ? Robots::parse(answer.body, QLatin1String(HttpFetcher::RobotsToken))
                                               : Robots::allowAll();
    m_delayMs = std::max(m_delayMs, robots.crawlDelayMs());
    return &*m_robots.insert(key, robots);
}

bool SiteResearch::sameSite(const QString& host) const
{
    if (host.compare(m_host, Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (host.isEmpty() || !QHostAddress(host).isNull() || !QHostAddress(m_host).isNull()) {
        return false;
    }
    return models::Normalize::companyDomain(host) == models::Normalize::companyDomain(m_host);
}

bool SiteResearch::fetchPage(const QString& start, HtmlPage* page, QString* why, int* redirectsLeft)
{
    int ownBudget = MaxRedirects;
    int* left = redirectsLeft != nullptr ? redirectsLeft : &ownBudget;
    QString url = start;
    for (;;) {
        const QUrl parsed(url);
        if (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")) {
            *why = QStringLiteral("redirected to a %1: address, which is never followed").arg(parsed.scheme());
            return false;
        }
        if (!sameSite(parsed.host())) {
            *why = QStringLiteral("redirected to another site (%1)").arg(parsed.host());
            return false;
        }
        // Another port or scheme is another origin, with a robots.txt of its own.
        QString robotsWhy;
        const Robots* robots = robotsFor(parsed, &robotsWhy);
        if (robots == nullptr) {
            *why = QStringLiteral("%1: %2").arg(origin(parsed), robotsWhy);
            return false;
        }
        if (!robots->allows(pathAndQuery(parsed))) {
            *why = QStringLiteral("robots.txt disallows it");
            return false;
        }
        waitTurn();
        const HttpFetcher::Response r = m_fetcher.get(url);
        if (!r.ok) {
            *why = r.error;
            return false;
        }
        if (r.status >= 300 && r.status < 400 && !r.location.isEmpty()) {
            if (*left <= 0) {
                *why = QStringLiteral("too many redirects");
                return false;
            }
            --*left;
            url = parsed.resolved(QUrl(r.location)).toString();
            continue;
        }
        if (r.status != 200) {
            *why = QStringLiteral("HTTP status %1").arg(r.status);
            return false;
        }
        if (!r.contentType.isEmpty() && r.contentType != "text/html" && r.contentType != "application/xhtml+xml") {
            *why = QStringLiteral("not a web page (%1)").arg(QString::fromLatin1(r.contentType));
            return false;
        }
        *page = HtmlPage::parse(r.body, url, r.charset);
        return true;
    }
}

void SiteResearch::followPageRedirects(HtmlPage* home, const QString& start, int* redirectsLeft,
                                       QStringList* passedThrough, QStringList* skipped)
{
    auto key = [](const QString& url) {
        QUrl u(url);
        u.setFragment(QString());
        return u.adjusted(QUrl::NormalizePathSegments).toString();
    };
    QSet<QString> seen {key(start), key(home->url)};
    for (;;) {
        const PageRedirect::Hop hop = PageRedirect::find(*home);
        if (hop.url.isEmpty()) {
            if (!hop.note.isEmpty()) {
                skipped->append(hop.note);
            }
            return;
        }
        const QString what = QStringLiteral("%1 (%2 on %3)").arg(hop.url, PageRedirect::describe(hop.kind), home->url);
        if (seen.contains(key(hop.url))) {
            skipped->append(QStringLiteral("%1: a redirect loop, already read").arg(what));
            return;
        }
        if (*redirectsLeft <= 0) {
            skipped->append(QStringLiteral("%1: too many redirects").arg(what));
            return;
        }
        --*redirectsLeft;
        seen.insert(key(hop.url));
        HtmlPage next;
        QString why;
        if (!fetchPage(hop.url, &next, &why, redirectsLeft)) {
            skipped->append(QStringLiteral("%1: %2").arg(what, why));
            return;
        }
        seen.insert(key(next.url));
        passedThrough->append(home->url);
        *home = std::move(next);
    }
}

SiteResearch::Result SiteResearch::run(const QString& domainOrUrl, const std::function<bool()>& canceled,
                                       const std::function<void(int, const QString&)>& progress)
{
    Result result;
    const QString input = domainOrUrl.trimmed();
    QUrl start(input.contains(QLatin1String("://")) ? input : QStringLiteral("https://%1/").arg(input));
    if (!start.isValid() || start.host().isEmpty()) {
        result.error = QStringLiteral("not a domain or web address: %1").arg(domainOrUrl);
        return result;
    }
    m_host = start.host();
    m_delayMs = m_settings.delayMs;
    result.facts.domain = m_host.startsWith(QLatin1String("www.")) ? m_host.mid(4) : m_host;

    m_robots.clear();
    QString why;
    bool unreachable = false;
    const Robots* robots = robotsFor(start, &why, &unreachable);
    if (robots == nullptr && unreachable && !input.contains(QLatin1String("://"))) {
        // A bare domain: HTTPS first, plain HTTP when the site has no HTTPS at all.
        start.setScheme(QStringLiteral("http"));
        robots = robotsFor(start, &why, &unreachable);
    }
    if (robots == nullptr) {
        result.error = QStringLiteral("%1: %2").arg(m_host, why);
        return result;
    }

    QList<HtmlPage> pages;
    HtmlPage home;
    int redirectsLeft = MaxRedirects;
    if (!fetchPage(start.toString(), &home, &why, &redirectsLeft)) {
        result.error = QStringLiteral("%1: %2").arg(start.toString(), why);
        return result;
    }
    // A home page that only sends the visitor on: what it sends them to is the home page. The pages
    // passed through were read, so they are sources, but no fact comes from them.
    QStringList passedThrough;
    followPageRedirects(&home, start.toString(), &redirectsLeft, &passedThrough, &result.skipped);
    pages.append(home);
    QStringList candidates = candidatePages(home, m_settings.maxPages + int(passedThrough.size()));
    candidates.removeIf([&](const QString& url) { return passedThrough.contains(url); });
    candidates = candidates.mid(0, m_settings.maxPages);
    const int total = int(candidates.size()) + 1;
    if (progress) {
        progress(100 / total, home.url);
    }
    int done = 1;
    for (const QString& url : candidates) {
        if (canceled && canceled()) {
            break;
        }
        if (progress) {
            progress(std::min(95, 100 * done++ / total), url);
        }
        HtmlPage page;
        if (fetchPage(url, &page, &why)) {
            pages.append(page);
        } else {
            result.skipped.append(QStringLiteral("%1: %2").arg(url, why));
        }
    }
    const QString domain = result.facts.domain;
    result.facts = CompanyExtractor::extract(domain, pages);
    result.facts.sources.append(passedThrough);
    result.ok = true;
    return result;
}

} // namespace sc::agents::research

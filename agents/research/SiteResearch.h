#pragma once

#include "CompanyFacts.h"
#include "HttpFetcher.h"
#include "Robots.h"
#include "models/settings/SettingKeys.h"

#include <QHash>
#include <functional>

namespace sc::agents::research {

// Researches one company from its own website, politely: robots.txt first (for our User-Agent, else
// "*"; unreachable means "nothing allowed"), then the homepage — followed on, like a browser, when it
// only sends the visitor elsewhere on the site (PageRedirect) —, then up to maxPages of the about /
// team / contact / legal pages it links to on the same host, in English or French naming. One
// request at a time to the host, at least delayMs apart (or the site's Crawl-delay). A page that
// is slow, cut, too big or broken costs only itself.
class SiteResearch
{
public:
    // HTTP redirects and page redirects (PageRedirect) on the way to one page, together.
    static constexpr int MaxRedirects = 5;
    struct Settings
    {
        HttpFetcher::Settings http;
        int delayMs = models::SettingKeys::defaultInt(models::Setting::ResearchDelayMs);
        int maxPages = 6;
    };
    struct Result
    {
        bool ok = false;
        QString error;
        CompanyFacts facts;
        QStringList skipped; // "URL: why" (robots.txt, timeout, status 500...)
    };

    explicit SiteResearch(Settings settings);
    // domainOrUrl: "heron-works.example" (https) or a full URL.
    // progress(percent, page) after each page read.
    Result run(const QString& domainOrUrl, const std::function<bool()>& canceled = {},
               const std::function<void(int, const QString&)>& progress = {});

    // Links from the homepage worth reading: same host, about/team/contact/legal in the path or text.
    static QStringList candidatePages(const HtmlPage& home, int max);

private:
    // Follows redirects by hand (same site only; each hop checked against its origin's robots.txt),
    // at most *redirectsLeft of them (MaxRedirects when null), counted down.
    bool fetchPage(const QString& url, HtmlPage* page, QString* why, int* redirectsLeft = nullptr);
    // While *home only sends the visitor on, reads where it sends them instead: the pages left behind
    // go to passedThrough, a hop not taken (and why) to skipped.
    void followPageRedirects(HtmlPage* home, const QString& start, int* redirectsLeft, QStringList* passedThrough,
                             QStringList* skipped);
    // The same company's site: the same host, or the same registrable domain (www., fr., another port
    // or scheme); an IP address only itself.
    bool sameSite(const QString& host) const;
    // The robots.txt of url's origin (scheme, host and port), read before its first page; nullptr and
    // why when it cannot be had or says "not now".
    const Robots* robotsFor(const QUrl& url, QString* why, bool* unreachable = nullptr);
    void waitTurn();
    static QString origin(const QUrl& url);

    Settings m_settings;
    HttpFetcher m_fetcher;
    QHash<QString, Robots> m_robots; // by origin
    QString m_host; // where research started
    qint64 m_lastRequest = 0;
    int m_delayMs = 0;
};

} // namespace sc::agents::research

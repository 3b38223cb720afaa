#pragma once

#include "HtmlPage.h"

#include <QString>

namespace sc::agents::research {

// Where a page that only sends its visitor on sends them, read the way a browser would but without
// running anything: a <meta http-equiv="refresh"> of at most MaxRefreshSeconds, and, on a page with
// next to no content of its own, a script redirect of an inline script (location.href = "…",
// location.replace("…"), window.location = "…", with a literal address), its <link rel="canonical">,
// or one of its hreflang alternates (x-default, else the first in a language we ask for, else the
// first). A script on a page with content is far more often a click handler than a redirect, so it is
// never followed there. Pure logic: SiteResearch fetches the hop like any other page (robots.txt,
// same site, the address policy, the redirect limit).
class PageRedirect
{
public:
    enum class Kind { None, Refresh, Script, Canonical, Alternate };
    struct Hop
    {
        Kind kind = Kind::None;
        QString url; // absolute, without fragment; empty when the page sends nobody anywhere
        QString note; // a redirect seen but not followed, for the rep ("URL (meta refresh on …): why")
    };
    static constexpr int MaxRefreshSeconds = 10;
    // Below this many words of visible text a page has no content of its own.
    static constexpr int ThinWords = 50;

    static Hop find(const HtmlPage& page);
    // "meta refresh", "script redirect", "canonical link", "hreflang alternate".
    static QString describe(Kind kind);

    // Helpers, public for their tests.
    // A refresh declaration ("5; url='/en/'"): its delay and address as written (empty: the page
    // itself); false when the content is not one.
    static bool parseRefresh(const QString& content, int* seconds, QString* url);
    // The literal address of the first script redirect in code, comments skipped; empty when none.
    static QString scriptTarget(const QString& code);
    static bool isThin(const HtmlPage& page);
    // The one followed: x-default, else the first in a language of HttpFetcher::AcceptLanguage (in
    // its order), else the first; empty when none.
    static QString chooseAlternate(const QList<HtmlPage::Alternate>& alternates);
};

} // namespace sc::agents::research

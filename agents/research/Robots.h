#pragma once

#include <QList>
#include <QString>

namespace sc::agents::research {

// robots.txt (RFC 9309): the group for our product token, else "*"; the longest matching Allow or
// Disallow rule wins (Allow on a tie); "*" and "$" in patterns; Crawl-delay when stated.
class Robots
{
public:
    // Everything allowed (no robots.txt: 4xx), or nothing (unreachable: 5xx or network trouble).
    static Robots allowAll();
    static Robots disallowAll();
    static Robots parse(const QByteArray& text, const QString& productToken);

    bool allows(const QString& pathAndQuery) const;
    int crawlDelayMs() const { return m_crawlDelayMs; }

private:
    struct Rule
    {
        bool allow = false;
        QString pattern;
    };
    static bool matches(const QString& pattern, const QString& path);
    QList<Rule> m_rules;
    int m_crawlDelayMs = 0;
};

} // namespace sc::agents::research

#include "Robots.h"

#include <QStringList>
#include <QUrl>

namespace sc::agents::research {

Robots Robots::allowAll()
{
    return {};
}

Robots Robots::disallowAll()
{
    Robots r;
    r.m_rules.append({false, QStringLiteral("/")});
    return r;
}

Robots Robots::parse(const QByteArray& text, const QString& productToken)
{
    // Groups: one or more User-agent lines, then their rules. Ours if a token matches, else "*".
    struct Group
    {
        QStringList agents;
        QList<Rule> rules;
        int delayMs = 0;
    };
    QList<Group> groups;
    bool inAgents = false;
    const QList<QByteArray> lines = text.left(500 * 1024).split('\n'); // RFC 9309: at least 500 KiB
    for (QByteArray raw : lines) {
        if (const qsizetype hash = raw.indexOf('#'); hash >= 0) {
            raw.truncate(hash);
        }
        const qsizetype colon = raw.indexOf(':');
        if (colon < 0) {
            continue;
        }
        const QByteArray key = raw.left(colon).trimmed().toLower();
        const QString value = QString::fromUtf8(raw.mid(colon + 1).trimmed());
        if (key == "user-agent") {
            if (!inAgents || groups.isEmpty()) {
                groups.append(Group {});
            }
            groups.last().agents.append(value.toLower());
            inAgents = true;
            continue;
        }
        if (groups.isEmpty()) {
            continue;
        }
        inAgents = false;
        if (key == "allow" || key == "disallow") {
            if (!value.isEmpty()) {
                groups.last().rules.append({key == "allow", value});
            }
        } else if (key == "crawl-delay") {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (ok && seconds > 0) {
                groups.last().delayMs = int(std::min(seconds, 60.0) * 1000);
            }
        }
    }
    const QString token = productToken.toLower();
    Robots r;
    const Group* chosen = nullptr;
    for (const Group& g : std::as_const(groups)) {
        for (const QString& agent : g.agents) {
            if (agent != QLatin1String("*") && token.startsWith(agent)) {
                chosen = &g;
            }
        }
    }
    if (chosen == nullptr) {
        for (const Group& g : std::as_const(groups)) {
            if (g.agents.contains(QStringLiteral("*"))) {
                chosen = &g;
                break;
            }
        }
    }
    if (chosen != nullptr) {
        r.m_rules = chosen->rules;
        r.m_crawlDelayMs = chosen->delayMs;
    }
    return r;
}

bool Robots::matches(const QString& pattern, const QString& path)
{
    // "*" any run of characters, "$" the end; otherwise a prefix match.
    const bool anchored = pattern.endsWith(QLatin1Char('$'));
    const QString p = anchored ? pattern.chopped(1) : pattern;
    const QStringList parts = p.split(QLatin1Char('*'));
    qsizetype at = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (i == 0) {
            if (!path.startsWith(part)) {
                return false;
            }
            at = part.size();
            continue;
        }
        const qsizetype found = path.indexOf(part, at);
        if (found < 0) {
            return false;
        }
        at = found + part.size();
    }
    if (anchored) {
        return parts.size() == 1 ? path == p : path.endsWith(parts.last()) && at <= path.size();
    }
    return true;
}

bool Robots::allows(const QString& pathAndQuery) const
{
    // Rules and paths compare percent-decoded.
    const QString path = QUrl::fromPercentEncoding(pathAndQuery.toUtf8());
    if (path == QLatin1String("/robots.txt")) {
        return true;
    }
    int best = -1;
    bool allowed = true;
    for (const Rule& rule : m_rules) {
        const QString pattern = QUrl::fromPercentEncoding(rule.pattern.toUtf8());
        if (matches(pattern, path) && (pattern.size() > best || (pattern.size() == best && rule.allow))) {
            best = int(pattern.size());
            allowed = rule.allow;
        }
    }
    return allowed;
}

} // namespace sc::agents::research

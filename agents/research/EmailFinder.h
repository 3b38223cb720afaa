#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace sc::agents::research {

// Finding a person's work address and saying how sure we are, without sending anything: no SMTP
// probing (it harms the rep's sending reputation).
class EmailFinder
{
public:
    struct Known
    {
        QString first;
        QString last;
        QString email;
    };
    struct Verdict
    {
        QString address;
        QString status; // verified, likely, unknown, invalid
        QString reason;
        bool role = false; // info@, contact@...: a shared inbox, not a person
        bool freeMail = false; // gmail.com...: not a company address
        QString pattern; // the pattern it follows, when one does
    };

    // first.last, flast, first, ... applied to a name ("Anne-Sophie Le Guen" -> "anne-sophie.leguen").
    static const QStringList& patterns();
    static QString localPart(const QString& pattern, const QString& first, const QString& last);
    // The pattern most known addresses at the domain follow, and how many do; empty when none.
    static QString learnPattern(const QList<Known>& known, int* support = nullptr);
    // Candidates for a person, the learned pattern's first.
    static QStringList candidates(const QString& first, const QString& last, const QString& domain,
                                  const QString& learned = {});
    static bool isRole(const QString& localPart);
};

// The mail servers of a domain (QDnsLookup MX, then A as RFC 5321 allows). Blocking (a local event
// loop): used in an agent's thread or the CLI. nameserver: null = the system's resolver.
class MxChecker
{
public:
    enum class Answer { Mail, NullMx, NoMail, NoDomain, Failed };
    explicit MxChecker(QHostAddress nameserver = {}, int timeoutMs = 5000);
    Answer check(const QString& domain, QStringList* hosts, QString* error) const;

private:
    QHostAddress m_nameserver;
    int m_timeoutMs;
};

// One address judged: syntax, domain, MX, role and free-mail flags, then what proves it — published
// on the company's site or written from (verified), the domain's pattern (likely), else unknown.
EmailFinder::Verdict verifyEmail(const QString& address, const QString& first, const QString& last,
                                 MxChecker::Answer mx, const QString& learnedPattern, int patternSupport,
                                 const QStringList& publishedOrSeen);

} // namespace sc::agents::research

#include "EmailFinder.h"

#include "models/import/Normalize.h"

#include <QDnsLookup>
#include <QEventLoop>
#include <QHash>
#include <QRegularExpression>
#include <QTimer>

namespace sc::agents::research {

namespace {

// Lower-case ASCII letters, keeping inner hyphens: "Anne-Sophie" -> "anne-sophie", "Le Guen" -> "leguen".
QString namePart(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isLetterOrNumber()) {
            out.append(c.toLower());
        } else if (c == QLatin1Char('-') && !out.isEmpty() && !out.endsWith(QLatin1Char('-'))) {
            out.append(c);
        }
    }
    while (out.endsWith(QLatin1Char('-'))) {
        out.chop(1);
    }
    return out;
}

} // namespace

const QStringList& EmailFinder::patterns()
{
    // Ordered by how common they are at companies.
    static const QStringList list {QStringLiteral("first.last"), QStringLiteral("flast"),  QStringLiteral("first"),
                                   QStringLiteral("firstlast"),  QStringLiteral("f.last"), QStringLiteral("first_last"),
                                   QStringLiteral("first-last"), QStringLiteral("last"),   QStringLiteral("lastf"),
                                   QStringLiteral("last.first"), QStringLiteral("firstl"), QStringLiteral("first.l")};
    return list;
}

QString EmailFinder::localPart(const QString& pattern, const QString& firstName, const QString& lastName)
{
    const QString first = namePart(firstName);
    const QString last = namePart(lastName);
    if (first.isEmpty() || (last.isEmpty() && pattern != QLatin1String("first"))) {
        return {};
    }
    const QString f = first.left(1);
    const QString l = last.left(1);
    static const QHash<QString, int> index {
        {QStringLiteral("first.last"), 0}, {QStringLiteral("flast"), 1},   {QStringLiteral("first"), 2},
        {QStringLiteral("firstlast"), 3},  {QStringLiteral("f.last"), 4},  {QStringLiteral("first_last"), 5},
        {QStringLiteral("first-last"), 6}, {QStringLiteral("last"), 7},    {QStringLiteral("lastf"), 8},
        {QStringLiteral("last.first"), 9}, {QStringLiteral("firstl"), 10}, {QStringLiteral("first.l"), 11}};
    switch (index.value(pattern, -1)) {
    case 0:
        return first + QLatin1Char('.') + last;
    case 1:
        return f + last;
    case 2:
        return first;
    case 3:
        return first + last;
    case 4:
        return f + QLatin1Char('.') + last;
    case 5:
        return first + QLatin1Char('_') + last;
    case 6:
        return first + QLatin1Char('-') + last;
    case 7:
        return last;
    case 8:
        return last + f;
    case 9:
        return last + QLatin1Char('.') + first;
    case 10:
        return first + l;
    case 11:
        return first + QLatin1Char('.') + l;
    default:
        return {};
    }
}

QString EmailFinder::learnPattern(const QList<Known>& known, int* support)
{
    QHash<QString, int> counts;
    for (const Known& k : known) {
        const QString local = k.email.section(QLatin1Char('@'), 0, 0).toLower();
        for (const QString& pattern : patterns()) {
            if (!local.isEmpty() && localPart(pattern, k.first, k.last) == local) {
                ++counts[pattern];
                break; // the most common pattern that explains it
            }
        }
    }
    QString best;
    int most = 0;
    for (const QString& pattern : patterns()) {
        if (counts.value(pattern) > most) {
            most = counts.value(pattern);
            best = pattern;
        }
    }
    if (support != nullptr) {
        *support = most;
    }
    return best;
}

QStringList EmailFinder::candidates(const QString& first, const QString& last, const QString& domain,
                                    const QString& learned)
{
    QStringList order = patterns();
    if (!learned.isEmpty() && order.contains(learned)) {
        order.removeAll(learned);
        order.prepend(learned);
    }
    QStringList out;
    for (const QString& pattern : std::as_const(order)) {
        const QString local = localPart(pattern, first, last);
        const QString address = local + QLatin1Char('@') + domain.toLower();
        if (!local.isEmpty() && !out.contains(address)) {
            out.append(address);
        }
    }
    return out;
}

bool EmailFinder::isRole(const QString& localPart)
{
    return models::Normalize::isRoleMailbox(localPart);
}

MxChecker::MxChecker(QHostAddress nameserver, int timeoutMs)
    : m_nameserver(std::move(nameserver))
    , m_timeoutMs(timeoutMs)
{
}

MxChecker::Answer MxChecker::check(const QString& domain, QStringList* hosts, QString* error) const
{
    auto lookup
        = [&](QDnsLookup::Type type, QDnsLookup::Error* failure, QList<QDnsMailExchangeRecord>* mx, int* addresses) {
              QDnsLookup dns(type, domain);
              if (!m_nameserver.isNull()) {
                  dns.setNameserver(m_nameserver);
              }
              QEventLoop loop;
              QTimer timer;
              timer.setSingleShot(true);
              QObject::connect(&dns, &QDnsLookup::finished, &loop, &QEventLoop::quit);
              QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
              dns.lookup();
              timer.start(m_timeoutMs);
              if (!dns.isFinished()) {
                  loop.exec();
              }
              if (!dns.isFinished()) {
                  dns.abort();
                  *failure = QDnsLookup::ResolverError;
                  *error = QStringLiteral("no answer from the DNS in %1 ms").arg(m_timeoutMs);
                  return;
              }
              *failure = dns.error();
              if (dns.error() != QDnsLookup::NoError && dns.error() != QDnsLookup::NotFoundError) {
                  *error = dns.errorString();
              }
              if (mx != nullptr) {
                  *mx = dns.mailExchangeRecords();
              }
              if (addresses != nullptr) {
                  *addresses = int(dns.hostAddressRecords().size());
              }
          };
    hosts->clear();
    QDnsLookup::Error failure = QDnsLookup::NoError;
    QList<QDnsMailExchangeRecord> records;
    lookup(QDnsLookup::MX, &failure, &records, nullptr);
    if (failure == QDnsLookup::NotFoundError) {
        return Answer::NoDomain;
    }
    std::sort(records.begin(), records.end(),
              [](const auto& a, const auto& b) { return a.preference() < b.preference(); });
    for (const QDnsMailExchangeRecord& r : std::as_const(records)) {
        const QString exchange = r.exchange();
        if (exchange.isEmpty() || exchange == QLatin1String(".")) {
            if (records.size() == 1) {
                return Answer::NullMx; // RFC 7505: this domain accepts no mail
            }
            continue;
        }
        hosts->append(exchange);
    }
    if (!hosts->isEmpty()) {
        return Answer::Mail;
    }
    // No MX (Qt reports an empty answer like a failed one): mail goes to the domain's own address, if it
    // has one (RFC 5321 5.1).
    int addresses = 0;
    QDnsLookup::Error addressFailure = QDnsLookup::NoError;
    lookup(QDnsLookup::A, &addressFailure, nullptr, &addresses);
    if (addressFailure == QDnsLookup::NoError && addresses > 0) {
        hosts->append(domain);
        error->clear();
        return Answer::Mail;
    }
    if (addressFailure == QDnsLookup::NotFoundError) {
        return Answer::NoDomain;
    }
    if (failure == QDnsLookup::NoError && addressFailure == QDnsLookup::NoError) {
        return Answer::NoMail;
    }
    // Neither question got a usable answer: an empty domain and an unreachable DNS look the same here,
    // so nothing is concluded.
    return Answer::Failed;
}

EmailFinder::Verdict verifyEmail(const QString& rawAddress, const QString& first, const QString& last,
                                 MxChecker::Answer mx, const QString& learned, int support,
                                 const QStringList& publishedOrSeen)
{
    EmailFinder::Verdict v;
    v.address = models::Normalize::email(rawAddress);
    if (const QString problem = models::Normalize::emailProblem(v.address); !problem.isEmpty()) {
        v.status = QStringLiteral("invalid");
        v.reason = problem;
        return v;
    }
    const QString local = v.address.section(QLatin1Char('@'), 0, 0);
    const QString domain = v.address.section(QLatin1Char('@'), 1);
    v.role = EmailFinder::isRole(local);
    v.freeMail = models::Normalize::isPersonalMailDomain(domain);
    for (const QString& pattern : EmailFinder::patterns()) {
        if (EmailFinder::localPart(pattern, first, last) == local) {
            v.pattern = pattern;
            break;
        }
    }
    QStringList notes;
    if (v.role) {
        notes.append(QStringLiteral("a shared role address, not a person"));
    }
    if (v.freeMail) {
        notes.append(QStringLiteral("a free-mail address, not the company's"));
    }
    auto finish = [&](const char* status, const QString& reason) {
        v.status = QLatin1String(status);
        v.reason = notes.isEmpty() ? reason : reason + QStringLiteral("; ") + notes.join(QStringLiteral("; "));
        return v;
    };
    switch (mx) {
    case MxChecker::Answer::NoDomain:
        return finish("invalid", QStringLiteral("the domain %1 does not exist").arg(domain));
    case MxChecker::Answer::NullMx:
        return finish("invalid", QStringLiteral("%1 says it accepts no mail (null MX)").arg(domain));
    case MxChecker::Answer::NoMail:
        return finish("invalid", QStringLiteral("%1 has no mail server (no MX or address record)").arg(domain));
    case MxChecker::Answer::Failed:
        return finish(
            "unknown",
            QStringLiteral("could not confirm that %1 receives mail (the DNS gave no usable answer)").arg(domain));
    case MxChecker::Answer::Mail:
        break;
    }
    if (publishedOrSeen.contains(v.address, Qt::CaseInsensitive)) {
        return finish("verified", QStringLiteral("published by the company or already used in a conversation"));
    }
    if (!learned.isEmpty() && v.pattern == learned && !v.freeMail) {
        return finish("likely",
                      QStringLiteral("follows %1, the pattern of %2 known address(es) at %3")
                          .arg(learned)
                          .arg(support)
                          .arg(domain));
    }
    return finish("unknown",
                  QStringLiteral("%1 receives mail; the mailbox itself cannot be confirmed without "
                                 "sending")
                      .arg(domain));
}

} // namespace sc::agents::research

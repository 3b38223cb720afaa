#include "Normalize.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <libpsl.h>

namespace sc::models::Normalize {

namespace {
const psl_ctx_t* publicSuffixes()
{
    // The system's list (kept current by the publicsuffix package), else the one built into libpsl.
    static const psl_ctx_t* ctx = [] {
        const psl_ctx_t* latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return ctx;
}
} // namespace

QString email(const QString& email)
{
    return email.trimmed().toLower();
}

QString emailProblem(const QString& e)
{
    if (e.isEmpty()) {
        return QStringLiteral("no email address");
    }
    static const QRegularExpression shape(
        QStringLiteral("^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
    if (e.size() > 254 || !shape.match(e).hasMatch()) {
        return QStringLiteral("invalid email address \"%1\"").arg(e.left(80));
    }
    const QString local = e.section(QLatin1Char('@'), 0, 0);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String(".."))) {
        return QStringLiteral("invalid email address \"%1\"").arg(e.left(80));
    }
    return {};
}

QString host(const QString& urlOrDomain)
{
    QString text = urlOrDomain.trimmed().toLower();
    if (text.isEmpty()) {
        return {};
    }
    if (!text.contains(QLatin1String("://"))) {
        text.prepend(QStringLiteral("http://"));
    }
    QString h = QUrl(text, QUrl::TolerantMode).host();
    if (h.startsWith(QLatin1String("www."))) {
        h = h.mid(4);
    }
    return h;
}

QString companyDomain(const QString& urlOrDomain)
{
    const QString h = host(urlOrDomain);
    if (h.isEmpty()) {
        return {};
    }
    const QByteArray utf8 = h.toUtf8();
    const char* registrable = psl_registrable_domain(publicSuffixes(), utf8.constData());
    return registrable ? QString::fromUtf8(registrable) : h;
}

bool isTopLevelDomain(const QString& label)
{
    static const QSet<QString> reserved {QStringLiteral("example"), QStringLiteral("test"), QStringLiteral("invalid"),
                                         QStringLiteral("localhost")};
    const QString lower = label.toLower();
    if (lower.isEmpty() || lower.contains(QLatin1Char('.'))) {
        return false;
    }
    // Without the "*" rule, which would make any label a public suffix.
    return reserved.contains(lower)
        || psl_is_public_suffix2(publicSuffixes(), lower.toUtf8().constData(), PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE)
        != 0;
}

bool isPersonalMailDomain(const QString& domain)
{
    return personalMailDomains().contains(domain);
}

const QSet<QString>& personalMailDomains()
{
    static const QSet<QString> personal {
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("yahoo.fr"),       QStringLiteral("hotmail.com"),    QStringLiteral("hotmail.fr"),
        QStringLiteral("outlook.com"),    QStringLiteral("outlook.fr"),     QStringLiteral("live.com"),
        QStringLiteral("live.fr"),        QStringLiteral("msn.com"),        QStringLiteral("icloud.com"),
        QStringLiteral("me.com"),         QStringLiteral("aol.com"),        QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("gmx.com"),        QStringLiteral("gmx.fr"),
        QStringLiteral("orange.fr"),      QStringLiteral("wanadoo.fr"),     QStringLiteral("free.fr"),
        QStringLiteral("sfr.fr"),         QStringLiteral("laposte.net"),    QStringLiteral("bbox.fr")};
    return personal;
}

QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out.append(c.toLower());
        }
    }
    return out.simplified();
}

const QStringList& roleMailboxes()
{
    static const QStringList roles {
        QStringLiteral("info"),      QStringLiteral("contact"),    QStringLiteral("hello"),
        QStringLiteral("bonjour"),   QStringLiteral("sales"),      QStringLiteral("support"),
        QStringLiteral("admin"),     QStringLiteral("office"),     QStringLiteral("team"),
        QStringLiteral("jobs"),      QStringLiteral("careers"),    QStringLiteral("recrutement"),
        QStringLiteral("marketing"), QStringLiteral("press"),      QStringLiteral("presse"),
        QStringLiteral("accueil"),   QStringLiteral("commercial"), QStringLiteral("billing"),
        QStringLiteral("compta"),    QStringLiteral("noreply"),    QStringLiteral("no-reply"),
        QStringLiteral("webmaster"), QStringLiteral("postmaster"), QStringLiteral("abuse"),
        QStringLiteral("hr"),        QStringLiteral("rh"),         QStringLiteral("service"),
        QStringLiteral("enquiries")};
    return roles;
}

bool isRoleMailbox(const QString& localPart)
{
    return roleMailboxes().contains(localPart.toLower());
}

QString asciiKey(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue; // the accent of an "é" decomposed as "e" + U+0301
        }
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            key.append(c);
        } else if (!key.isEmpty() && !key.endsWith(QLatin1Char('_'))) {
            key.append(QLatin1Char('_'));
        }
    }
    while (key.endsWith(QLatin1Char('_'))) {
        key.chop(1);
    }
    return key;
}

} // namespace sc::models::Normalize

#include "ImapClient.h"

#include "CurlMail.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <curl/curl.h>

namespace sc::agents::inbox {

namespace {

CURL* handle(void* curl)
{
    return static_cast<CURL*>(curl);
}

using namespace curlmail;

// IMAP mailbox names in URLs: percent-encoded, the hierarchy separator kept.
QString encodeMailbox(const QString& mailbox)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(mailbox, "/."));
}

// Quoted for a command argument (RFC 3501 quoted string).
QString quoted(const QString& mailbox)
{
    QString q = mailbox;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

ImapClient::ImapClient(Settings settings)
    : m_settings(std::move(settings))
{
    globalInit();
    m_curl = curl_easy_init();
}

ImapClient::~ImapClient()
{
    curl_easy_cleanup(handle(m_curl));
}

QString ImapClient::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::Dns:
        return QStringLiteral("dns");
    case Failure::Refused:
        return QStringLiteral("refused");
    case Failure::Tls:
        return QStringLiteral("tls");
    case Failure::Authentication:
        return QStringLiteral("authentication");
    case Failure::Timeout:
        return QStringLiteral("timeout");
    case Failure::Protocol:
        return QStringLiteral("protocol");
    case Failure::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString ImapClient::url(const QString& path) const
{
    return QStringLiteral("%1://%2:%3/%4")
        .arg(m_settings.security == Security::Implicit ? QStringLiteral("imaps") : QStringLiteral("imap"),
             m_settings.host)
        .arg(m_settings.port)
        .arg(path);
}

bool ImapClient::perform(const QString& path, const QString& customRequest, QByteArray* body, const QByteArray* upload)
{
    CURL* curl = handle(m_curl);
    curl_easy_reset(curl);
    const Login common {url(path).toUtf8(), m_settings.user.toUtf8(), m_settings.password.toUtf8(), m_settings.oauth2};
    const QByteArray request = customRequest.toUtf8();
    configure(curl, common, m_settings.timeoutMs, m_settings.security == Security::StartTls);
    if (!customRequest.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.constData());
    }
    QByteArray sink;
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, body != nullptr ? body : &sink);
    Upload source {upload, 0};
    if (upload != nullptr) {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, &provide);
        curl_easy_setopt(curl, CURLOPT_READDATA, &source);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload->size()));
    }
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    const CURLcode code = curl_easy_perform(curl);
    if (code == CURLE_OK) {
        m_failure = Failure::None;
        m_error.clear();
        return true;
    }
    m_error = describeCurlError(int(code), QString::fromUtf8(detail),
                                QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port), &m_failure);
    return false;
}

QString ImapClient::describeCurlError(int curlCode, const QString& detail, const QString& where, Failure* failure)
{
    const auto code = CURLcode(curlCode);
    const QString host = where.section(QLatin1Char(':'), 0, 0);
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        *failure = Failure::Dns;
        return QCoreApplication::translate("sc::agents::inbox::ImapClient",
                                           "The server name %1 could not be found (DNS).")
            .arg(host);
    case CURLE_COULDNT_CONNECT:
        *failure = Failure::Refused;
        return QCoreApplication::translate("sc::agents::inbox::ImapClient",
                                           "%1 refused the connection: check the server name and port.")
            .arg(where);
    case CURLE_OPERATION_TIMEDOUT:
        *failure = Failure::Timeout;
        return QCoreApplication::translate("sc::agents::inbox::ImapClient", "%1 did not answer in time.").arg(where);
    case CURLE_LOGIN_DENIED:
        *failure = Failure::Authentication;
        return QCoreApplication::translate("sc::agents::inbox::ImapClient", "%1 refused the user name or password.")
            .arg(where);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED:
        *failure = Failure::Tls;
        return QCoreApplication::translate("sc::agents::inbox::ImapClient", "The secure connection to %1 failed: %2")
            .arg(where, detail);
    case CURLE_QUOTE_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_REMOTE_ACCESS_DENIED:
        *failure = Failure::Protocol;
        return QCoreApplication::translate("sc::agents::inbox::ImapClient", "%1 refused the request: %2")
            .arg(where, detail);
    default:
        *failure = Failure::Other;
        return QCoreApplication::translate("sc::agents::inbox::ImapClient", "%1: %2")
            .arg(where, detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail);
    }
}

bool ImapClient::login()
{
    return perform({}, QStringLiteral("NOOP"), nullptr);
}

bool ImapClient::folders(QList<Folder>* out)
{
    QByteArray body;
    // SPECIAL-USE (RFC 6154) tells which folder is Sent whatever its name or language.
    if (!perform({}, QStringLiteral("LIST \"\" *"), &body)) {
        return false;
    }
    static const QRegularExpression line(QStringLiteral(R"(^\* LIST \(([^)]*)\) (?:"[^"]*"|NIL) (.+)$)"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(QString::fromUtf8(body).remove(QLatin1Char('\r')));
    out->clear();
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(2).trimmed();
        if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            name = name.mid(1, name.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\""));
        }
        QString use;
        const QStringList flags = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& flag : flags) {
            if (QStringList {QStringLiteral("\\Sent"), QStringLiteral("\\Drafts"), QStringLiteral("\\Trash"),
                             QStringLiteral("\\Junk"), QStringLiteral("\\Archive"), QStringLiteral("\\All")}
                    .contains(flag, Qt::CaseInsensitive)) {
                use = flag;
            }
        }
        out->append({name, use});
    }
    return true;
}

bool ImapClient::examine(const QString& mailbox, Status* out)
{
    QByteArray body;
    if (!perform({}, QStringLiteral("EXAMINE %1").arg(quoted(mailbox)), &body)) {
        return false;
    }
    const QString text = QString::fromUtf8(body);
    static const QRegularExpression validity(QStringLiteral(R"(\[UIDVALIDITY (\d+)\])"));
    static const QRegularExpression next(QStringLiteral(R"(\[UIDNEXT (\d+)\])"));
    static const QRegularExpression exists(QStringLiteral(R"(\* (\d+) EXISTS)"));
    *out = {};
    out->uidValidity = validity.match(text).captured(1).toLongLong();
    out->uidNext = next.match(text).captured(1).toLongLong();
    out->exists = exists.match(text).captured(1).toLongLong();
    if (out->uidValidity == 0) {
        m_failure = Failure::Protocol;
        m_error = QStringLiteral("The server gave no UIDVALIDITY for %1.").arg(mailbox);
        return false;
    }
    return true;
}

bool ImapClient::searchUids(const QString& mailbox, qint64 afterUid, QList<qint64>* out, qint64 upToUid)
{
    QByteArray body;
    const QString range = upToUid > afterUid ? QStringLiteral("%1:%2").arg(afterUid + 1).arg(upToUid)
                                             : QStringLiteral("%1:*").arg(afterUid + 1);
    if (!perform(encodeMailbox(mailbox), QStringLiteral("UID SEARCH UID ") + range, &body)) {
        return false;
    }
    out->clear();
    const QStringList lines = QString::fromUtf8(body).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1String("* SEARCH"))) {
            continue;
        }
        const QStringList uids = line.mid(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& uid : uids) {
            // "n:*" always matches the highest UID, even when it is below n: keep only what is new.
            if (const qint64 value = uid.trimmed().toLongLong();
                value > afterUid && (upToUid <= afterUid || value <= upToUid)) {
                out->append(value);
            }
        }
    }
    std::sort(out->begin(), out->end());
    return true;
}

namespace {

QList<qint64> searchResult(const QByteArray& body)
{
    QList<qint64> uids;
    const QStringList lines = QString::fromUtf8(body).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1String("* SEARCH"))) {
            continue;
        }
        const QStringList values = line.mid(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& value : values) {
            if (const qint64 uid = value.trimmed().toLongLong(); uid > 0) {
                uids.append(uid);
            }
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

} // namespace

QString ImapClient::sentFolder(const QList<Folder>& folders)
{
    for (const Folder& folder : folders) {
        if (folder.specialUse.compare(QLatin1String("\\Sent"), Qt::CaseInsensitive) == 0) {
            return folder.name;
        }
    }
    static const QStringList usual {QStringLiteral("Sent"), QStringLiteral("Sent Items"),
                                    QStringLiteral("Sent Messages"), QStringLiteral("INBOX.Sent")};
    for (const Folder& folder : folders) {
        if (usual.contains(folder.name, Qt::CaseInsensitive)) {
            return folder.name;
        }
    }
    return {};
}

bool ImapClient::searchMessageId(const QString& mailbox, const QString& messageId, QList<qint64>* out)
{
    out->clear();
    QString id = messageId;
    id.remove(QLatin1Char('"')).remove(QLatin1Char('\\')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    QByteArray body;
    if (!perform(encodeMailbox(mailbox), QStringLiteral("UID SEARCH HEADER Message-ID \"<%1>\"").arg(id), &body)) {
        return false;
    }
    *out = searchResult(body);
    return true;
}

bool ImapClient::seenUids(const QString& mailbox, qint64 fromUid, qint64 toUid, QList<qint64>* out)
{
    out->clear();
    QByteArray body;
    if (!perform(encodeMailbox(mailbox), QStringLiteral("UID SEARCH UID %1:%2 SEEN").arg(fromUid).arg(toUid), &body)) {
        return false;
    }
    *out = searchResult(body);
    return true;
}

bool ImapClient::setSeen(const QString& mailbox, const QList<qint64>& uids, bool seen)
{
    // A few hundred UIDs per command keep the request line short.
    for (qsizetype i = 0; i < uids.size(); i += 300) {
        QStringList set;
        for (qsizetype j = i; j < std::min(uids.size(), i + 300); ++j) {
            set.append(QString::number(uids.at(j)));
        }
        QByteArray body;
        if (!perform(encodeMailbox(mailbox),
                     QStringLiteral("UID STORE %1 %2FLAGS.SILENT (\\Seen)")
                         .arg(set.join(QLatin1Char(',')), seen ? QStringLiteral("+") : QStringLiteral("-")),
                     &body)) {
            return false;
        }
    }
    return true;
}

bool ImapClient::fetch(const QString& mailbox, qint64 uid, QByteArray* message)
{
    message->clear();
    return perform(QStringLiteral("%1;UID=%2").arg(encodeMailbox(mailbox)).arg(uid), {}, message);
}

bool ImapClient::append(const QString& mailbox, const QByteArray& message)
{
    return perform(encodeMailbox(mailbox), {}, nullptr, &message);
}

} // namespace sc::agents::inbox

#include "SmtpClient.h"

#include "CurlMail.h"

#include <QCoreApplication>

namespace sc::agents::inbox {

using namespace curlmail;

namespace {

void startTransmitting(void* context)
{
    const auto* callback = static_cast<const std::function<void()>*>(context);
    if (*callback) {
        (*callback)();
    }
}

} // namespace

SmtpClient::SmtpClient(Settings settings)
    : m_settings(std::move(settings))
{
    globalInit();
}

QString SmtpClient::url() const
{
    return QStringLiteral("%1://%2:%3")
        .arg(m_settings.security == ImapClient::Security::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"),
             m_settings.host)
        .arg(m_settings.port);
}

SmtpClient::Outcome SmtpClient::perform(const std::function<void(void*)>& setup, int* curlCode, QString* detailText)
{
    CURL* curl = curl_easy_init();
    const Login login {url().toUtf8(), m_settings.user.toUtf8(), m_settings.password.toUtf8(), m_settings.oauth2};
    configure(curl, login, m_settings.timeoutMs, m_settings.security == ImapClient::Security::StartTls);
    setup(curl);
    QByteArray sink;
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_easy_cleanup(curl);
    Outcome outcome;
    outcome.replyCode = int(reply);
    outcome.ok = code == CURLE_OK;
    *curlCode = int(code);
    *detailText = QString::fromUtf8(detail);
    return outcome;
}

SmtpClient::Outcome SmtpClient::check()
{
    int code = 0;
    QString detail;
    Outcome outcome = perform(
        [](void* curl) { curl_easy_setopt(static_cast<CURL*>(curl), CURLOPT_CUSTOMREQUEST, "NOOP"); }, &code, &detail);
    if (!outcome.ok) {
        outcome.error = ImapClient::describeCurlError(
            code, detail, QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port), &outcome.failure);
    }
    return outcome;
}

SmtpClient::Outcome SmtpClient::send(const QString& from, const QStringList& recipients, const QByteArray& mime,
                                     const std::function<void()>& transmitting)
{
    const QByteArray mailFrom = QByteArray("<") + from.toUtf8() + ">";
    curl_slist* rcpt = nullptr;
    for (const QString& to : recipients) {
        rcpt = curl_slist_append(rcpt, (QByteArray("<") + to.toUtf8() + ">").constData());
    }
    Upload source {&mime, 0, &startTransmitting, const_cast<std::function<void()>*>(&transmitting)};
    int code = 0;
    QString detail;
    Outcome outcome = perform(
        [&](void* handle) {
            CURL* curl = static_cast<CURL*>(handle);
            curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
            curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
            curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
            curl_easy_setopt(curl, CURLOPT_READFUNCTION, &provide);
            curl_easy_setopt(curl, CURLOPT_READDATA, &source);
            curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(mime.size()));
        },
        &code, &detail);
    curl_slist_free_all(rcpt);
    const long reply = outcome.replyCode;
    if (outcome.ok) {
        return outcome;
    }
    const QString where = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    if ((code == CURLE_SEND_ERROR || code == CURLE_RECV_ERROR || code == CURLE_WEIRD_SERVER_REPLY) && reply >= 400) {
        // The server answered but said no: to the sender, a recipient or the content.
        outcome.failure = Failure::Protocol;
        outcome.permanent = reply >= 500;
        outcome.error = QCoreApplication::translate("sc::agents::inbox::SmtpClient", "%1 refused the message: %2")
                            .arg(where, detail);
        return outcome;
    }
    outcome.error = ImapClient::describeCurlError(code, detail, where, &outcome.failure);
    // A wrong password is permanent too until the rep fixes it.
    outcome.permanent = outcome.failure == Failure::Authentication;
    return outcome;
}

} // namespace sc::agents::inbox

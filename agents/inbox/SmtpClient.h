#pragma once

#include "ImapClient.h"

#include <QStringList>
#include <functional>

namespace sc::agents::inbox {

// Sends one message through an SMTP server with libcurl (implicit TLS, STARTTLS, or none on
// loopback; password or XOAUTH2). Blocking: used in the Inbox agent's thread.
class SmtpClient
{
public:
    using Settings = ImapClient::Settings;
    using Failure = ImapClient::Failure;

    struct Outcome
    {
        bool ok = false;
        Failure failure = Failure::None;
        // The server's last reply code: 5xx will not get better by retrying, 4xx and network trouble may.
        int replyCode = 0;
        bool permanent = false;
        QString error;
    };

    explicit SmtpClient(Settings settings);

    // transmitting runs once the server has accepted the sender and every recipient and asks for
    // the content: from then on the message may have gone even if the answer never comes back.
    Outcome send(const QString& from, const QStringList& recipients, const QByteArray& mime,
                 const std::function<void()>& transmitting = {});

    // Logs in and says NOOP: proves the server, the encryption and the credentials, sends nothing.
    Outcome check();

private:
    QString url() const;
    // One libcurl request with the account's login; setup(CURL*) adds what the request needs.
    Outcome perform(const std::function<void(void*)>& setup, int* curlCode, QString* detail);
    Settings m_settings;
};

} // namespace sc::agents::inbox

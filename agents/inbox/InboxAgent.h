#pragma once

#include "agents/core/Agent.h"
#include "models/entities/MailAccount.h"
#include "models/repositories/OutboxRepository.h"

#include <functional>
#include <optional>

namespace sc::agents::inbox {

// Sends an account's outbox as a job (payload {"account": ID}); see OutboxSender.
// Syncs a mailbox account as a job (payload {"account": ID}) and schedules the next sync after the
// poll interval (setting "inbox.poll_minutes", 5 by default), so mail keeps arriving while the app
// runs. The work itself is InboxSync. Passwords come from a source the application provides (the
// keychain, which lives on the GUI thread): the job asks, returns to the event loop and goes on when
// the answer comes back to this thread, never blocking either thread. The agent never stores them.
class InboxAgent : public Agent
{
    Q_OBJECT
public:
    static constexpr const char* SyncKind = "inbox.sync";
    static constexpr const char* SendKind = models::OutboxRepository::SendJobKind;
    // The account's password, or nullopt with error saying why there is none.
    using PasswordAnswer = std::function<void(const std::optional<QString>& password, const QString& error)>;
    // Asks for the account's password. answer runs on context's thread (the agent's), at once or later,
    // and never once context is gone.
    using PasswordSource
        = std::function<void(const models::MailAccount& account, QObject* context, PasswordAnswer answer)>;

    explicit InboxAgent(PasswordSource passwords);
    QString displayName() const override;
    QString describeKind(const QString& kind) const override;

    // The job that syncs an account now (deduplicated: one queued sync per account).
    static models::NewJob syncJob(qint64 accountId, qint64 runAt = 0);
    // The job that sends an account's outbox (OutboxSender) and schedules itself again while
    // messages wait (spacing, daily cap, retries); one queued per account.
    static models::NewJob sendJob(qint64 accountId, qint64 runAt = 0);

protected:
    void execute(JobRun* run) override;

private:
    void withPassword(JobRun* run, const models::MailAccount& account, const std::optional<QString>& password,
                      const QString& why);
    void sync(JobRun* run, const models::MailAccount& account, const QString& secret);
    void send(JobRun* run, const models::MailAccount& account, const QString& secret);
    PasswordSource m_passwords;
};

} // namespace sc::agents::inbox

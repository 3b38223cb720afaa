#include "InboxAgent.h"

#include "InboxSync.h"
#include "OutboxSender.h"
#include "agents/conversation/ConversationAgent.h"
#include "agents/core/JobRun.h"
#include "models/Clock.h"
#include "models/repositories/ConversationRepository.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/repositories/PredictionRepository.h"
#include "models/settings/WorkspaceSettings.h"

#include <QJsonArray>

namespace sc::agents::inbox {

InboxAgent::InboxAgent(PasswordSource passwords)
    : Agent(QStringLiteral("inbox"), {QString::fromLatin1(SyncKind), QString::fromLatin1(SendKind)})
    , m_passwords(std::move(passwords))
{
}

QString InboxAgent::displayName() const
{
    return tr("Inbox");
}

QString InboxAgent::describeKind(const QString& kind) const
{
    if (kind == QLatin1String(SendKind)) {
        return tr("Send mail");
    }
    return kind == QLatin1String(SyncKind) ? tr("Fetch new mail") : kind;
}

models::NewJob InboxAgent::syncJob(qint64 accountId, qint64 runAt)
{
    models::NewJob job;
    job.kind = QString::fromLatin1(SyncKind);
    job.payload = {{QStringLiteral("account"), accountId}};
    job.runAt = runAt;
    job.maxAttempts = 3;
    job.dedupeKey = QStringLiteral("inbox.sync:%1").arg(accountId);
    return job;
}

models::NewJob InboxAgent::sendJob(qint64 accountId, qint64 runAt)
{
    return models::OutboxRepository::sendJob(accountId, runAt);
}

void InboxAgent::execute(JobRun* run)
{
    const QSqlDatabase db = workspace().connection();
    const qint64 id = run->payload().value(QStringLiteral("account")).toInteger();
    const QList<models::MailAccount> accounts = models::MailAccountRepository(db).list();
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(), [id](const auto& a) { return a.id == id; });
    if (it == accounts.cend()) {
        run->fail(tr("This mailbox was removed."), JobRun::Retry::No);
        return;
    }
    if (!m_passwords) {
        withPassword(run, *it, std::nullopt, QString());
        return;
    }
    // While the keychain answers, a cancel or the app stopping ends the run at once: the GUI thread the
    // answer needs may be the one waiting for this agent to stop.
    connect(run, &JobRun::cancelRequested, run, [run] { run->stopAsRequested(); });
    m_passwords(*it, run, [this, run, account = *it](const std::optional<QString>& password, const QString& why) {
        if (run->isFinished()) {
            return;
        }
        try {
            withPassword(run, account, password, why);
        } catch (...) {
            // As in execute(): a full disk fails the job for good, another store failure is retried.
            failOnCurrentException(run);
        }
    });
}

void InboxAgent::withPassword(JobRun* run, const models::MailAccount& account, const std::optional<QString>& password,
                              const QString& why)
{
    if (!password) {
        run->fail(tr("No password for %1: %2").arg(account.displayName, why), JobRun::Retry::No);
        return;
    }
    if (run->kind() == QLatin1String(SendKind)) {
        send(run, account, *password);
    } else {
        sync(run, account, *password);
    }
}

void InboxAgent::send(JobRun* run, const models::MailAccount& account, const QString& secret)
{
    const QSqlDatabase db = workspace().connection();
    run->reportProgress(5, tr("Connecting to %1").arg(account.smtpHost));
    OutboxSender sender(db, account, secret);
    const OutboxSender::Result result = sender.run([run] { return run->isCancelRequested(); });
    if (run->isCancelRequested()) {
        run->stopAsRequested();
        return;
    }
    const QJsonObject summary {
        {QStringLiteral("account"), account.displayName},  {QStringLiteral("sent"), result.sent},
        {QStringLiteral("failed"), result.failed},         {QStringLiteral("blocked"), result.blocked},
        {QStringLiteral("reconciled"), result.reconciled}, {QStringLiteral("uncertain"), result.uncertain},
        {QStringLiteral("capReached"), result.capReached}, {QStringLiteral("nextAttemptAt"), result.nextAttemptAt},
        {QStringLiteral("paused"), result.pausedReason}};
    if (result.ok) {
        run->succeed(summary);
    } else {
        // Messages stay queued with their own retry time; the job itself does not retry.
        run->fail(result.error, JobRun::Retry::No);
    }
    // After the outcome is recorded: while this job runs, it is the one pending job of its key.
    if (result.nextAttemptAt > 0) {
        models::JobRepository(db).enqueue(sendJob(account.id, result.nextAttemptAt), Clock::instance().nowMs());
    }
}

void InboxAgent::sync(JobRun* run, const models::MailAccount& account, const QString& secret)
{
    const QSqlDatabase db = workspace().connection();
    const qint64 id = account.id;
    const models::MailAccount* it = &account;
    run->reportProgress(5, tr("Connecting to %1").arg(it->imapHost));
    const qint64 startedAt = Clock::instance().nowMs();
    InboxSync sync(db, *it, secret);
    const InboxSync::Result result = sync.run([run] { return run->isCancelRequested(); });
    if (run->isCancelRequested()) {
        run->stopAsRequested();
        return;
    }
    if (!result.ok) {
        // A wrong password will not get better by retrying; a network problem may.
        run->fail(result.error,
                  result.failure == ImapClient::Failure::Authentication ? JobRun::Retry::No : JobRun::Retry::Yes);
        return;
    }
    QJsonArray folders;
    int fetched = 0;
    for (const auto& folder : result.folders) {
        folders.append(QJsonObject {{QStringLiteral("name"), folder.name},
                                    {QStringLiteral("fetched"), folder.fetched},
                                    {QStringLiteral("total"), folder.total}});
        fetched += folder.fetched;
    }
    // A prospect who is interested, asks something or proposes a time gets a reply drafted for the rep
    // to approve (never sent on its own): one job per reply stored by this sync, queued before this
    // job ends so that a headless `jobs run` still sees work to do.
    if (models::WorkspaceSettings(db).flag(models::Setting::ConversationSuggestReplies)) {
        static const QStringList suggest {QStringLiteral("interested"), QStringLiteral("question"),
                                          QStringLiteral("meeting_time")};
        for (const auto& [prospect, message] :
             models::ConversationRepository(db).repliesAwaitingDraft(suggest, startedAt)) {
            models::JobRepository(db).enqueue(conversation::ConversationAgent::replyJob(prospect, message),
                                              Clock::instance().nowMs());
        }
    }
    // Replies and bounces are the predictive score's outcomes: it retrains (one job queued at a time).
    if (models::PredictionRepository(db).inboundSince(startedAt) > 0) {
        models::JobRepository(db).enqueue(models::PredictionRepository::trainJob(), Clock::instance().nowMs());
    }
    // The next sync, after the poll interval.
    const int minutes = models::WorkspaceSettings(db).integer(models::Setting::InboxPollMinutes);
    run->succeed({{QStringLiteral("account"), it->displayName},
                  {QStringLiteral("fetched"), fetched},
                  {QStringLiteral("folders"), folders},
                  {QStringLiteral("nextSyncMinutes"), minutes}});
    const qint64 now = Clock::instance().nowMs();
    models::JobRepository jobs(db);
    jobs.enqueue(syncJob(id, now + qint64(minutes) * 60'000), now);
    // Mail waiting to go, or left in flight by a crash: the outbox runs after each sync.
    const models::OutboxRepository outbox(db);
    if (const qint64 due = outbox.nextDueAt(id);
        due > 0 || !outbox.inFlight(id).isEmpty() || !outbox.unfiled(id).isEmpty()) {
        jobs.enqueue(sendJob(id, std::max(now, due)), now);
    }
}

} // namespace sc::agents::inbox

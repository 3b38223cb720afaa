#include "InboxAgent.h"

#include "InboxSync.h"
#include "agents/core/JobRun.h"
#include "models/Clock.h"
#include "models/repositories/JobRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/SettingsRepository.h"

#include <QJsonArray>

namespace sc::agents::inbox {

InboxAgent::InboxAgent(PasswordSource passwords)
    : Agent(QStringLiteral("inbox"), {QString::fromLatin1(SyncKind)})
    , m_passwords(std::move(passwords))
{
}

QString InboxAgent::displayName() const
{
    return tr("Inbox");
}

QString InboxAgent::describeKind(const QString& kind) const
{
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
    QString why;
    const std::optional<QString> password = m_passwords ? m_passwords(*it, &why) : std::nullopt;
    if (!password) {
        run->fail(tr("No password for %1: %2").arg(it->displayName, why), JobRun::Retry::No);
        return;
    }
    run->reportProgress(5, tr("Connecting to %1").arg(it->imapHost));
    InboxSync sync(db, *it, *password);
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
    // The next sync, after the poll interval.
    bool ok = false;
    int minutes = models::SettingsRepository(db).value(QStringLiteral("inbox.poll_minutes")).toInt(&ok);
    if (!ok || minutes < 1) {
        minutes = DefaultPollMinutes;
    }
    run->succeed({{QStringLiteral("account"), it->displayName},
                  {QStringLiteral("fetched"), fetched},
                  {QStringLiteral("folders"), folders},
                  {QStringLiteral("nextSyncMinutes"), minutes}});
    models::JobRepository(db).enqueue(syncJob(id, Clock::instance().nowMs() + qint64(minutes) * 60'000),
                                      Clock::instance().nowMs());
}

} // namespace sc::agents::inbox

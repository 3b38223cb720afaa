#include "ConversationAgent.h"

#include "ProviderSetup.h"
#include "agents/core/JobRun.h"
#include "drafting/Drafter.h"
#include "models/Clock.h"

#include <QJsonArray>

namespace sc::agents::conversation {

ConversationAgent::ConversationAgent(KeySource keys)
    : Agent(QStringLiteral("conversation"), {QString::fromLatin1(DraftKind)})
    , m_keys(std::move(keys))
{
}

QString ConversationAgent::displayName() const
{
    return tr("Conversation");
}

QString ConversationAgent::describeKind(const QString& kind) const
{
    return kind == QLatin1String(DraftKind) ? tr("Draft emails") : kind;
}

models::NewJob ConversationAgent::draftJob(const QList<qint64>& prospects, const QString& kind,
                                           const QString& templateName, const QString& instruction)
{
    QJsonArray ids;
    for (const qint64 id : prospects) {
        ids.append(id);
    }
    models::NewJob job;
    job.kind = QString::fromLatin1(DraftKind);
    job.payload = {{QStringLiteral("prospects"), ids},
                   {QStringLiteral("kind"), kind},
                   {QStringLiteral("template"), templateName},
                   {QStringLiteral("instruction"), instruction}};
    job.maxAttempts = 3;
    return job;
}

models::NewJob ConversationAgent::replyJob(qint64 prospectId, qint64 messageId)
{
    models::NewJob job = draftJob({prospectId}, QStringLiteral("reply"));
    job.payload.insert(QStringLiteral("reply_to"), messageId);
    job.dedupeKey = QStringLiteral("conversation.reply:%1").arg(messageId);
    return job;
}

void ConversationAgent::execute(JobRun* run)
{
    const std::optional<models::LlmRepository::Provider> provider
        = models::LlmRepository(workspace().connection()).activeProvider();
    if (!provider || !ProviderSetup::needsKey(*provider)) {
        draftAll(run, provider, {}, {});
        return;
    }
    if (const auto key = ProviderSetup::keyFromEnvironment(*provider)) {
        draftAll(run, provider, *key, {});
        return;
    }
    if (!m_keys) {
        draftAll(run, provider, {}, tr("No key for %1.").arg(provider->name));
        return;
    }
    // While the keychain answers, a cancel or the app stopping ends the run at once (as the Inbox agent's).
    connect(run, &JobRun::cancelRequested, run, [run] { run->stopAsRequested(); });
    m_keys(*provider, run, [this, run, provider](const std::optional<QString>& key, const QString& why) {
        if (run->isFinished()) {
            return;
        }
        try {
            draftAll(run, provider, key.value_or(QString()), key ? QString() : why);
        } catch (...) {
            failOnCurrentException(run);
        }
    });
}

void ConversationAgent::draftAll(JobRun* run, const std::optional<models::LlmRepository::Provider>& provider,
                                 const QString& key, const QString& keyProblem)
{
    const QSqlDatabase db = workspace().connection();
    Drafter drafter(db);
    QString notice;
    if (provider && keyProblem.isEmpty()) {
        ProviderSetup::equip(drafter, *provider, key);
    } else if (provider) {
        // Without its key the model cannot be used: drafts come from templates, and the job says why.
        drafter.setNoModelReason(keyProblem);
    }
    const QJsonObject payload = run->payload();
    const QJsonArray prospects = payload.value(QStringLiteral("prospects")).toArray();
    Drafter::Request request;
    request.kind = payload.value(QStringLiteral("kind")).toString();
    request.templateName = payload.value(QStringLiteral("template")).toString();
    request.instruction = payload.value(QStringLiteral("instruction")).toString();
    request.replyTo = payload.value(QStringLiteral("reply_to")).toInteger();

    // Where an interrupted run got to: drafts already made are not made twice.
    QJsonObject checkpoint = run->checkpoint();
    int done = checkpoint.value(QStringLiteral("next")).toInt();
    int drafted = checkpoint.value(QStringLiteral("drafted")).toInt();
    int fromModel = checkpoint.value(QStringLiteral("from_model")).toInt();
    QJsonArray skipped = checkpoint.value(QStringLiteral("skipped")).toArray();
    std::atomic<bool> cancelled {false};
    const auto onDelta = [run, &cancelled](const QString&) {
        if (run->isCancelRequested()) {
            cancelled = true;
        }
    };
    for (; done < prospects.size(); ++done) {
        if (run->isCancelRequested()) {
            run->stopAsRequested();
            return;
        }
        request.prospectId = prospects.at(done).toInteger();
        const Drafter::Outcome outcome = drafter.draft(request, Clock::instance().nowMs(), onDelta, &cancelled);
        if (outcome.error == ErrorKind::Cancelled) {
            run->stopAsRequested();
            return;
        }
        if (outcome.ok()) {
            ++drafted;
            fromModel += outcome.fromModel ? 1 : 0;
            if (notice.isEmpty()) {
                notice = outcome.notice;
            }
        } else {
            skipped.append(QJsonObject {{QStringLiteral("prospect"), request.prospectId},
                                        {QStringLiteral("reason"), outcome.refused}});
        }
        checkpoint = {{QStringLiteral("next"), done + 1},
                      {QStringLiteral("drafted"), drafted},
                      {QStringLiteral("from_model"), fromModel},
                      {QStringLiteral("skipped"), skipped}};
        run->saveCheckpoint(checkpoint);
        run->reportProgress(int((done + 1) * 100 / std::max<qsizetype>(1, prospects.size())),
                            tr("%1 of %2 drafted").arg(drafted).arg(prospects.size()));
    }
    QJsonObject result = checkpoint;
    result.remove(QStringLiteral("next"));
    if (!notice.isEmpty()) {
        result.insert(QStringLiteral("notice"), notice);
    }
    run->succeed(result);
}

} // namespace sc::agents::conversation

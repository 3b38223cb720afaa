#include "OutboxJson.h"

#include "agents/inbox/ImapClient.h"
#include "models/Clock.h"

#include <QDateTime>

namespace sc::app::cli {

QJsonObject OutboxJson::message(const models::OutboxMessage& m)
{
    QJsonObject o {{QStringLiteral("id"), m.id},        {QStringLiteral("messageId"), m.messageId},
                   {QStringLiteral("to"), m.toAddress}, {QStringLiteral("subject"), m.subject},
                   {QStringLiteral("state"), m.state},  {QStringLiteral("attempts"), m.attempts}};
    if (!m.lastError.isEmpty()) {
        o.insert(QStringLiteral("error"), m.lastError);
    }
    if (m.sentAt > 0) {
        o.insert(QStringLiteral("sentAt"), QDateTime::fromMSecsSinceEpoch(m.sentAt, Qt::UTC).toString(Qt::ISODate));
    }
    if (m.state == QLatin1String("queued") && m.notBefore > 0) {
        o.insert(QStringLiteral("notBefore"),
                 QDateTime::fromMSecsSinceEpoch(m.notBefore, Qt::UTC).toString(Qt::ISODate));
    }
    if (m.reconciled) {
        o.insert(QStringLiteral("reconciled"), true);
    }
    return o;
}

QJsonObject OutboxJson::result(const QString& account, const agents::inbox::OutboxSender::Result& r)
{
    QJsonObject o {{QStringLiteral("account"), account},         {QStringLiteral("sent"), r.sent},
                   {QStringLiteral("failed"), r.failed},         {QStringLiteral("blocked"), r.blocked},
                   {QStringLiteral("reconciled"), r.reconciled}, {QStringLiteral("uncertain"), r.uncertain},
                   {QStringLiteral("requeued"), r.requeued},     {QStringLiteral("capReached"), r.capReached}};
    if (r.nextAttemptAt > 0) {
        o.insert(QStringLiteral("nextAttemptAt"),
                 QDateTime::fromMSecsSinceEpoch(std::max(r.nextAttemptAt, Clock::instance().nowMs()), Qt::UTC)
                     .toString(Qt::ISODate));
    }
    if (!r.pausedReason.isEmpty()) {
        o.insert(QStringLiteral("paused"), r.pausedReason);
    }
    if (!r.ok) {
        o.insert(QStringLiteral("error"), r.error);
        o.insert(QStringLiteral("failure"), agents::inbox::ImapClient::failureName(r.failure));
    }
    return o;
}

} // namespace sc::app::cli

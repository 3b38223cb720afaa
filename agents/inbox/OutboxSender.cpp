#include "OutboxSender.h"

#include "AccountCheck.h"
#include "MessageBuilder.h"
#include "SmtpClient.h"
#include "models/Clock.h"
#include "models/repositories/DoNotContactRepository.h"
#include "models/repositories/EnrollmentRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/OutboxRepository.h"
#include "models/settings/WorkspaceSettings.h"
#include "models/store/DiskSpace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sc::agents::inbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sc::agents::inbox::OutboxSender", text);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Below this, no email is claimed: its states (sending, transmitting, sent) must be recordable, or
// one that went could be taken for one that did not.
constexpr qint64 kMinFreeToSendBytes = 4LL * 1024 * 1024;

} // namespace

OutboxSender::OutboxSender(QSqlDatabase db, models::MailAccount account, QString secret)
    : m_db(std::move(db))
    , m_account(std::move(account))
    , m_secret(std::move(secret))
{
    m_unsubscribeUrl = models::WorkspaceSettings(m_db).text(models::Setting::MailUnsubscribeUrl);
    m_footer = models::WorkspaceSettings(m_db).text(models::Setting::MailFooter);
}

qint64 OutboxSender::backoffMs(int attempts)
{
    static constexpr qint64 minutes[] = {1, 5, 15, 60, 240};
    const int i = std::clamp(attempts - 1, 0, int(std::size(minutes)) - 1);
    return minutes[i] * 60'000;
}

QString OutboxSender::footerText(const QString& footer, const QString& unsubscribeUrl, const QString& token)
{
    const QString identity = footer.trimmed();
    if (identity.isEmpty()) {
        return {};
    }
    const QString link = MessageBuilder::unsubscribeLink(unsubscribeUrl, token);
    return identity + QLatin1Char('\n')
        + (link.isEmpty() ? tr("To stop receiving these emails, reply \"unsubscribe\".")
                          : tr("To stop receiving these emails: %1").arg(link));
}

QByteArray OutboxSender::mime(const models::MailAccount& account, const models::OutboxMessage& m,
                              const QString& unsubscribeUrl, const QString& footer)
{
    OutgoingMail mail;
    mail.fromAddress = account.email;
    mail.fromName = account.displayName;
    mail.toAddress = m.toAddress;
    mail.toName = m.toName;
    mail.subject = m.subject;
    mail.text = m.text;
    mail.html = m.html;
    if (const QString end = footerText(footer, unsubscribeUrl, m.unsubscribeToken); !end.isEmpty()) {
        mail.text += QStringLiteral("\n\n") + end;
        if (!mail.html.isEmpty()) {
            const QString block = QStringLiteral("<p style=\"color:#6b7280;font-size:12px\">%1</p>")
                                      .arg(end.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            const qsizetype body = mail.html.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
            mail.html.insert(body >= 0 ? body : mail.html.size(), block);
        }
    }
    mail.messageId = m.messageId;
    mail.inReplyTo = m.inReplyTo;
    mail.references = m.references;
    mail.date = (m.sentAt > 0 ? m.sentAt : Clock::instance().nowMs()) / 1000;
    mail.unsubscribeMailto = account.email;
    mail.unsubscribeUrl = unsubscribeUrl;
    mail.unsubscribeToken = m.unsubscribeToken;
    return MessageBuilder::build(mail);
}

bool OutboxSender::openImap(Result* result)
{
    if (m_imap) {
        return true;
    }
    if (m_imapTried) {
        return false;
    }
    m_imapTried = true;
    auto imap = std::make_unique<ImapClient>(AccountCheck::imapSettings(m_account, m_secret));
    QList<ImapClient::Folder> folders;
    if (!imap->folders(&folders)) {
        result->error = imap->error();
        result->failure = imap->failure();
        return false;
    }
    m_sentFolder = ImapClient::sentFolder(folders);
    m_imap = std::move(imap);
    return true;
}

void OutboxSender::settleInFlight(Result* result)
{
    models::OutboxRepository outbox(m_db);
    const QList<models::OutboxMessage> inFlight = outbox.inFlight(m_account.id);
    for (const models::OutboxMessage& m : inFlight) {
        if (m.state == QLatin1String("sending")) {
            // Claimed, but the server never took the content: it did not go.
            outbox.requeue(m.id);
            ++result->requeued;
            continue;
        }
        if (!openImap(result)) {
            continue; // stays in flight until the Sent folder can be asked
        }
        QList<qint64> uids;
        if (!m_sentFolder.isEmpty() && !m_imap->searchMessageId(m_sentFolder, m.messageId, &uids)) {
            result->error = m_imap->error();
            result->failure = m_imap->failure();
            continue;
        }
        if (!uids.isEmpty()) {
            outbox.markSent(m.id, Clock::instance().nowMs(), true);
            ++result->reconciled;
        } else {
            outbox.markUncertain(
                m.id,
                tr("The app stopped while the server was taking this message, and it is not in the Sent "
                   "folder: it may or may not have gone. Check with the recipient or send it again."));
            ++result->uncertain;
        }
    }
}

void OutboxSender::fileSent(const models::OutboxMessage& message, Result* result)
{
    if (!openImap(result)) {
        return;
    }
    models::OutboxRepository outbox(m_db);
    if (m_sentFolder.isEmpty()) {
        outbox.markFiled(message.id); // the server has no Sent folder to file into
        return;
    }
    QList<qint64> uids;
    if (!m_imap->searchMessageId(m_sentFolder, message.messageId, &uids)) {
        return;
    }
    if (uids.isEmpty() && !m_imap->append(m_sentFolder, mime(m_account, message, m_unsubscribeUrl, m_footer))) {
        return;
    }
    outbox.markFiled(message.id);
}

OutboxSender::Result OutboxSender::run(const std::function<bool()>& canceled)
{
    Result result;
    models::OutboxRepository outbox(m_db);
    settleInFlight(&result);
    const QList<models::OutboxMessage> unfiled = outbox.unfiled(m_account.id);
    for (const models::OutboxMessage& m : unfiled) {
        fileSent(m, &result);
    }

    const int interval = models::WorkspaceSettings(m_db).integer(models::Setting::OutboxMinIntervalSeconds);
    const int cap = std::max(1, m_account.dailySendCap);
    SmtpClient smtp(AccountCheck::smtpSettings(m_account, m_secret));
    models::DoNotContactRepository suppressed(m_db);

    while (!(canceled && canceled())) {
        const qint64 now = Clock::instance().nowMs();
        const qint64 due = outbox.nextDueAt(m_account.id);
        if (due == 0) {
            break; // nothing queued
        }
        if (outbox.sentSince(m_account.id, now - kDayMs) >= cap) {
            result.capReached = true;
            result.nextAttemptAt = std::max(due, outbox.oldestSentSince(m_account.id, now - kDayMs) + kDayMs);
            break;
        }
        if (const qint64 last = outbox.lastSentAt(m_account.id); interval > 0 && last + interval * 1000LL > now) {
            result.nextAttemptAt = std::max(last + interval * 1000LL, due);
            break;
        }
        const std::optional<models::OutboxMessage> next = outbox.nextDue(m_account.id, now);
        if (!next) {
            result.nextAttemptAt = due; // the next one is due later
            break;
        }
        if (const qint64 free = models::DiskSpace::freeBytes(QFileInfo(m_db.databaseName()).absolutePath());
            free >= 0 && free < kMinFreeToSendBytes) {
            result.ok = false;
            result.error = tr("%1 Nothing was sent: an email leaves only once its record can be saved.")
                               .arg(models::DiskSpace::fullMessage(QFileInfo(m_db.databaseName()).absolutePath(),
                                                                   models::DiskSpace::DefaultNeedBytes));
            break;
        }
        models::OutboxMessage m = *next;
        // Asked again at the last moment: the address may have unsubscribed since it was queued.
        if (suppressed.isSuppressed(m.toAddress)) {
            outbox.markBlocked(m.id, tr("%1 is on the do-not-contact list.").arg(m.toAddress));
            ++result.blocked;
            continue;
        }
        // A sequence's email goes only while its sequence still runs for this prospect: a reply, a stop or a
        // pause since it was queued takes it out of the queue here, at the last moment.
        if (!models::EnrollmentRepository(m_db).outboxStillWanted(m.id)) {
            outbox.cancel(m.id);
            continue;
        }
        // Paused since the run began (a sync judged the mailbox's bounces): nothing more leaves.
        if (const QString paused = models::MailAccountRepository(m_db).pausedReason(m_account.id); !paused.isEmpty()) {
            result.pausedReason = paused;
            break;
        }
        if (!outbox.claim(m.id, now)) {
            continue;
        }
        ++m.attempts;
        m.sentAt = now; // the Date header
        const QByteArray content = mime(m_account, m, m_unsubscribeUrl, m_footer);
        bool transmitting = false;
        const SmtpClient::Outcome outcome = smtp.send(m_account.email, {m.toAddress}, content, [&] {
            transmitting = true;
            outbox.markTransmitting(m.id);
        });
        if (outcome.ok) {
            outbox.markSent(m.id, now, false);
            ++result.sent;
            if (const std::optional<models::OutboxMessage> sent = outbox.find(m.id)) {
                fileSent(*sent, &result);
            }
            continue;
        }
        if (transmitting && outcome.replyCode < 400) {
            // The connection broke while the server had the content, and no answer came: it may have gone.
            outbox.markUncertain(
                m.id, tr("The connection broke while the server was taking this message: %1").arg(outcome.error));
            ++result.uncertain;
            result.ok = false;
            result.error = outcome.error;
            result.failure = outcome.failure;
            break;
        }
        if (outcome.failure == ImapClient::Failure::Authentication) {
            // The rep's password or token, not the message: it waits, attempts untouched, until the login works.
            outbox.markDeferred(m.id, outcome.error, now + backoffMs(1));
        } else if (outcome.permanent || m.attempts >= MaxAttempts) {
            outbox.markFailed(m.id, outcome.error, true, 0);
            ++result.failed;
        } else {
            outbox.markFailed(m.id, outcome.error, false, now + backoffMs(m.attempts));
        }
        if (outcome.failure != ImapClient::Failure::Protocol) {
            // The server is unreachable or refused the login: the rest of the queue would fare no better.
            result.ok = false;
            result.error = outcome.error;
            result.failure = outcome.failure;
            result.nextAttemptAt = outbox.nextDueAt(m_account.id);
            break;
        }
    }
    if (!result.error.isEmpty() && result.ok && result.failure != ImapClient::Failure::None) {
        // Sending went fine; only the Sent folder was out of reach. Filing is retried next time.
        result.error.clear();
        result.failure = ImapClient::Failure::None;
    }
    return result;
}

} // namespace sc::agents::inbox

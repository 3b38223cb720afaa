#include "ThreadingFixture.h"

#include "models/repositories/ConversationRepository.h"
#include "models/repositories/MailAccountRepository.h"
#include "models/repositories/MailboxRepository.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace sc::tests::ThreadingFixture {

namespace {

// The <...> tokens of a header, as the Inbox's parser (GMime) reads References and In-Reply-To.
QStringList ids(const QString& value)
{
    static const QRegularExpression token(QStringLiteral("<\\s*([^<>]*?)\\s*>"));
    QStringList list;
    for (const QRegularExpressionMatch& match : token.globalMatch(value)) {
        list.append(match.captured(1));
    }
    return list;
}

models::SyncedMessage parse(const QStringList& headerLines)
{
    QHash<QString, QString> headers;
    QString last;
    for (const QString& line : headerLines) {
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) && !last.isEmpty()) {
            headers[last] += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            continue;
        }
        last = line.left(colon).trimmed().toLower();
        headers.insert(last, line.mid(colon + 1).trimmed());
    }
    models::SyncedMessage m;
    m.mailbox = headers.value(QStringLiteral("x-fixture-folder"));
    m.uidValidity = 1;
    m.inbound = true;
    m.messageId = ids(headers.value(QStringLiteral("message-id"))).value(0);
    m.inReplyTo = ids(headers.value(QStringLiteral("in-reply-to"))).value(0);
    m.references = ids(headers.value(QStringLiteral("references")));
    m.subject = headers.value(QStringLiteral("subject"));
    m.fromAddress = ids(headers.value(QStringLiteral("from"))).value(0);
    m.to = ids(headers.value(QStringLiteral("to")));
    QString date = headers.value(QStringLiteral("date"));
    date.remove(QRegularExpression(QStringLiteral("\\s*\\(.*\\)\\s*$")));
    m.sentAt = QDateTime::fromString(date, Qt::RFC2822Date).toMSecsSinceEpoch();
    m.text = QStringLiteral("A line standing in for the message.");
    m.category = QStringLiteral("other");
    m.about = m.fromAddress;
    return m;
}

} // namespace

QList<models::SyncedMessage> readMbox(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<models::SyncedMessage> messages;
    QStringList headerLines;
    bool inHeaders = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("From "))) {
            inHeaders = true;
            headerLines.clear();
        } else if (inHeaders && line.isEmpty()) {
            messages.append(parse(headerLines));
            inHeaders = false;
        } else if (inHeaders) {
            headerLines.append(line);
        }
    }
    return messages;
}

QHash<QString, int> readExpected(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QHash<QString, int> expected;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (!line.startsWith(QLatin1Char('#')) && fields.size() == 2) {
            expected.insert(fields.at(0), fields.at(1).toInt());
        }
    }
    return expected;
}

Comparison compare(const QList<QPair<QString, qint64>>& actual, const QHash<QString, int>& expected)
{
    Comparison c;
    c.messages = int(actual.size());
    QSet<qint64> threads;
    QSet<QString> seen;
    QList<QPair<int, qint64>> pairs; // (expected thread, store thread) per message
    for (const auto& [messageId, threadId] : actual) {
        threads.insert(threadId);
        if (!expected.contains(messageId)) {
            c.problems.append(QStringLiteral("not expected: %1").arg(messageId));
            continue;
        }
        if (seen.contains(messageId)) {
            c.problems.append(QStringLiteral("held twice: %1").arg(messageId));
            continue;
        }
        seen.insert(messageId);
        pairs.append({expected.value(messageId), threadId});
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key())) {
            c.problems.append(QStringLiteral("missing: %1").arg(it.key()));
        }
    }
    c.threads = int(threads.size());
    c.expectedThreads = int(QSet<int>(expected.cbegin(), expected.cend()).size());
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        for (qsizetype j = i + 1; j < pairs.size(); ++j) {
            const bool together = pairs.at(i).first == pairs.at(j).first;
            const bool stored = pairs.at(i).second == pairs.at(j).second;
            c.splitPairs += together && !stored ? 1 : 0;
            c.joinedPairs += stored && !together ? 1 : 0;
        }
    }
    return c;
}

qint64 addAccount(const QSqlDatabase& db)
{
    models::MailAccount account;
    account.displayName = QStringLiteral("Dana");
    account.email = QStringLiteral("dana@kestrel-labs.example");
    account.imapHost = account.smtpHost = QStringLiteral("127.0.0.1");
    account.username = account.email;
    return models::MailAccountRepository(db).add(account, 1);
}

models::SyncedMessage mail(const QString& id, const QString& inReplyTo, const QStringList& references,
                           const QString& folder, qint64 sentAt)
{
    models::SyncedMessage m;
    m.mailbox = folder;
    m.uidValidity = 1;
    m.messageId = id;
    m.inReplyTo = inReplyTo;
    m.references = references;
    m.subject = QStringLiteral("Order picking (%1)").arg(id.isEmpty() ? QStringLiteral("no id") : id);
    m.fromAddress = m.about = QStringLiteral("sam@heron-works.example");
    m.to = {QStringLiteral("dana@kestrel-labs.example")};
    m.sentAt = sentAt;
    m.text = QStringLiteral("Thanks, tell me more.");
    m.category = QStringLiteral("question");
    return m;
}

void storeAll(const QSqlDatabase& db, qint64 accountId, const QList<models::SyncedMessage>& messages)
{
    models::MailboxRepository mailbox(db);
    QHash<QString, qint64> uids;
    for (models::SyncedMessage m : messages) {
        m.accountId = accountId;
        if (!uids.contains(m.mailbox)) {
            const std::optional<models::MailboxRepository::FolderState> state
                = mailbox.folderState(accountId, m.mailbox);
            if (!state) {
                mailbox.resetFolder(accountId, m.mailbox, QStringLiteral("inbox"), m.uidValidity);
            }
            uids.insert(m.mailbox, state ? state->lastUid : 0);
        }
        m.uid = ++uids[m.mailbox];
        mailbox.store(m, 1);
    }
}

QList<QPair<QString, qint64>> grouping(const QSqlDatabase& db, int* emptyThreads, int* miscounted)
{
    const models::ConversationRepository conversations(db);
    QList<QPair<QString, qint64>> list;
    *emptyThreads = 0;
    *miscounted = 0;
    for (const models::ConversationRepository::Thread& thread : conversations.threads({}, 1000000)) {
        const QList<models::ConversationRepository::Message> held = conversations.messages(thread.id);
        *emptyThreads += held.isEmpty() ? 1 : 0;
        *miscounted += thread.messages != held.size() ? 1 : 0;
        for (const models::ConversationRepository::Message& m : held) {
            list.append({m.messageId, thread.id});
        }
    }
    return list;
}

} // namespace sc::tests::ThreadingFixture

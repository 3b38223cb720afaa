#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::models {

// Threads and messages synced by the Inbox agent, for the Conversations view, and the rep's
// corrections of a message's category (which the classifier learns from).
class ConversationRepository
{
public:
    // Below this confidence the Inbox agent's verdict is a guess: the rep is asked to check it, and the
    // sequence engine treats the reply as a human one. The classifier's rules say 0.7 to 0.95 and its
    // machine verdicts (bounce, complaint, automatic reply) at least 0.85; what falls below is its
    // fallback, "other" at 0.5, and the statistical model's probability when no rule matched.
    static constexpr double NeedsReviewBelow = 0.6;
    // A verdict the rep has not corrected or confirmed, and that the classifier is not sure of.
    static constexpr bool needsReview(double confidence, bool corrected)
    {
        return !corrected && confidence < NeedsReviewBelow;
    }

    struct Thread
    {
        qint64 id = 0;
        QString subject;
        QString counterpart; // the prospect's name, else the other party's address
        QString category; // of the latest inbound message
        qint64 lastMessageAt = 0;
        int messages = 0;
        int unread = 0; // inbound messages not read yet
        qint64 prospectId = 0; // 0: no prospect
        bool needsReview = false; // the latest inbound message's category needs the rep's look
    };
    struct ThreadFilter
    {
        QString category; // empty: all
        bool unreadOnly = false;
        QString text; // in the prospect's name, an address or the subject
        qint64 prospectId = 0; // 0: any
        qint64 threadId = 0; // 0: any
        bool needsReviewOnly = false; // only threads whose latest reply needs the rep's look
        // A page after another (newest first): the threads older than (beforeLastAt, beforeId).
        qint64 beforeLastAt = 0;
        qint64 beforeId = 0; // 0: from the newest
    };
    struct Message
    {
        qint64 id = 0;
        bool inbound = false;
        QString from;
        QString to;
        QString subject;
        qint64 sentAt = 0;
        QString text;
        QString html;
        QString category;
        double confidence = 0;
        QString messageId;
        QStringList references;
        qint64 accountId = 0;
        qint64 threadId = 0;
        bool corrected = false; // the rep corrected or confirmed the category: it is theirs, not a guess
        bool needsReview = false; // inbound, not corrected, and its confidence below NeedsReviewBelow
        QString language; // "en", "fr", or empty when the Inbox agent could not tell
    };

    // What a message can be classified as (the Inbox classifier's labels), in the order the GUI offers them.
    static const QStringList& categories();

    explicit ConversationRepository(QSqlDatabase db);
    // Newest first (the latest message's time, then the id).
    QList<Thread> threads(const ThreadFilter& filter, int limit = 500) const;
    std::optional<Thread> thread(qint64 id) const;
    // The rep opened the thread: its messages are read here (flagged \Seen on the server at the next sync).
    void markThreadRead(qint64 threadId);
    QList<Message> messages(qint64 threadId) const;
    std::optional<Message> message(qint64 id) const;
    // The rep says what a message really is: the message and its thread take the category, the
    // correction is kept for the classifier, and the prospect's timeline says so.
    void correct(qint64 messageId, const QString& category, const QString& actor, qint64 now);
    // The rep says the category the Inbox agent gave is right: kept as their correction (the message
    // is no longer a guess), as correct() with the same category does.
    void confirm(qint64 messageId, const QString& actor, qint64 now);
    // For the sequence engine: whether this message stops a sequence as a prospect's own reply. A
    // confident machine verdict (bounce, complaint, automatic reply) is not one, every other inbound
    // message is; and a verdict below NeedsReviewBelow counts as a human reply: stop, never continue
    // on a guess. The rep's correction or confirmation is never a guess.
    static bool isHumanReplyForSequences(const Message& message);
    // The prospects' replies stored since `since` (ms) that a reply should be suggested for: inbound,
    // classified in `categories`, the latest message of a thread linked to a prospect, and not answered
    // by a draft yet. (prospect id, message id) pairs, oldest first.
    QList<QPair<qint64, qint64>> repliesAwaitingDraft(const QStringList& categories, qint64 since) const;
    // (label, text) of every correction, oldest first.
    QList<QPair<QString, QString>> corrections() const;

private:
    QSqlDatabase m_db;
};

} // namespace sc::models

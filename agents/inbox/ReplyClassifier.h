#pragma once

#include "MessageParser.h"
#include "TextClassifier.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace sc::agents::inbox {

// What an inbound message is, for the Inbox agent and `sales-copilot-cli classify`.
struct Classification
{
    // bounce, complaint, auto_reply, unsubscribe, interested, not_interested, referral, question,
    // meeting_time, other
    QString category = QStringLiteral("other");
    double confidence = 0;
    QString language; // "en", "fr", or empty when the text is too short to tell
    bool machineGenerated = false;

    struct Bounce
    {
        QString status; // RFC 3463 enhanced status, "5.1.1"; empty when none was stated
        bool hard = false; // true: never mail this address again
        QString recipient; // the address that failed
        QString reason; // a short word for the cause: user_unknown, mailbox_full, blocked...
    } bounce;
    QDate returnDate; // auto_reply: the date the sender says they are back, when they say it
    bool returnDateApproximate = false; // a vague period ("early February"): its first plausible working day
    QString referralEmail; // referral: the address the prospect pointed to (empty when they gave a name only)
    QString referralName; // referral: the person's name, as written
    bool leftCompany = false; // the sender says they left the company
    QDate followUpDate; // not_interested: the day to come back on, when they name a later time (FollowUpDate)
    bool followUpApproximate = false; // a period ("next quarter"): its first working day

    QJsonObject toJson() const;
};

// Reads what the sender wrote. Machine-generated mail is recognised from its structure first
// (multipart/report, message/delivery-status, message/feedback-report, Auto-Submitted, X-Autoreply,
// null senders), then from the words of non-standard bounces; human replies are judged on their own
// words only, with quoted history and signatures set aside.
class ReplyClassifier
{
public:
    // Above this probability the statistical model's label wins over the keyword rules.
    static constexpr double ModelConfidence = 0.8;
    // model: what human replies are compared with when the rules do not settle them.
    explicit ReplyClassifier(const TextClassifier* model = &TextClassifier::shipped())
        : m_model(model)
    {
    }
    Classification classify(const ParsedMessage& message) const;

    // The sender's own words: quoted history ("On ... wrote:", "Le ... a écrit :", ">" lines,
    // Outlook "From:"/"De :" blocks, forwarded-message markers) and the "-- " signature removed.
    static QString ownWords(const QString& text);
    // "en" or "fr" from common words; empty when undecided.
    static QString detectLanguage(const QString& text);
    // Hard or soft, and a reason word, for a delivery failure's status code and diagnostic text.
    // report: the mailer's whole report, where the SMTP dialogue shows at which command it failed.
    static Classification::Bounce judgeBounce(const QString& status, const QString& diagnostic, const QString& report);

private:
    // Complaints, delivery reports, automatic replies and bounces: true when the message is one.
    bool classifyMachine(const ParsedMessage& message, Classification& out) const;
    bool classifyDeliveryReport(const ParsedMessage& message, Classification& out) const;
    bool classifyNotificationJson(const ParsedMessage& message, Classification& out) const;
    bool classifyUnstructuredBounce(const ParsedMessage& message, Classification& out) const;
    bool classifyAutoReply(const ParsedMessage& message, Classification& out) const;
    void classifyHuman(const ParsedMessage& message, Classification& out) const;

    const TextClassifier* m_model;
};

} // namespace sc::agents::inbox

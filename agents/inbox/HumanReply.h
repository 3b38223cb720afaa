#pragma once

#include "MessageParser.h"

#include <QString>
#include <QStringList>

namespace sc::agents::inbox {

struct Classification;
class TextClassifier;

// What a prospect's own words say beyond their category: where their message really ends (the
// closing and the signature block set aside), whom they point to, and whether they left.
namespace HumanReply {

// The words above the closing ("Best regards,", "Cordialement", "Merci,"...) and the signature,
// phone numbers and disclaimer under it; the text itself when no closing is found.
QString withoutSignature(const QString& ownWords);

struct Referral
{
    QString email; // the address pointed to, lower case; empty when only a name is given
    QString name; // "Jeanne Martin", as written; empty when none is
    bool pointed = false; // the words send the rep to someone else ("contact", "my colleague"...)
    bool leftCompany = false; // "I've left the company", "je ne fais plus partie de..."
};
// from, to: the message's own addresses, never a referral.
Referral findReferral(const QString& words, const QString& from, const QStringList& to);

// The verdict on a human reply (ReplyClassifier's last step, once the message is known to be no
// bounce, complaint or automatic reply): the category from its own words, by the rules first and the
// model (when given) where they are not firm; its language, referral and follow-up date.
void judge(const ParsedMessage& message, const TextClassifier* model, Classification& out);

} // namespace HumanReply

} // namespace sc::agents::inbox

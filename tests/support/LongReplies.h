#pragma once

#include <QByteArray>
#include <QList>

namespace sc::tests {

// Replies of the length a rep's real mailbox holds, for the mail benchmark: 200 to 600 words each,
// the prospect's own few lines (English or French, every reply category) above the quoted outreach
// they answer, a signature, sometimes a disclaimer, and always an HTML twin (multipart/alternative,
// quoted-printable, 8bit or base64 as Gmail, Thunderbird and Outlook send them). Invented people on
// example domains; the same seed gives the same messages, CRLF line endings as IMAP APPEND wants.
class LongReplies
{
public:
    // words: when given, the number of words of each message's text/plain part (new words, quoted
    // history and signature together).
    static QList<QByteArray> make(int count, unsigned seed = 20261203, QList<int>* words = nullptr);
};

} // namespace sc::tests

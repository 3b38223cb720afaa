#pragma once

#include <QString>

namespace sc::models {

// How a draft email ends: with the rep's signature (Settings › Mailboxes, Setting::MailSignature), else
// the rep's name as the mailbox it goes from shows it, and never with a bare "Best regards,". Pure text,
// so the rules are tested without a workspace; DraftRepository applies them where drafts are written
// and read.
class Signature
{
public:
    // What the rep signs with: the signature when set, else the mailbox's display name; empty when
    // neither is known yet (no signature and no mailbox).
    static QString signOff(const QString& signatureSetting, const QString& mailboxName);

    // The body ending with the sign-off, once. A closing line it ends with ("Best regards,") is kept
    // above the sign-off, unless the sign-off brings its own ("Kind regards,\nDana"). A body that
    // already ends with the sign-off, or an empty sign-off, is returned as it is.
    static QString sign(const QString& body, const QString& signOff);

    // Only a body that ends with a bare closing line is signed; any other ending (a name, the rep's own
    // words after an edit) is the rep's choice and is kept.
    static QString completeBareClosing(const QString& body, const QString& signOff);

    // "Best regards,", "Bien cordialement,", "Thanks,": a short line that ends with a comma.
    static bool isClosing(const QString& line);
};

} // namespace sc::models
